import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { StateStore } from '../../bot/state/state-store.js';

/**
 * Where the bot can post later (digests, answers that outlived the turn): the Teams
 * conversation references kept in the state store, one per chat or channel.
 */

/** A channel thread is `19:…@thread.tacv2;messageid=…`; the channel itself is the part before. */
export function baseConversationId(conversationId: string): string {
  return conversationId.replace(/;messageid=[^;]*$/, '');
}

/** The state-store id of a Teams chat or channel (threads share their channel's). */
export function teamsConversationKey(conversationId: string): string {
  return `teams:${baseConversationId(conversationId)}`;
}

/** The key under which an answer posted as `activityId` is kept, for feedback on it. */
export function teamsAnswerKey(conversationId: string, activityId: string): string {
  return `${teamsConversationKey(conversationId)}:${activityId}`;
}

interface TeamsChannelData {
  team?: { name?: string };
  channel?: { name?: string };
}

/** A human name for the conversation list: `Team › Channel`, the chat's topic, or the person. */
export function conversationName(activity: Partial<Activity>): string {
  const data = (activity.channelData ?? {}) as TeamsChannelData;
  const conversation = activity.conversation;
  if (conversation?.conversationType === 'channel') {
    return [data.team?.name ?? 'Team', data.channel?.name ?? 'General'].join(' › ');
  }
  if (conversation?.conversationType === 'personal') return `Chat with ${activity.from?.name ?? 'a user'}`;
  return conversation?.name ?? 'Group chat';
}

/**
 * The reference for posts that start something new: to the channel rather than the thread
 * the activity came from, and not a reply to that activity.
 */
export function proactiveReference(activity: Partial<Activity>): Partial<ConversationReference> {
  const { activityId: _replyTo, ...reference } = TurnContext.getConversationReference(activity);
  const conversation = activity.conversation;
  return conversation ? { ...reference, conversation: { ...conversation, id: baseConversationId(conversation.id) } } : reference;
}

/** Keeps (or refreshes) the reference of the conversation an activity came from. */
export function rememberConversation(store: StateStore, activity: Partial<Activity>): void {
  if (!activity.conversation?.id) return;
  store.saveConversation({
    id: teamsConversationKey(activity.conversation.id),
    channel: 'teams',
    name: conversationName(activity),
    reference: proactiveReference(activity),
  });
}

/** Forgets a conversation the bot was removed from, so nothing is posted there again. */
export function forgetConversation(store: StateStore, activity: Partial<Activity>): void {
  if (activity.conversation?.id) store.removeConversation(teamsConversationKey(activity.conversation.id));
}
