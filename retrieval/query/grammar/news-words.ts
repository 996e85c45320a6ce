import { keywordTerm } from '../../index/keyword-index.js';

/**
 * The keyword terms of words that ask what the reports say ("what happened in Kigali?", "what
 * does it say about…", "any news of…", "the latest updates"): they frame a question and name
 * none of its topics.
 */
const NEWS_WORDS = ['happened', 'happening', 'say', 'says', 'said', 'news', 'latest', 'updates'];
export const NEWS_TERMS: ReadonlySet<string> = new Set(NEWS_WORDS.flatMap((w) => keywordTerm(w) ?? []));
const NEWS_WORD = new RegExp(String.raw`\b(?:${NEWS_WORDS.join('|')})\b`, 'gi');

/**
 * A question without the words that ask what the reports say, as written: "news" stems to "new",
 * so the terms alone would also drop "new" from "what new Resolutions…".
 */
export function withoutNewsWords(text: string): string {
  return text.replace(NEWS_WORD, ' ');
}

/**
 * `NEWS_TERMS` and the chatter around them ("tell me", "anything on", "what's going on"): what a
 * question of nothing but names asks besides its names. Not for the thesaurus, where "tell" and
 * "going" have meanings of their own.
 */
export const NEWS_CHATTER_TERMS: ReadonlySet<string> = new Set([...NEWS_TERMS, ...['tell', 'anything', 'going'].flatMap((w) => keywordTerm(w) ?? [])]);
