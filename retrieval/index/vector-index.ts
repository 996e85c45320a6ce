import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';

/** hnswlib resets ef to 10 whenever it reads an index; 200 keeps recall high for a few thousand units. */
const SEARCH_EF = 200;

export interface VectorHit {
  index: number;
  /** Cosine similarity, 1 = same direction. */
  similarity: number;
}

/** What the store keeps with each vector: the text that was embedded and the record's position. */
export interface VectorEntry {
  vector: number[];
  text: string;
}

/**
 * Cosine nearest-neighbour index over record vectors: LangChain's HNSWLib vector store
 * (hnswlib-node underneath), one Document per record, labels = record positions. It is saved
 * in HNSWLib's own layout (`hnswlib.index`, `args.json`, `docstore.json`), so `store` is also
 * an ordinary LangChain vector store. Queries go to the hnswlib graph directly: the search
 * pipeline is synchronous and filters by record position, while the store's search is
 * asynchronous and filters Documents.
 */
export class VectorIndex {
  readonly size: number;

  private constructor(readonly store: HNSWLib) {
    store.index.setEf(SEARCH_EF);
    this.size = store.index.getCurrentCount();
  }

  /** Indexes the entries in order, so entry i is record i. */
  static async build(entries: VectorEntry[], embeddings: EmbeddingsInterface): Promise<VectorIndex> {
    const dimensions = entries[0]?.vector.length ?? 0;
    const store = new HNSWLib(embeddings, { space: 'cosine', numDimensions: dimensions });
    await store.addVectors(
      entries.map((e) => e.vector),
      entries.map((e, record) => new Document({ pageContent: e.text, metadata: { record } })),
    );
    return new VectorIndex(store);
  }

  /** Loads a directory written by `write`. */
  static async read(directory: string, embeddings: EmbeddingsInterface): Promise<VectorIndex> {
    return new VectorIndex(await HNSWLib.load(directory, embeddings));
  }

  /** Writes the store into `directory` (created if needed). */
  async write(directory: string): Promise<void> {
    await this.store.save(directory);
  }

  /** The vectors' length. */
  get dimensions(): number {
    return this.store.index.getNumDimensions();
  }

  /** Exact cosine similarity between a query vector and one stored record. */
  similarity(vector: number[], index: number): number {
    const stored = this.store.index.getPoint(index);
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
    const result = this.store.index.searchKnn(vector, k, filter);
    return result.neighbors.map((index, i) => ({ index, similarity: 1 - result.distances[i]! }));
  }
}
