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

/** Conversation ids come from `crypto.randomUUID()` in the page; anything else is dropped. */
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
  const conversation =
    typeof conversationId === 'string' && CONVERSATION_ID.test(conversationId) ? `web:${conversationId}` : undefined;
  return { question: trimmed, conversationId: conversation };
}
