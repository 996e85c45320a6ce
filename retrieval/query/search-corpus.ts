import type { ActionItemRecord, CorpusRecord, DocumentInfo } from '../corpus/records.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { keywordFields } from '../index/index-text.js';
import { fuseRankings } from './fuse-rankings.js';
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
/** Below both, the question is not about the reports (measured on the dev set's off-topic rows). */
const MIN_SIMILARITY = 0.42;
const MIN_KEYWORD_SHARE = 0.5;

function byId(index: CorpusIndex, id: string): ActionItemRecord | undefined {
  return index.records.find(
    (r): r is ActionItemRecord => r.kind === 'action-item' && (r.id === id || r.aliases.includes(id)),
  );
}

function hit(index: CorpusIndex, record: CorpusRecord, score: number, similarity = 0): SearchHit {
  return { record, document: index.documents.find((d) => d.file === record.document)!, score, similarity };
}

/** Share of the question's content words that occur in the best keyword hit. */
function keywordCoverage(index: CorpusIndex, query: string, record: CorpusRecord): number {
  const terms = index.keywords.terms(query);
  if (terms.length === 0) return 0;
  const fields = keywordFields(record);
  const text = index.keywords.terms(`${fields.title} ${fields.body} ${fields.tags}`);
  const present = new Set(text);
  return terms.filter((t) => present.has(t)).length / terms.length;
}

/**
 * Answers a question from the index with exact structure first (action-item numbers,
 * resolutions, status filters), then hybrid ranking: vector and keyword retrievers fused by
 * reciprocal rank, boosted by document hints.
 */
export async function searchCorpus(index: CorpusIndex, question: string, options: SearchOptions = {}): Promise<SearchResult> {
  const query = parseQuery(question);
  const limit = options.limit ?? 5;
  const knownResolutions = new Set(index.records.flatMap((r) => (r.kind === 'resolution' ? [r.number] : [])));
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

  if (query.status && (resolutions.length > 0 || query.wantsList)) {
    const items = index.records.filter((r, i) => inScope(i) && matchesStatus(r, query.status!));
    return { query, mode: 'list', hits: items.map((r) => hit(index, r, 1)), unknown, confident: items.length > 0 };
  }

  const vector = await index.embeddings.embedQuery(query.text);
  const vectorHits = index.vectors.query(vector, CANDIDATES, resolutions.length ? inScope : undefined);
  const keywordHits = index.keywords.query(query.text, CANDIDATES, resolutions.length ? inScope : undefined);
  const fused = fuseRankings([
    { weight: 1, keys: vectorHits.map((h) => h.index) },
    { weight: 1.3, keys: keywordHits.map((h) => h.index) },
  ]);
  const similarity = new Map(vectorHits.map((h) => [h.index, h.similarity]));
  const ranked = [...fused.entries()]
    .map(([i, score]) => {
      const record = index.records[i]!;
      const doc = index.documents.find((d) => d.file === record.document);
      const boost = 1 + 0.5 * documentHintScore(record, doc, query.documentHints);
      return hit(index, record, score * boost, similarity.get(i) ?? 0);
    })
    .sort((a, b) => b.score - a.score);
  const hits = ranked.slice(0, query.wantsList ? Math.max(limit, 10) : limit);
  const best = hits[0];
  const confident =
    !!best &&
    (resolutions.length > 0 ||
      best.similarity >= MIN_SIMILARITY ||
      keywordCoverage(index, query.text, best.record) >= MIN_KEYWORD_SHARE);
  return { query, mode: 'ranked', hits, unknown, confident };
}
