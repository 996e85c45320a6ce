/**
 * The outbox contract: every post the bot makes on its own (digests, Teams answers that
 * outlived their turn, apologies), kept from the moment it is decided until the platform
 * confirmed every part of it, or it failed for good. A process claims a post with a lease
 * before sending; each confirmed part is recorded at once, and a part whose send began but
 * was never confirmed is marked, so whoever resumes the post — this process after a restart,
 * or another replica on the same database — knows where it stopped and what to look for
 * before sending again. Conversations the platform refused the bot in are flagged here too,
 * and their posts wait until the bot is heard from there again.
 */

export type OutboxKind = 'digest' | 'late-answer' | 'apology';
export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'skipped';
/** Why a post failed for good: the target refused the bot, the post itself was refused, retries ran out, or it came too late. */
export type OutboxFailure = 'target' | 'permanent' | 'gave-up' | 'expired';

/** A post as it is decided. */
export interface OutboxPost {
  /** Stable key: the same post always has the same key, so it is recorded once. */
  key: string;
  kind: OutboxKind;
  channel: 'slack' | 'teams';
  /** Where the channel posts: a Slack channel id, a stored Teams conversation id. */
  target: string;
  /** The state-store conversation the target is; flags are kept per conversation. */
  conversation: string;
  /** For logs and reports: `digest "TSAG (January 2027)" to C0123456789`. */
  label: string;
  /** The messages in order, as the channel's poster takes them (the first one heads a thread). */
  parts: unknown[];
  /** Channel-specific extras: a Teams conversation reference, an answer to keep for feedback. */
  context?: unknown;
  /** Epoch ms after which an unsent post is no longer worth sending (the meeting has begun). */
  expiresAt?: number;
}

/** A post with where it stands. */
export interface OutboxEntry extends OutboxPost {
  status: OutboxStatus;
  /** Platform ids of the parts confirmed so far, by part (Slack `ts`, Teams activity id). */
  sentIds: (string | null)[];
  /** The part whose send began and was never confirmed: it may have been posted already. */
  attempting: number | null;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  failure: OutboxFailure | null;
  createdAt: number;
  sentAt: number | null;
}

/** Why a conversation was flagged, and since when (epoch ms). */
export interface ConversationFlag {
  reason: string;
  flaggedAt: number;
}

/** The outbox, on SQLite (sqlite/) or PostgreSQL (postgres/). */
export interface OutboxStore {
  /**
   * Records a post; false when this process knows its key already (whatever its status), so a
   * post decided twice exists once. Across replicas the database keeps the first record; a
   * later call on the key (`claim` first of all) waits until the record is stored.
   * `status: 'skipped'` records a post that was decided against (a superseded digest).
   */
  enqueue(post: OutboxPost, now: number, status?: 'pending' | 'skipped'): boolean;
  /** The post under `key` as this process last saw it (the digest scheduler's "recorded already?"). */
  get(key: string): OutboxEntry | undefined;
  /** The post under `key` as the database has it now. */
  read(key: string): Promise<OutboxEntry | undefined>;
  /**
   * Takes the lease on a pending post for `leaseMs`: the post is returned when it was free,
   * its lease had run out, or `holderGone` says the process holding it no longer runs.
   * Two processes claiming at once: one gets it.
   */
  claim(key: string, owner: string, leaseMs: number, now: number, holderGone: (holder: string) => boolean): Promise<OutboxEntry | undefined>;
  /** Extends a lease this owner holds; false when it holds it no longer. */
  renew(key: string, owner: string, leaseMs: number, now: number): Promise<boolean>;
  /** Marks a part as being sent: from now until it is confirmed, it may or may not be posted. */
  markAttempting(key: string, part: number, now: number): Promise<void>;
  /** Records a confirmed part and its platform id. */
  recordPart(key: string, part: number, platformId: string | null, now: number): Promise<void>;
  /** Every part is confirmed: the post is done and its lease given back. */
  markSent(key: string, now: number): Promise<void>;
  /** Gives the lease back after a transient failure; the post is due again at `at`. */
  retryAt(key: string, at: number, error: string, now: number): Promise<void>;
  /** The post failed for good, for `failure` in the platform's words `error`; only `unflag` can bring a target failure back. */
  markFailed(key: string, failure: OutboxFailure, error: string, now: number): Promise<void>;
  /** Keys of pending posts due by `now` whose lease is free or has run out, oldest first. */
  due(now: number, limit?: number): Promise<string[]>;
  /** Keys of every pending post, leased or not (a restart resumes those whose holder is gone). */
  pending(limit?: number): Promise<string[]>;
  /** Flags a conversation the platform refused the bot in; its posts wait until `unflag`. */
  flag(conversation: string, reason: string, now: number): Promise<void>;
  /** Why and since when the conversation is flagged, or `undefined` when it is not. */
  flagOf(conversation: string): Promise<ConversationFlag | undefined>;
  /**
   * The bot is back in a conversation: the flag goes, and posts that failed because of it
   * (and are still worth sending) are due again at once, resuming where they stopped.
   * Returns how many were requeued.
   */
  unflag(conversation: string, now: number): Promise<number>;
}
