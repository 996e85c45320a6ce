/**
 * The one message for a question over `MAX_QUESTION_CHARS`, whichever way it came in (chat,
 * playground, command line), so people see the same words everywhere.
 */
export function questionTooLongMessage(length: number, maxQuestionChars: number): string {
  return `Your question is ${length.toLocaleString('en')} characters long; please keep it under ${maxQuestionChars.toLocaleString('en')}.`;
}
