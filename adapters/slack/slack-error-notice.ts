import { ErrorCode, RapporteurError } from '../../retrieval/errors.js';

/** What a Slack user reads when answering failed: the fix when there is one, else an apology. */
export function slackErrorNotice(error: unknown): string {
  if (error instanceof RapporteurError && error.code === ErrorCode.QuestionInvalid) return error.message;
  if (error instanceof RapporteurError && error.code === ErrorCode.NotReady) {
    return 'I am still loading the reports. Please ask again in a minute.';
  }
  return 'Sorry, something went wrong while answering. The problem has been logged; please try again in a moment.';
}
