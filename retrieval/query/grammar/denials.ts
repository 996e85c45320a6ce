/**
 * Words a text denies: "WTSA-20 considered (but did not adopt) a proposed new Resolution" shares
 * "adopt" with "What new resolutions did WTSA-20 adopt?" but says what was not adopted.
 */

import { keywordTerms } from '../../index/keyword-index.js';
import { asksYesOrNo } from './status-intent.js';

/** "did not adopt", "was not approved", "has not yet been met", "never met": the word denied. */
const NEGATED = /(?:\b(?:not|never|no longer)|n['’]t)\s+(?:(?:been|be|yet|fully|formally)\s+){0,2}([a-z-]+)/gi;
const NEGATION = /\b(?:not|never|no longer|without|fail(?:ed|s)?)\b|n['’]t\b/i;

/** Verbs that ask rather than name what is asked about ("list the obsolete items", "show me…"). */
const ASKING_VERBS = new Set(keywordTerms('list show give tell enumerate'));

/**
 * The question's terms a record may deny: not its asking verbs, since "are no longer listed in
 * this Action Plan" is the very answer to "list the obsolete WTSA-12 action items".
 */
export function deniableTerms(terms: string[]): string[] {
  return terms.filter((term) => !ASKING_VERBS.has(term));
}

/**
 * Whether a question asks about something not done ("which items were not completed?"): then
 * records denying its words rank as others do.
 */
export function asksWithDenial(question: string): boolean {
  return NEGATION.test(question);
}

/**
 * Whether a denial answers the question, for choosing its sentence: it asks about something not
 * done ("which items were not completed?"), or asks yes or no ("did WTSA-20 adopt the resolution
 * on virtual options?": "considered (but did not adopt)" is the answer).
 */
export function denialsAnswer(question: string): boolean {
  return asksWithDenial(question) || asksYesOrNo(question);
}

/** The keyword terms (`keywordTerms`) a text denies, each as often as denied. */
export function deniedTerms(text: string): string[] {
  return [...text.matchAll(NEGATED)].flatMap((m) => keywordTerms(m[1]!));
}

/**
 * Whether every occurrence of one of `terms` (keyword terms of the question) in `text` is denied
 * there: the text shares that word only to say it did not happen.
 */
export function deniesOnly(text: string, terms: string[]): boolean {
  // Denials of the question's words are rare: the whole text is read only when there is one.
  const denied = deniedTerms(text).filter((term) => terms.includes(term));
  if (denied.length === 0) return false;
  const all = keywordTerms(text);
  return denied.some((term) => denied.filter((t) => t === term).length >= all.filter((t) => t === term).length);
}
