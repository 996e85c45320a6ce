import { keywordTerm } from '../../index/keyword-index.js';

/**
 * The keyword terms of words that ask what the reports say ("what happened in Kigali?", "what
 * does it say about…", "any news of…", "the latest updates"): they frame a question and name
 * none of its topics.
 */
export const NEWS_TERMS: ReadonlySet<string> = new Set(['happened', 'happening', 'say', 'says', 'said', 'news', 'latest', 'updates'].flatMap((w) => keywordTerm(w) ?? []));

/**
 * `NEWS_TERMS` and the chatter around them ("tell me", "anything on", "what's going on"): what a
 * question of nothing but names asks besides its names. Not for the thesaurus, where "tell" and
 * "going" have meanings of their own.
 */
export const NEWS_CHATTER_TERMS: ReadonlySet<string> = new Set([...NEWS_TERMS, ...['tell', 'anything', 'going'].flatMap((w) => keywordTerm(w) ?? [])]);
