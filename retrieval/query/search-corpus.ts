import type { ActionItemRecord, CorpusRecord, DocumentInfo } from '../corpus/records.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { glossaryTerms } from '../index/itu-glossary.js';
import { expandAcronyms } from './expand-acronyms.js';
import { fuseRankings } from './fuse-rankings.js';
import { bigrams, sharedBigrams } from './phrase-overlap.js';
import { leadTerms, recordTerms } from './record-terms.js';
import { parseQuery, type ParsedQuery } from './parse-query.js';
import { documentHintScore, matchesStatus, resolutionOf } from './record-filters.js';

export interface SearchHit {
  record: CorpusRecord;
  document: DocumentInfo;
  /** Fused score, comparable only within one search. */
  score: number;
  /** Cosine similarity of the record to the question (0 when it came from structure alone). */
  similarity: number;
}

export type SearchMode = 'exact' | 'list' | 'ranked';

export interface SearchResult {
  query: ParsedQuery;
  mode: SearchMode;
  hits: SearchHit[];
  /** Action items or resolutions the question named that do not exist. */
  unknown: string[];
  /** Whether the best hit is good enough to answer from. */
  confident: boolean;
}

export interface SearchOptions {
  limit?: number;
  /** A resolution carried over from earlier in the conversation, for follow-ups. */
  contextResolution?: string;
}

const CANDIDATES = 60;
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
/** Action items are what delegates ask about most; a resolution's operative text rarely answers. */
const KIND_PRIOR = { 'action-item': 1.15, resolution: 0.75, passage: 1 } as const;
/** Each pair of question words found side by side in a record's lead text. */
const PHRASE_BONUS = 0.1;
const ABOUT_RESOLUTION_TEXT = /\b(resolves?|instructs?|invites?|operative|text of|what does resolution|what is resolution)\b/i;

const resolutionCache = new WeakMap<CorpusIndex, Set<string>>();

/** The Resolutions the index knows, computed once per loaded index. */
function resolutionNumbers(index: CorpusIndex): Set<string> {
  let numbers = resolutionCache.get(index);
  if (!numbers) {
    numbers = new Set(index.records.flatMap((r) => (r.kind === 'resolution' ? [r.number] : [])));
    resolutionCache.set(index, numbers);
  }
  return numbers;
}

function byId(index: CorpusIndex, id: string): ActionItemRecord | undefined {
  return index.records.find(
    (r): r is ActionItemRecord => r.kind === 'action-item' && (r.id === id || r.aliases.includes(id)),
  );
}

function hit(index: CorpusIndex, record: CorpusRecord, score: number, similarity = 0): SearchHit {
  return { record, document: index.documents.find((d) => d.file === record.document)!, score, similarity };
}

/** How many of the question's content words occur in a record, and their share. */
function keywordCoverage(index: CorpusIndex, query: string, record: CorpusRecord): { matched: number; share: number; terms: number } {
  const terms = [...new Set(index.keywords.terms(query))];
  if (terms.length === 0) return { matched: 0, share: 0, terms: 0 };
  const present = recordTerms(record);
  const matched = terms.filter((t) => present.has(t)).length;
  return { matched, share: matched / terms.length, terms: terms.length };
}

/** Words that ask about progress in general rather than name a topic. */
const GENERIC_TERMS = new Set([
  'status', 'progress', 'updat', 'item', 'action', 'resolut', 'implement', 'latest', 'current', 'overview', 'report', 'summari', 'tell',
  // status filters: "Resolution 44 completed items" asks for a set, not a topic
  'complet', 'finish', 'done', 'close', 'ongo', 'open', 'outstand', 'pend', 'incomplet', 'unfinish', 'attent', 'need',
]);

/** The question's content terms once resolution references and generic progress words are gone. */
function topicTerms(index: CorpusIndex, query: ParsedQuery): string[] {
  const withoutRefs = query.text.replace(/\b(?:resolutions?|res\.?|opinion)\s*(?:no\.?\s*)?\d{1,3}\b/gi, ' ');
  return index.keywords.terms(withoutRefs).filter((t) => !GENERIC_TERMS.has(t) && !/^\d+$/.test(t));
}

/**
 * Answers a question from the index with exact structure first (action-item numbers,
 * resolutions, status filters), then hybrid ranking: vector and keyword retrievers fused by
 * reciprocal rank, boosted by document hints.
 */
export async function searchCorpus(index: CorpusIndex, question: string, options: SearchOptions = {}): Promise<SearchResult> {
  const query = parseQuery(question);
  const limit = options.limit ?? 5;
  const knownResolutions = resolutionNumbers(index);
  const unknown = [
    ...query.actionItemIds.filter((id) => !byId(index, id)),
    ...query.resolutions.filter((n) => !knownResolutions.has(n)).map((n) => (/^\d/.test(n) ? `Resolution ${n}` : n)),
  ];
  const named = query.actionItemIds.map((id) => byId(index, id)).filter((r): r is ActionItemRecord => !!r);
  if (named.length > 0) {
    return { query, mode: 'exact', hits: named.map((r) => hit(index, r, 1, 1)), unknown, confident: true };
  }
  if (unknown.length > 0) return { query, mode: 'exact', hits: [], unknown, confident: false };

  const resolutions = query.resolutions.length > 0 ? query.resolutions : options.contextResolution ? [options.contextResolution] : [];
  const inScope = (i: number): boolean => {
    const record = index.records[i]!;
    return resolutions.length === 0 || resolutions.includes(resolutionOf(record) ?? '');
  };

  // "Status of Resolution 22" names nothing but the resolution: answer with all its items.
  const overview = query.resolutions.length > 0 && topicTerms(index, query).length === 0;
  if ((query.status && query.wantsList) || overview) {
    const items = index.records.filter(
      (r, i) => inScope(i) && r.kind === 'action-item' && (!query.status || matchesStatus(r, query.status)),
    );
    return { query, mode: 'list', hits: items.map((r) => hit(index, r, 1)), unknown, confident: items.length > 0 };
  }

  const vector = await index.embeddings.embedQuery(query.text);
  const vectorHits = index.vectors.query(vector, CANDIDATES, resolutions.length ? inScope : undefined);
  const keywordText = `${expandAcronyms(query.text, (term) => index.keywords.hasTerm(term))} ${glossaryTerms(query.text)}`;
  const keywordHits = index.keywords.query(keywordText, CANDIDATES, resolutions.length ? inScope : undefined);
  const aboutText = ABOUT_RESOLUTION_TEXT.test(query.text);
  const fused = fuseRankings([
    { weight: 1, keys: vectorHits.map((h) => h.index) },
    { weight: 1.3, keys: keywordHits.map((h) => h.index) },
  ]);
  const similarity = new Map(vectorHits.map((h) => [h.index, h.similarity]));
  const questionPairs = bigrams(index.keywords.terms(query.text));
  const ranked = [...fused.entries()]
    .map(([i, score]) => {
      const record = index.records[i]!;
      const doc = index.documents.find((d) => d.file === record.document);
      const hint = 1 + 0.5 * documentHintScore(record, doc, query.documentHints);
      const prior = record.kind === 'resolution' && aboutText ? 1 : KIND_PRIOR[record.kind];
      const phrase = 1 + PHRASE_BONUS * sharedBigrams(questionPairs, leadTerms(record));
      return hit(index, record, score * hint * prior * phrase, similarity.get(i) ?? index.vectors.similarity(vector, i));
    })
    .sort((a, b) => b.score - a.score);
  const hits = ranked.slice(0, query.wantsList ? Math.max(limit, 10) : limit);
  const top = hits.slice(0, 3);
  const bestSimilarity = Math.max(0, ...top.map((h) => h.similarity));
  // The best-covered of the top hits: the right unit is not always ranked first.
  const coverage = top
    .map((h) => keywordCoverage(index, query.text, h.record))
    .reduce((best, c) => (c.share > best.share ? c : best), { matched: 0, share: 0, terms: 0 });
  const wordsFound = coverage.share >= MIN_KEYWORD_SHARE && coverage.matched >= Math.min(2, coverage.terms);
  const confident =
    top.length > 0 &&
    (resolutions.length > 0 ||
      bestSimilarity >= SURE_SIMILARITY ||
      (coverage.share >= CLOSE_KEYWORD_SHARE && bestSimilarity >= CLOSE_SIMILARITY) ||
      (coverage.share >= LIKELY_KEYWORD_SHARE && bestSimilarity >= LIKELY_SIMILARITY) ||
      (wordsFound && bestSimilarity >= MIN_SIMILARITY));
  return { query, mode: 'ranked', hits, unknown, confident };
}
