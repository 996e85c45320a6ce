import type { OutboxEntry } from '../state/outbox-store.js';

/**
 * What a failed post means for the outbox: `transient` may work later (429, 5xx, a timeout, a
 * connection refused), so it is retried with backoff; `target` is the platform refusing the
 * bot in the conversation (Teams 403 "not in the conversation roster", Slack
 * `channel_not_found`), so the conversation is flagged and nothing more is tried there until
 * the bot is heard from in it again; `permanent` is the post itself refused, never retried.
 */
export interface PostFailure {
  kind: 'transient' | 'target' | 'permanent';
  /** The platform's own words, for the log and the failed record: `403 BotNotInConversationRoster: …`. */
  reason: string;
}

/** How one channel sends the parts of an outbox post. */
export interface OutboxPoster {
  readonly channel: 'slack' | 'teams';
  /**
   * Sends part `part` of `entry` (after the parts in `entry.sentIds`; later parts of a Slack
   * post go in the thread of the first) and returns its platform id once the platform
   * confirmed it. Throws what the platform answered otherwise.
   */
  postPart(entry: OutboxEntry, part: number): Promise<string | null>;
  /**
   * Looks for a part whose send began and was never confirmed (the process died, or the
   * platform answered too late): its platform id when it is there, else `undefined`. A channel
   * that cannot look (Teams has no history to read) leaves this out, and the part is sent again.
   */
  findPart?(entry: OutboxEntry, part: number): Promise<string | undefined>;
  classify(error: unknown): PostFailure;
}
