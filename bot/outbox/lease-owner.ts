import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * Who holds an outbox lease: `host|pid|uuid`. A lease normally runs out by time, but a process
 * killed mid-post (SIGKILL, a crash) would otherwise hold its posts until then; a restart on the
 * same machine sees at once that the holder is gone and resumes them.
 */

/** Owners of this process that are still delivering. */
const live = new Set<string>();
/** Every owner this process made: an owner with this host and pid that is not one of them belongs to another container. */
const created = new Set<string>();

/** A new owner id for a dispatcher of this process. */
export function newLeaseOwner(): string {
  const owner = `${hostname()}|${process.pid}|${randomUUID()}`;
  live.add(owner);
  created.add(owner);
  return owner;
}

/** The dispatcher has stopped: its leases count as abandoned from now on. */
export function retireLeaseOwner(owner: string): void {
  live.delete(owner);
}

/**
 * True when the lease holder certainly no longer runs: a retired owner of this process, or
 * another process of this machine that has exited. A holder with this process's pid that this
 * process did not make (a replica in another container, or this container before a restart, both
 * as pid 1) and a holder on another machine are never presumed gone: their lease runs out.
 */
export function leaseHolderGone(owner: string): boolean {
  const [host, pid] = owner.split('|');
  if (host !== hostname() || !pid) return false;
  // A replica in another container may run as the same pid (1): only this process's own retired owners are gone.
  if (Number(pid) === process.pid) return created.has(owner) && !live.has(owner);
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
