import { silentLogger, type Logger } from '../logger.js';
import type { OutboxEntry, OutboxPost, OutboxStore } from '../state/outbox-store.js';
import { leaseHolderGone, newLeaseOwner, retireLeaseOwner } from './lease-owner.js';
import type { OutboxPoster, PostFailure } from './outbox-poster.js';

/** Where a post stands after one delivery attempt. */
export interface DeliveryOutcome {
  key: string;
  label: string;
  /**
   * `sent`: every part confirmed; `retrying`: a transient failure, due again at `retryAt`;
   * `failed`: for good (see `reason`); `skipped`: decided against; `busy`: another dispatcher
   * holds it, or this one lost its lease.
   */
  status: 'sent' | 'retrying' | 'failed' | 'skipped' | 'busy';
  reason?: string;
  retryAt?: number;
  /** Platform ids of the parts posted so far. */
  sentIds: (string | null)[];
  /** With `sent`: it had been sent before this call (by another replica, or an earlier run), not by it. */
  earlier?: boolean;
}

export interface OutboxDispatcherOptions {
  logger?: Logger;
  now?: () => number;
  /** How long a claim holds a post; renewed before each part. Default 2 min. */
  leaseMs?: number;
  /** First retry delay after a transient failure, doubled each time up to `maxDelayMs`. Default 30 s. */
  baseDelayMs?: number;
  /** Default 15 min. */
  maxDelayMs?: number;
  /** Attempts in all before a post that keeps failing transiently is given up. Default 12 (about two hours). */
  maxAttempts?: number;
}

const DEFAULTS = { leaseMs: 2 * 60_000, baseDelayMs: 30_000, maxDelayMs: 15 * 60_000, maxAttempts: 12 };

/**
 * Sends outbox posts part by part through the channel posters. Each delivery claims its post
 * with a lease, records every part the platform confirmed the moment it is confirmed, and
 * before re-sending a part whose earlier send was never confirmed asks the channel whether it
 * is there already (Slack, by the message's metadata). A post is marked sent only when its
 * last part is confirmed; a transient failure is retried with backoff and jitter; a target
 * failure flags the conversation; a permanent one is recorded with its reason.
 */
export class OutboxDispatcher {
  private readonly owner = newLeaseOwner();
  private readonly logger: Logger;
  private readonly now: () => number;
  private readonly settings: typeof DEFAULTS;
  private readonly inFlight = new Map<string, Promise<DeliveryOutcome>>();

  constructor(
    private readonly store: OutboxStore,
    private readonly posters: OutboxPoster[],
    options: OutboxDispatcherOptions = {},
  ) {
    this.logger = (options.logger ?? silentLogger).child({ component: 'outbox' });
    this.now = options.now ?? Date.now;
    this.settings = {
      leaseMs: options.leaseMs ?? DEFAULTS.leaseMs,
      baseDelayMs: options.baseDelayMs ?? DEFAULTS.baseDelayMs,
      maxDelayMs: options.maxDelayMs ?? DEFAULTS.maxDelayMs,
      maxAttempts: options.maxAttempts ?? DEFAULTS.maxAttempts,
    };
  }

  /** Records `post` (once: an existing key is left as it is) and delivers it now. */
  async post(post: OutboxPost): Promise<DeliveryOutcome> {
    this.store.enqueue(post, this.now());
    return this.deliver(post.key);
  }

  /** Delivers a recorded post, resuming after its last confirmed part; one delivery per key at a time. */
  deliver(key: string): Promise<DeliveryOutcome> {
    const running = this.inFlight.get(key);
    if (running) return running;
    const delivery = this.attempt(key)
      .catch((error: unknown) => this.stoppedByStore(key, error))
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, delivery);
    return delivery;
  }

  /** Stops claiming; leases still held count as abandoned to the next process on this machine (elsewhere they run out). */
  async close(): Promise<void> {
    await Promise.allSettled([...this.inFlight.values()]);
    retireLeaseOwner(this.owner);
  }

  private async attempt(key: string): Promise<DeliveryOutcome> {
    const now = this.now();
    const entry = await this.store.claim(key, this.owner, this.settings.leaseMs, now, leaseHolderGone);
    if (!entry) return this.standing(key);
    const log = this.logger.child({ key, label: entry.label });
    if (entry.expiresAt !== undefined && entry.expiresAt <= now) {
      return this.fail(entry, { kind: 'permanent', reason: 'no longer worth posting (its time has passed)' }, 'expired', log);
    }
    const flag = await this.store.flagOf(entry.conversation);
    if (flag) {
      const since = new Date(flag.flaggedAt).toISOString();
      return this.fail(entry, { kind: 'target', reason: `${entry.conversation} is flagged since ${since}: ${flag.reason}` }, 'target', log);
    }
    const poster = this.posters.find((p) => p.channel === entry.channel);
    if (!poster) {
      return this.retry(entry, `${entry.channel} is not configured in this process`, log);
    }
    try {
      for (let part = entry.sentIds.length; part < entry.parts.length; part++) {
        if (!(await this.store.renew(key, this.owner, this.settings.leaseMs, this.now()))) return this.standing(key);
        const id = await this.sendPart(poster, entry, part, log);
        await this.store.recordPart(key, part, id, this.now());
        entry.sentIds[part] = id;
        entry.attempting = null;
      }
    } catch (error) {
      const failure = poster.classify(error);
      log.debug({ err: error, failure }, 'outbox post attempt failed');
      if (failure.kind === 'transient') return this.retry(entry, failure.reason, log);
      return this.fail(entry, failure, failure.kind === 'target' ? 'target' : 'permanent', log);
    }
    await this.store.markSent(key, this.now());
    log.debug({ parts: entry.parts.length, resumedAt: entry.attempts > 0 ? entry.attempts : undefined }, 'outbox post sent');
    return { key, label: entry.label, status: 'sent', sentIds: entry.sentIds };
  }

  /**
   * The state store failed mid-delivery (PostgreSQL away): nothing more can be recorded, so the
   * attempt stops. The post keeps its lease and what was recorded; once the lease runs out and
   * the store is back, the outbox worker (here or on another replica) resumes it, looking for
   * the part whose send was not confirmed before sending it again.
   */
  private stoppedByStore(key: string, error: unknown): DeliveryOutcome {
    const reason = `the state store is unreachable (${(error as Error).message})`;
    this.logger.warn({ key, err: error }, `outbox post stopped: ${reason}; it is resumed when the store is back and its lease has run out`);
    return { key, label: key, status: 'retrying', reason, sentIds: [] };
  }

  /** A part whose send began before (and was never confirmed) is looked for first. */
  private async sendPart(poster: OutboxPoster, entry: OutboxEntry, part: number, log: Logger): Promise<string | null> {
    if (entry.attempting === part && poster.findPart) {
      const found = await poster.findPart(entry, part);
      if (found !== undefined) {
        log.info({ part, platformId: found }, 'outbox part was already posted before the interruption; not sending it again');
        return found;
      }
    }
    await this.store.markAttempting(entry.key, part, this.now());
    return poster.postPart(entry, part);
  }

  private async retry(entry: OutboxEntry, reason: string, log: Logger): Promise<DeliveryOutcome> {
    const attempts = entry.attempts + 1;
    const now = this.now();
    if (attempts >= this.settings.maxAttempts) {
      return this.fail(entry, { kind: 'transient', reason: `${reason} (gave up after ${attempts} attempts)` }, 'gave-up', log);
    }
    const ceiling = Math.min(this.settings.maxDelayMs, this.settings.baseDelayMs * 2 ** (attempts - 1));
    // Half fixed, half random: posts that failed together do not all come back together.
    const retryAt = now + Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
    await this.store.retryAt(entry.key, retryAt, reason, now);
    log.warn({ reason, attempt: attempts, retryAt: new Date(retryAt).toISOString(), partsPosted: entry.sentIds.length }, `could not post ${entry.label}; retrying`);
    return { key: entry.key, label: entry.label, status: 'retrying', reason, retryAt, sentIds: entry.sentIds };
  }

  private async fail(entry: OutboxEntry, failure: PostFailure, kind: 'target' | 'permanent' | 'gave-up' | 'expired', log: Logger): Promise<DeliveryOutcome> {
    const now = this.now();
    const alreadyFlagged = (await this.store.flagOf(entry.conversation)) !== undefined;
    if (kind === 'target' && !alreadyFlagged) await this.store.flag(entry.conversation, failure.reason, now);
    await this.store.markFailed(entry.key, kind, failure.reason, now);
    const note = kind === 'target' ? 'not retried until the bot is heard from in that conversation again' : 'not retried';
    log.error({ reason: failure.reason, failure: kind, partsPosted: entry.sentIds.length }, `could not post ${entry.label}: ${failure.reason}; ${note}`);
    return { key: entry.key, label: entry.label, status: 'failed', reason: failure.reason, sentIds: entry.sentIds };
  }

  /** The outcome of a post this dispatcher did not (or could no longer) claim. */
  private async standing(key: string): Promise<DeliveryOutcome> {
    const entry = await this.store.read(key);
    if (!entry) return { key, label: key, status: 'failed', reason: 'not in the outbox', sentIds: [] };
    const base = { key, label: entry.label, sentIds: entry.sentIds };
    if (entry.status === 'sent') return { ...base, status: 'sent', earlier: true };
    if (entry.status === 'skipped') return { ...base, status: 'skipped' };
    if (entry.status === 'failed') return { ...base, status: 'failed', reason: entry.lastError ?? entry.failure ?? 'failed' };
    return { ...base, status: 'busy', reason: 'another process is posting it' };
  }
}
