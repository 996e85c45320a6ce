import type { Digest } from './digest.js';

/** Where a calendar target posts, once the channel has looked it up. */
export interface ResolvedTarget {
  /** What the channel posts to: a Slack channel ID, a stored Teams conversation id. */
  target: string;
  /** The state-store conversation it is (refusals flag it). */
  conversation: string;
}

/**
 * A channel's part in posting digests: finding the target a calendar names and rendering the
 * digest as that channel's messages. Sending them is the outbox's (bot/outbox/), so a digest
 * is recorded before it goes out and marked posted only when the platform confirmed it.
 */
export interface DigestPublisher {
  readonly channel: 'slack' | 'teams';
  /**
   * The target a calendar entry names (a Slack channel ID; a Teams conversation id or name).
   * Throws ConversationUnknown when the channel knows no such conversation.
   */
  resolve(target: string): ResolvedTarget;
  /** The digest as the channel's messages, in order: the first heads it, the rest follow (in its thread in Slack). */
  render(digest: Digest): unknown[];
}
