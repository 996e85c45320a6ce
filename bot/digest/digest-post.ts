import type { OutboxPost } from '../state/outbox-store.js';
import type { Digest } from './digest.js';
import type { DigestTarget } from './digest-plan.js';
import type { DigestPublisher } from './digest-publisher.js';

/**
 * A digest as an outbox post to one target: resolved by the channel (throws
 * ConversationUnknown for a Teams conversation the bot does not know) and rendered as its
 * messages. `expiresAt` is when it is no longer worth posting (the meeting has begun).
 */
export function digestOutboxPost(key: string, target: DigestTarget, publisher: DigestPublisher, digest: Digest, expiresAt?: Date): OutboxPost {
  const resolved = publisher.resolve(target.id);
  return {
    key,
    kind: 'digest',
    channel: target.channel,
    target: resolved.target,
    conversation: resolved.conversation,
    label: `digest for "${digest.meeting.name}" to ${target.id}`,
    parts: publisher.render(digest),
    expiresAt: expiresAt?.getTime(),
  };
}
