import { fuseRankings } from '../../retrieval/query/fuse-rankings.js';
import type { SearchHit, SearchResult } from '../../retrieval/query/search-corpus.js';

/** What the model answers from when retrieval ran on the question and on its English rewrite. */
export interface CombinedRetrieval {
  /**
   * The single result the extractive answer is composed from: the question's own when it is
   * confident, else the rewrite's when that one is (a French question finds little in English
   * reports by itself), else the question's, which then abstains.
   */
  best: SearchResult;
  /** The hits handed to the model, best first. */
  hits: SearchHit[];
  /** Action items or Resolutions named in either search that are not in the reports. */
  unknown: string[];
}

/** Units for the model: a few passages for a ranked answer, more (briefer) items for a list. */
export const RANKED_UNITS = 6;
export const STRUCTURED_UNITS = 20;

/**
 * Merges the two searches. Exact and list results already are the answer's set, so they are
 * used as they are; confident ranked results are fused by reciprocal rank, so a record both
 * searches found comes first.
 */
export function combineRetrievals(question: SearchResult, rewrite?: SearchResult): CombinedRetrieval {
  const results = rewrite ? [question, rewrite] : [question];
  const best = results.find((r) => r.confident && r.hits.length > 0) ?? question;
  const unknown = [...new Set(results.flatMap((r) => r.unknown))];
  if (best.mode !== 'ranked') return { best, hits: best.hits.slice(0, STRUCTURED_UNITS), unknown };

  const ranked = results.filter((r) => r.confident && r.mode === 'ranked');
  const byKey = new Map<string, { hit: SearchHit; number: number }>();
  const rankings = ranked.map((result) => ({
    weight: 1,
    keys: result.hits.map((hit) => {
      const known = byKey.get(hit.record.key) ?? { hit, number: byKey.size };
      byKey.set(hit.record.key, known);
      return known.number;
    }),
  }));
  const fused = fuseRankings(rankings);
  const hitByNumber = new Map([...byKey.values()].map(({ hit, number }) => [number, hit]));
  const hits = [...fused.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, RANKED_UNITS)
    .map(([number]) => hitByNumber.get(number)!);
  return { best, hits, unknown };
}
