import hnswlib from 'hnswlib-node';

// hnswlib-node is CommonJS: its classes come through the default export under ESM.
const { HierarchicalNSW } = hnswlib;
type HierarchicalNSW = InstanceType<typeof HierarchicalNSW>;

/** ef resets to 10 after readIndex; this keeps recall high for a corpus of a few thousand units. */
const SEARCH_EF = 200;

export interface VectorHit {
  index: number;
  /** Cosine similarity, 1 = same direction. */
  similarity: number;
}

/** Cosine nearest-neighbour index over record vectors (hnswlib-node), labels = record positions. */
export class VectorIndex {
  private constructor(
    private readonly hnsw: HierarchicalNSW,
    readonly size: number,
  ) {
    hnsw.setEf(SEARCH_EF);
  }

  static build(vectors: number[][], dimensions: number): VectorIndex {
    const hnsw = new HierarchicalNSW('cosine', dimensions);
    hnsw.initIndex(Math.max(1, vectors.length), 16, 200, 42);
    vectors.forEach((vector, label) => hnsw.addPoint(vector, label));
    return new VectorIndex(hnsw, vectors.length);
  }

  static read(file: string, dimensions: number): VectorIndex {
    const hnsw = new HierarchicalNSW('cosine', dimensions);
    hnsw.readIndexSync(file);
    return new VectorIndex(hnsw, hnsw.getCurrentCount());
  }

  write(file: string): void {
    this.hnsw.writeIndexSync(file);
  }

  /** Exact cosine similarity between a query vector and one stored record. */
  similarity(vector: number[], index: number): number {
    const stored = this.hnsw.getPoint(index);
    let dot = 0;
    let a = 0;
    let b = 0;
    for (let i = 0; i < stored.length; i++) {
      dot += stored[i]! * vector[i]!;
      a += stored[i]! * stored[i]!;
      b += vector[i]! * vector[i]!;
    }
    return a && b ? dot / Math.sqrt(a * b) : 0;
  }

  query(vector: number[], limit: number, filter?: (index: number) => boolean): VectorHit[] {
    const k = Math.min(limit, this.size);
    if (k === 0) return [];
    const result = this.hnsw.searchKnn(vector, k, filter);
    return result.neighbors.map((index, i) => ({ index, similarity: 1 - result.distances[i]! }));
  }
}
