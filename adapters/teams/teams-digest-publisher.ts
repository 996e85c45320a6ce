import type { DigestPublisher } from '../../bot/digest/digest-publisher.js';
import type { StateStore, StoredConversation } from '../../bot/state/state-store.js';
import { ErrorCode, RapporteurError } from '../../retrieval/errors.js';
import type { TeamsChannel } from './teams-channel.js';
import { renderTeamsDigest } from './teams-digest-renderer.js';

/**
 * The stored Teams conversation a calendar target names: its state-store id
 * (`teams:19:…@thread.tacv2`) or its name as listed (`ITU-T Study Group 3 › Delegates`,
 * case-insensitive). Throws ConversationUnknown naming the conversations the bot knows.
 */
export function findTeamsConversation(store: Pick<StateStore, 'listConversations'>, target: string): StoredConversation {
  const conversations = store.listConversations('teams');
  const wanted = target.trim().toLowerCase();
  const found =
    conversations.find((c) => c.id === target.trim()) ??
    conversations.find((c) => c.id.toLowerCase() === `teams:${wanted}`) ??
    conversations.find((c) => c.name.toLowerCase() === wanted);
  if (found) return found;
  const known = conversations.map((c) => `"${c.name}" (${c.id})`).join(', ') || 'none yet';
  throw new RapporteurError(
    ErrorCode.ConversationUnknown,
    `No Teams conversation "${target}" is stored; add the bot to it (or message it there) first. Known conversations: ${known}.`,
  );
}

/** Posts digests into stored Teams conversations as proactive messages, in order. */
export function teamsDigestPublisher(channel: Pick<TeamsChannel, 'postProactive'>, store: Pick<StateStore, 'listConversations'>): DigestPublisher {
  return {
    channel: 'teams',
    async publish(target, digest) {
      const conversation = findTeamsConversation(store, target);
      for (const activity of renderTeamsDigest(digest)) await channel.postProactive(conversation.id, activity);
    },
  };
}
