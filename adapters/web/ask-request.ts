import { questionTooLongMessage } from '../../bot/question-limit.js';

/** A question from the playground, checked and ready for the answerer. */
export interface AskRequest {
  question: string;
  /** Browser-tab conversation key, so follow-ups keep their context. */
  conversationId: string | undefined;
}

/** Why a request body was refused, in words the page shows as they are. */
export interface AskRequestProblem {
  error: string;
}

/** Conversation ids come from `crypto.randomUUID()` in the page; anything else is refused. */
const CONVERSATION_ID = /^[A-Za-z0-9-]{1,64}$/;

/**
 * Checks a `POST /api/ask` body. Length is counted in characters as a person counts them
 * (code points), so an emoji is one character and the message matches what they typed.
 */
export function parseAskRequest(body: unknown, maxQuestionChars: number): AskRequest | AskRequestProblem {
  if (typeof body !== 'object' || body === null || !('question' in body)) {
    // Without the JSON content type the body is never read, so the header is part of the advice.
    return { error: 'Send a JSON body (Content-Type: application/json) like {"question": "status of Resolution 44 fellowships"}.' };
  }
  const { question, conversationId } = body as { question: unknown; conversationId?: unknown };
  if (typeof question !== 'string') {
    return { error: 'The question must be text.' };
  }
  const trimmed = question.trim();
  if (trimmed === '') {
    return { error: 'Type a question first, for example "status of Resolution 44 fellowships".' };
  }
  const length = Array.from(trimmed).length;
  if (length > maxQuestionChars) return { error: questionTooLongMessage(length, maxQuestionChars) };
  if (conversationId === undefined || conversationId === null) return { question: trimmed, conversationId: undefined };
  // An id dropped in silence would lose the thread without a word: say what is accepted.
  if (typeof conversationId !== 'string' || !CONVERSATION_ID.test(conversationId)) {
    return { error: 'conversationId must be 1 to 64 letters, digits or hyphens (a UUID, for example), or left out.' };
  }
  return { question: trimmed, conversationId: `web:${conversationId}` };
}
