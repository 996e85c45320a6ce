import type { App, BlockAction, FeedbackButtonsAction } from '@slack/bolt';
import type { Answer } from '../../bot/answer.js';
import type { SlackHandlerDeps } from './slack-answer-flow.js';
import { respondNotice } from './slack-delivery.js';
import { SlackActionId } from './slack-renderer.js';

/** Slack's feedback buttons carry `up:<answer id>` or `down:<answer id>`. */
const FEEDBACK_VALUE = /^(up|down):(.+)$/;

/**
 * Clicks on Slack's native 👍/👎 (`feedback_buttons` under an answer): stored with the question,
 * the answer and who rated it, and thanked privately.
 */
export function registerFeedbackHandler(app: App, deps: SlackHandlerDeps): void {
  app.action<BlockAction<FeedbackButtonsAction>>(SlackActionId.Feedback, async ({ ack, action, body, respond }) => {
    await ack();
    const log = deps.logger.child({ action: SlackActionId.Feedback, user: body.user.id });
    try {
      const [, rating, answerId] = FEEDBACK_VALUE.exec(action.value) ?? [];
      // Awaited either way: the state store may answer synchronously or not.
      const stored = answerId ? await deps.store.getAnswer(answerId) : undefined;
      if (!stored || (rating !== 'up' && rating !== 'down')) {
        log.warn({ value: action.value }, 'feedback refers to an unknown answer');
        return respondNotice(respond, 'That answer is no longer available, so the rating was not kept.');
      }
      await deps.store.recordFeedback({
        channel: 'slack',
        userId: body.user.id,
        question: stored.question,
        answer: (stored.answer as Answer).text,
        rating,
      });
      log.info({ answerId: stored.id, rating }, 'Slack feedback recorded');
      await respondNotice(respond, 'Thanks, your feedback was recorded.');
    } catch (error) {
      log.error({ err: error }, 'recording Slack feedback failed');
    }
  });
}
