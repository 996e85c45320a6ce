import type { DigestPublisher } from '../../bot/digest/digest-publisher.js';
import { slackConversationKey } from './slack-conversations.js';
import { renderSlackDigest } from './slack-digest-renderer.js';

/**
 * Digests in Slack channels, by ID: the message, then the rest as replies in its thread (the
 * outbox's Slack poster sends them). The bot must be a member of the channel.
 */
export function slackDigestPublisher(): DigestPublisher {
  return {
    channel: 'slack',
    resolve: (target) => ({ target, conversation: slackConversationKey(target) }),
    render(digest) {
      const rendered = renderSlackDigest(digest);
      return [rendered.message, ...rendered.threadReplies];
    },
  };
}
