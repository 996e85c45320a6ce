/**
 * Weighted reciprocal rank fusion (as in LangChain's EnsembleRetriever): each ranking adds
 * weight / (k + rank) to the items it lists, so agreement between retrievers rises to the top.
 */
export interface Ranking {
  weight: number;
  /** Item keys, best first. */
  keys: number[];
}

export function fuseRankings(rankings: Ranking[], k = 30): Map<number, number> {
  const fused = new Map<number, number>();
  for (const { weight, keys } of rankings) {
    keys.forEach((key, rank) => fused.set(key, (fused.get(key) ?? 0) + weight / (k + rank + 1)));
  }
  return fused;
}
