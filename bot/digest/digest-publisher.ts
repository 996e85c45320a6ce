import type { Digest } from './digest.js';

/**
 * Posts a digest into one channel. Slack and Teams adapters implement it (render, then post);
 * the scheduler knows channels only through this.
 */
export interface DigestPublisher {
  readonly channel: 'slack' | 'teams';
  /**
   * Posts `digest` to `target` (a Slack channel ID; a Teams conversation id or name). Throws
   * when it could not be posted, so the scheduler can retry it later.
   */
  publish(target: string, digest: Digest): Promise<void>;
}
