import type { DigestPublisher } from '../../bot/digest/digest-publisher.js';
import type { SlackChannel } from './slack-channel.js';
import { renderSlackDigest } from './slack-digest-renderer.js';

/**
 * Posts digests to Slack channels by ID: the message with `chat.postMessage`, then the rest
 * as replies in its thread. The bot must be a member of the channel (`not_in_channel`
 * otherwise, which the scheduler logs and retries).
 */
export function slackDigestPublisher(channel: Pick<SlackChannel, 'postMessage'>): DigestPublisher {
  return {
    channel: 'slack',
    async publish(target, digest) {
      const rendered = renderSlackDigest(digest);
      const ts = await channel.postMessage({ channel: target }, rendered.message);
      for (const reply of rendered.threadReplies) {
        await channel.postMessage({ channel: target, threadTs: ts }, reply);
      }
    },
  };
}
