import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from '../../bot/logger.js';
import { ErrorCode, RapporteurError } from '../../retrieval/errors.js';
import { withConnectorRetry, type ConnectorRetryOptions } from './connector-retry.js';

/** What the user reads when answering failed: the fix when there is one, else an apology. */
export function renderTeamsErrorReply(error: unknown): Partial<Activity> {
  let text = 'Sorry, something went wrong while answering. The problem has been logged; please try again in a moment.';
  if (error instanceof RapporteurError && error.code === ErrorCode.QuestionInvalid) text = error.message;
  if (error instanceof RapporteurError && error.code === ErrorCode.NotReady) {
    text = 'I am still loading the reports. Please ask again in a minute.';
  }
  return { type: 'message', text };
}

/**
 * The adapter's one `onTurnError`: logs the failure with the question that caused it and,
 * for messages, tells the user. A reply that cannot be delivered is logged, never thrown.
 */
export function createTeamsTurnErrorHandler(
  logger: Logger,
  retry: ConnectorRetryOptions,
): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    const { type, text, conversation } = context.activity;
    logger.error({ err: error, activityType: type, question: text, conversationId: conversation?.id }, 'Teams turn failed');
    if (type !== 'message') return;
    try {
      await withConnectorRetry(() => context.sendActivity(renderTeamsErrorReply(error)), retry);
    } catch (sendError) {
      logger.error({ err: sendError, question: text, conversationId: conversation?.id }, 'Teams apology could not be delivered');
    }
  };
}
