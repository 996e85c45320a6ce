import { z } from 'zod';
import { decideReply, type ReplyDecision } from '../../bot/reply-decision.js';
import { questionFromSlackText, slackMentions } from './slack-mrkdwn.js';

/** The fields Rapporteur reads from `app_mention` and `message` events; Slack sends many more. */
const SlackMessageEvent = z.object({
  channel: z.string().min(1),
  user: z.string().optional(),
  text: z.string().optional(),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
  channel_type: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  files: z.array(z.unknown()).optional(),
});

/** Message subtypes written by a person; edits, deletions, joins and bot posts are not questions. */
const HUMAN_SUBTYPES = new Set([undefined, 'thread_broadcast', 'file_share']);

/** What the bot says to a message addressed to it: an answer, the help, or a one-line note. */
export type SlackReply = Exclude<ReplyDecision, { reply: 'none' }>;

/** A message the bot replies to, with where to reply. */
export interface SlackAddressedMessage {
  channel: string;
  user: string;
  /** The message's own ts: progress reactions go on it; with the channel it identifies a delivery. */
  ts: string;
  /** Thread to reply in: the message's thread in channels; in DMs only when asked in a thread. */
  replyThreadTs: string | undefined;
  /** `slack:<channel>:<thread root ts>` in channels, `slack:<channel>` in DMs: the bot keeps context per id. */
  conversationId: string;
  reply: SlackReply;
}

/** A message to reply to, or why not; `malformed` events are worth a warning, the rest are routine. */
export type MessageRoute = { addressed: SlackAddressedMessage } | { ignore: string; malformed?: true };

/** Where a message stands: a DM or a channel, the thread it belongs to, and whether it is a reply in one. */
function placeOf(message: { channel: string; channel_type?: string; ts: string; thread_ts?: string }) {
  const direct = message.channel_type === 'im' || message.channel.startsWith('D');
  const root = message.thread_ts ?? message.ts;
  const conversationId = direct ? `slack:${message.channel}` : `slack:${message.channel}:${root}`;
  return { direct, root, conversationId, isThreadReply: message.thread_ts !== undefined && message.thread_ts !== message.ts };
}

/**
 * The (conversation, user) whose asker status `routeSlackMessage` may need: a human reply in a
 * thread. The handler looks it up in the state store first (on any replica's record), so the
 * routing itself stays synchronous.
 */
export function followUpLookup(event: unknown): { conversationId: string; user: string } | undefined {
  const parsed = SlackMessageEvent.safeParse(event);
  if (!parsed.success || parsed.data.user === undefined) return undefined;
  const place = placeOf(parsed.data);
  return place.isThreadReply ? { conversationId: place.conversationId, user: parsed.data.user } : undefined;
}

/**
 * Decides whether an `app_mention` or `message` event is for the bot, and how to reply.
 * Bot posts, edits and other non-human subtypes never are; for the rest Slack's markup becomes
 * a neutral message (mentions of the bot and of others, files) and `decideReply` rules.
 * `followsThread(conversationId, user)` says whether the bot answered that user there.
 */
export function routeSlackMessage(
  kind: 'app_mention' | 'message',
  event: unknown,
  botUserId: string | undefined,
  followsThread: (conversationId: string, user: string) => boolean,
): MessageRoute {
  const parsed = SlackMessageEvent.safeParse(event);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    return { ignore: `malformed ${kind} event: ${issues}`, malformed: true };
  }
  const message = parsed.data;
  if (message.bot_id !== undefined || message.subtype === 'bot_message') return { ignore: 'bot message' };
  if (!HUMAN_SUBTYPES.has(message.subtype)) return { ignore: `message subtype ${message.subtype}` };
  const user = message.user;
  if (user === undefined) return { ignore: 'no user' };
  if (user === botUserId) return { ignore: 'own message' };

  const text = message.text ?? '';
  const { direct, root, conversationId, isThreadReply } = placeOf(message);
  const mentions = slackMentions(text, botUserId);
  const decision = decideReply({
    text: questionFromSlackText(text),
    place: direct ? 'direct' : 'shared',
    // Slack sends app_mention only for mentions of this app, even before its user id is known.
    mentionsBot: kind === 'app_mention' || mentions.mentionsBot,
    mentionsOthers: mentions.mentionsOthers,
    hasFiles: message.subtype === 'file_share' || (message.files?.length ?? 0) > 0,
    followsOwnThread: () => isThreadReply && followsThread(conversationId, user),
  });
  if (decision.reply === 'none') return { ignore: decision.reason };

  return {
    addressed: {
      channel: message.channel,
      user,
      ts: message.ts,
      replyThreadTs: direct ? message.thread_ts : root,
      conversationId,
      reply: decision,
    },
  };
}
