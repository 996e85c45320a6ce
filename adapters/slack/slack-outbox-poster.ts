import type { OutboxPoster } from '../../bot/outbox/outbox-poster.js';
import type { OutboxEntry } from '../../bot/state/outbox-store.js';
import type { SlackChannel } from './slack-channel.js';
import type { SlackPostTarget } from './slack-delivery.js';
import { findPostedMessage, type PostMetadata } from './slack-message-lookup.js';
import { classifySlackFailure } from './slack-post-failure.js';
import type { SlackMessage } from './slack-renderer.js';

/**
 * Outbox posts in Slack: the first part in the channel, the others as replies in its thread.
 * Every part carries metadata naming the post and the part (a digest's `event_type` is
 * `rapporteur_digest`), so after a crash or an unanswered `chat.postMessage` the part is
 * looked for in the channel or thread before it is sent again.
 */
export function slackOutboxPoster(channel: Pick<SlackChannel, 'postMessage' | 'client'>): OutboxPoster {
  const where = (entry: OutboxEntry, part: number): SlackPostTarget => {
    const threadTs = part > 0 ? entry.sentIds[0] : null;
    return threadTs ? { channel: entry.target, threadTs } : { channel: entry.target };
  };
  const metadata = (entry: OutboxEntry, part: number): PostMetadata => ({
    event_type: entry.kind === 'digest' ? 'rapporteur_digest' : 'rapporteur_post',
    event_payload: { key: entry.key, part },
  });
  return {
    channel: 'slack',
    async postPart(entry, part) {
      return (await channel.postMessage(where(entry, part), entry.parts[part] as SlackMessage, metadata(entry, part))) ?? null;
    },
    findPart(entry, part) {
      return findPostedMessage(channel.client, { ...where(entry, part), since: entry.createdAt }, metadata(entry, part));
    },
    classify: classifySlackFailure,
  };
}
