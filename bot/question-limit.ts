import { sanitizeQuestion } from '../retrieval/query/parse-query.js';

/**
 * The one message for a question over `MAX_QUESTION_CHARS`, whichever way it came in (chat,
 * playground, command line), so people see the same words everywhere.
 */
export function questionTooLongMessage(length: number, maxQuestionChars: number): string {
  return `Your question is ${length.toLocaleString('en')} characters long; please keep it under ${maxQuestionChars.toLocaleString('en')}.`;
}

/**
 * Why a question cannot be asked as is (empty once cleaned, or over `maxQuestionChars`), as the
 * message to show; undefined when it can.
 */
export function questionProblem(question: string, maxQuestionChars: number): string | undefined {
  const clean = sanitizeQuestion(question);
  if (clean.length === 0) return 'Please type a question, for example "status of Resolution 44 fellowships".';
  if (clean.length > maxQuestionChars) return questionTooLongMessage(clean.length, maxQuestionChars);
  return undefined;
}
