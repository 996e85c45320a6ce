import type { CorpusIndex } from '../index/corpus-index.js';
import { keywordFields } from '../index/index-text.js';
import { corpusMentions } from './corpus-vocabulary.js';
import { readQuestionNames } from './grammar/question-names.js';
import type { ParsedQuery } from './parse-query.js';
import { recordTerms } from './record-terms.js';
import type { SearchHit } from './search-corpus.js';

/**
 * Confidence, measured with USE-lite: on-topic questions come 0.38+ close to their best hit
 * and share two thirds or more of their words with it; off-topic ones about 0.3, and generic
 * chatter ("ignore your instructions…") may come close in meaning while sharing few words.
 */
const SURE_SIMILARITY = 0.6;
const LIKELY_SIMILARITY = 0.4;
const MIN_SIMILARITY = 0.3;
const MIN_KEYWORD_SHARE = 0.5;
/** Closer in meaning, fewer shared words are needed. */
const LIKELY_KEYWORD_SHARE = 0.4;
const CLOSE_SIMILARITY = 0.5;
const CLOSE_KEYWORD_SHARE = 0.35;

/** How many of the question's content words occur in a record, and their share. */
function keywordCoverage(index: CorpusIndex, query: string, hit: SearchHit): { matched: number; share: number; terms: number } {
  const terms = [...new Set(index.keywords.terms(query))];
  if (terms.length === 0) return { matched: 0, share: 0, terms: 0 };
  const present = recordTerms(hit.record);
  const matched = terms.filter((t) => present.has(t)).length;
  return { matched, share: matched / terms.length, terms: terms.length };
}

/** Why the reports cannot answer whatever the ranking says: a name they never mention, or a year the hits do not cover. */
export function missingName(index: CorpusIndex, query: ParsedQuery, top: SearchHit[]): string | undefined {
  const { names, years } = readQuestionNames(query.text);
  const absent = names.find((name) => !corpusMentions(index, name));
  if (absent) return absent;
  if (years.length === 0) return undefined;
  const covered = top.some((h) => {
    const fields = keywordFields(h.record);
    return years.some((year) => `${fields.title} ${fields.body}`.includes(year));
  });
  return covered ? undefined : years.join(', ');
}

/** Whether the best hits are good enough to answer from (scoped questions need less). */
export function isConfident(index: CorpusIndex, query: ParsedQuery, hits: SearchHit[], scoped: boolean): boolean {
  const top = hits.slice(0, 3);
  if (top.length === 0 || missingName(index, query, top)) return false;
  if (scoped) return true;
  const bestSimilarity = Math.max(0, ...top.map((h) => h.similarity));
  // The best-covered of the top hits: the right unit is not always ranked first.
  const coverage = top
    .map((h) => keywordCoverage(index, query.searchText, h))
    .reduce((best, c) => (c.share > best.share ? c : best), { matched: 0, share: 0, terms: 0 });
  const wordsFound = coverage.share >= MIN_KEYWORD_SHARE && coverage.matched >= Math.min(2, coverage.terms);
  return (
    bestSimilarity >= SURE_SIMILARITY ||
    (coverage.share >= CLOSE_KEYWORD_SHARE && bestSimilarity >= CLOSE_SIMILARITY) ||
    (coverage.share >= LIKELY_KEYWORD_SHARE && bestSimilarity >= LIKELY_SIMILARITY) ||
    (wordsFound && bestSimilarity >= MIN_SIMILARITY)
  );
}
