import type { Activity } from 'botbuilder';
import { z } from 'zod';
import type { Answer } from '../../bot/answer.js';
import type { FeedbackEntry, StateStore } from '../../bot/state/state-store.js';
import { teamsAnswerKey } from './teams-conversations.js';

/** Teams sends 👍/👎 (and the optional comment) as an invoke named `message/submitAction`. */
export const FEEDBACK_INVOKE_NAME = 'message/submitAction';

/**
 * `actionValue.feedback` arrives as a JSON string `{"feedbackText":"…"}` from the Teams client,
 * as an object from some SDKs, or as plain text; all three carry the comment.
 */
const FeedbackText = z.union([
  z.string(),
  z.object({ feedbackText: z.string().optional() }).passthrough(),
]);

const FeedbackInvokeValue = z.object({
  actionName: z.literal('feedback'),
  actionValue: z.object({
    reaction: z.enum(['like', 'dislike']),
    feedback: FeedbackText.optional(),
  }),
});

function commentOf(feedback: z.infer<typeof FeedbackText> | undefined): string | undefined {
  if (feedback === undefined) return undefined;
  if (typeof feedback !== 'string') return feedback.feedbackText?.trim() || undefined;
  try {
    const parsed = JSON.parse(feedback) as unknown;
    const object = FeedbackText.safeParse(parsed);
    if (object.success && typeof object.data !== 'string') return object.data.feedbackText?.trim() || undefined;
  } catch {
    // Plain text, not JSON: the comment itself.
  }
  return feedback.trim() || undefined;
}

export type FeedbackParse = { ok: true; entry: FeedbackEntry; answerFound: boolean } | { ok: false; problem: string };

/**
 * Turns a feedback invoke into a feedback row, with the question and answer of the message it
 * rates (found by `replyToId`; empty when the answer is no longer stored).
 */
export async function parseFeedbackInvoke(activity: Partial<Activity>, store: Pick<StateStore, 'getAnswer'>): Promise<FeedbackParse> {
  const value = FeedbackInvokeValue.safeParse(activity.value);
  if (!value.success) {
    return { ok: false, problem: `Not a feedback submission: ${value.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  }
  const stored =
    activity.replyToId && activity.conversation?.id
      ? await store.getAnswer(teamsAnswerKey(activity.conversation.id, activity.replyToId))
      : undefined;
  const answer = stored?.answer as Answer | undefined;
  const comment = commentOf(value.data.actionValue.feedback);
  return {
    ok: true,
    answerFound: stored !== undefined,
    entry: {
      channel: 'teams',
      userId: activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown',
      question: stored?.question ?? '',
      answer: answer?.text ?? '',
      rating: value.data.actionValue.reaction === 'like' ? 'up' : 'down',
      ...(comment ? { comment } : {}),
    },
  };
}
