import type { DigestPublisher } from '../../bot/digest/digest-publisher.js';
import type { StateStore, StoredConversation } from '../../bot/state/state-store.js';
import { ErrorCode, RapporteurError } from '../../retrieval/errors.js';
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

/** Digests in stored Teams conversations, named by id or name; one proactive message per part. */
export function teamsDigestPublisher(store: Pick<StateStore, 'listConversations'>): DigestPublisher {
  return {
    channel: 'teams',
    resolve(target) {
      const { id } = findTeamsConversation(store, target);
      return { target: id, conversation: id };
    },
    render: (digest) => renderTeamsDigest(digest),
  };
}
