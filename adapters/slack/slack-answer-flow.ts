import type { AskContext, Answerer } from '../../bot/answer.js';
import type { Logger } from '../../bot/logger.js';
import type { StateStore } from '../../bot/state/state-store.js';
import type { FinishedSlackAnswer } from './slack-answer-stream.js';
import { slackErrorNotice } from './slack-error-notice.js';
import {
  renderSlackAnswer,
  renderSlackAnswerFooter,
  renderSlackNotice,
  type RenderedSlackAnswer,
  type RenderSlackAnswerOptions,
  type SlackMessage,
} from './slack-renderer.js';

/** What the Slack listeners (mentions and DMs, the command, the buttons) share. */
export interface SlackHandlerDeps {
  answerer: Answerer;
  store: StateStore;
  logger: Logger;
  /** Builds the `/rapporteur digest` preview; absent until digests are configured. */
  digestPreview?: () => Promise<SlackMessage | RenderedSlackAnswer>;
}

/**
 * Asks the bot, keeps the answer (its id goes on the 👍/👎 and share buttons, and marks the
 * thread as one the bot takes part in), and renders it. A failure becomes a notice for the
 * user and an error log line with the question: the one place Slack turns errors into replies.
 */
export async function answerForSlack(
  deps: Pick<SlackHandlerDeps, 'answerer' | 'store'>,
  question: string,
  conversationId: string,
  options: Omit<RenderSlackAnswerOptions, 'answerId'>,
  log: Logger,
): Promise<RenderedSlackAnswer> {
  return (await finishedAnswerForSlack(deps, question, conversationId, options, log)).rendered;
}

/**
 * As `answerForSlack`, passing a model-written reply to `onText` as it arrives (for streaming),
 * and returning the answer with its rendering and the blocks that close a streamed answer.
 */
export async function finishedAnswerForSlack(
  deps: Pick<SlackHandlerDeps, 'answerer' | 'store'>,
  question: string,
  conversationId: string,
  options: Omit<RenderSlackAnswerOptions, 'answerId'>,
  log: Logger,
  onText?: AskContext['onText'],
): Promise<FinishedSlackAnswer> {
  try {
    const answer = await deps.answerer.ask(question, { conversationId, ...(onText ? { onText } : {}) });
    const answerId = deps.store.saveAnswer({ channel: 'slack', conversationId, question, answer });
    const rendering = { ...options, answerId };
    return { answer, rendered: renderSlackAnswer(answer, rendering), footer: renderSlackAnswerFooter(answer, rendering) };
  } catch (error) {
    log.error({ err: error, conversationId }, 'answering a Slack question failed');
    const notice = renderSlackNotice(slackErrorNotice(error));
    return { rendered: { message: notice, threadReplies: [] }, footer: notice.blocks };
  }
}
