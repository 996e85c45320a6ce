import { z } from 'zod';
import { mentionsOtherUser, mentionsUser, questionFromSlackText } from './slack-mrkdwn.js';

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
});

/** Message subtypes written by a person; edits, deletions, joins and bot posts are not questions. */
const HUMAN_SUBTYPES = new Set([undefined, 'thread_broadcast', 'file_share']);

/** A question addressed to the bot, with where to answer it. */
export interface SlackQuestion {
  channel: string;
  user: string;
  /** The message's own ts: progress reactions go on it; with the channel it identifies a delivery. */
  ts: string;
  /** The question with mentions of the bot removed; empty when the mention was all there was. */
  question: string;
  /** Thread to reply in: the message's thread in channels; in DMs only when asked in a thread. */
  replyThreadTs: string | undefined;
  /** `slack:<channel>:<thread root ts>` in channels, `slack:<channel>` in DMs: the bot keeps context per id. */
  conversationId: string;
}

/** A question to answer, or why not; `malformed` events are worth a warning, the rest are routine. */
export type MessageRoute = { answer: SlackQuestion } | { ignore: string; malformed?: true };

/**
 * Decides whether an `app_mention` or `message` event is a question for the bot. Mentions are;
 * every DM is; in channels a thread reply without a mention is a follow-up only in a thread the
 * bot has answered in (`followsThread`) and only when it does not mention someone else.
 * Bot posts, edits and other non-human subtypes never are.
 */
export function routeSlackMessage(
  kind: 'app_mention' | 'message',
  event: unknown,
  botUserId: string | undefined,
  followsThread: (conversationId: string) => boolean,
): MessageRoute {
  const parsed = SlackMessageEvent.safeParse(event);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    return { ignore: `malformed ${kind} event: ${issues}`, malformed: true };
  }
  const message = parsed.data;
  if (message.bot_id !== undefined || message.subtype === 'bot_message') return { ignore: 'bot message' };
  if (!HUMAN_SUBTYPES.has(message.subtype)) return { ignore: `message subtype ${message.subtype}` };
  if (message.user === undefined) return { ignore: 'no user' };
  if (message.user === botUserId) return { ignore: 'own message' };

  const text = message.text ?? '';
  const direct = message.channel_type === 'im' || message.channel.startsWith('D');
  const root = message.thread_ts ?? message.ts;
  const conversationId = direct ? `slack:${message.channel}` : `slack:${message.channel}:${root}`;
  const isThreadReply = message.thread_ts !== undefined && message.thread_ts !== message.ts;
  const addressed =
    kind === 'app_mention' ||
    direct ||
    mentionsUser(text, botUserId) ||
    (isThreadReply && !mentionsOtherUser(text, botUserId) && followsThread(conversationId));
  if (!addressed) return { ignore: 'not addressed to the bot' };

  return {
    answer: {
      channel: message.channel,
      user: message.user,
      ts: message.ts,
      question: questionFromSlackText(text, botUserId),
      replyThreadTs: direct ? message.thread_ts : root,
      conversationId,
    },
  };
}
