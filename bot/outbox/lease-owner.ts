import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * Who holds an outbox lease: `host|pid|uuid`. A lease normally runs out by time, but a process
 * killed mid-post (SIGKILL, a crash) would otherwise hold its posts until then; a restart on the
 * same machine sees at once that the holder is gone and resumes them.
 */

/** Owners of this process that are still delivering. */
const live = new Set<string>();

/** A new owner id for a dispatcher of this process. */
export function newLeaseOwner(): string {
  const owner = `${hostname()}|${process.pid}|${randomUUID()}`;
  live.add(owner);
  return owner;
}

/** The dispatcher has stopped: its leases count as abandoned from now on. */
export function retireLeaseOwner(owner: string): void {
  live.delete(owner);
}

/**
 * True when the lease holder certainly no longer runs: a retired owner of this process, or a
 * process of this machine that has exited (a container restarted as pid 1 reuses its pid, but
 * not the owner id). A holder on another machine is never presumed gone; its lease runs out.
 */
export function leaseHolderGone(owner: string): boolean {
  const [host, pid] = owner.split('|');
  if (host !== hostname() || !pid) return false;
  if (Number(pid) === process.pid) return !live.has(owner);
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
