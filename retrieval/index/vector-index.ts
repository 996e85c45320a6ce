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
  /** The record this vector stands for; a record may have several (an action item has two). */
  record: number;
}

/**
 * Cosine nearest-neighbour index over record vectors: LangChain's HNSWLib vector store
 * (hnswlib-node underneath), one Document per vector whose metadata names its record (a record
 * may have several vectors; a record's similarity is its closest vector's). It is saved
 * in HNSWLib's own layout (`hnswlib.index`, `args.json`, `docstore.json`), so `store` is also
 * an ordinary LangChain vector store. Queries go to the hnswlib graph directly: the search
 * pipeline is synchronous and filters by record position, while the store's search is
 * asynchronous and filters Documents.
 */
export class VectorIndex {
  /** How many records have vectors. */
  readonly size: number;
  /** hnswlib label → record position. */
  private readonly recordOf: number[] = [];
  /** Record position → its hnswlib labels. */
  private readonly labelsOf = new Map<number, number[]>();

  private constructor(readonly store: HNSWLib) {
    store.index.setEf(SEARCH_EF);
    for (const [label, document] of store.docstore._docs) {
      const record = (document.metadata as { record: number }).record;
      this.recordOf[Number(label)] = record;
      this.labelsOf.set(record, [...(this.labelsOf.get(record) ?? []), Number(label)]);
    }
    this.size = this.labelsOf.size;
  }

  static async build(entries: VectorEntry[], embeddings: EmbeddingsInterface): Promise<VectorIndex> {
    const dimensions = entries[0]?.vector.length ?? 0;
    const store = new HNSWLib(embeddings, { space: 'cosine', numDimensions: dimensions });
    await store.addVectors(
      entries.map((e) => e.vector),
      entries.map((e) => new Document({ pageContent: e.text, metadata: { record: e.record } })),
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

  /** Exact cosine similarity between a query vector and one stored record (its closest vector). */
  similarity(vector: number[], record: number): number {
    return Math.max(0, ...(this.labelsOf.get(record) ?? []).map((label) => this.cosine(vector, label)));
  }

  private cosine(vector: number[], label: number): number {
    const stored = this.store.index.getPoint(label);
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

  /** The `limit` records closest to the vector, each once, at its closest vector's similarity. */
  query(vector: number[], limit: number, filter?: (record: number) => boolean): VectorHit[] {
    const labels = this.store.index.getCurrentCount();
    // Several vectors may belong to one record: ask for enough labels to fill `limit` records.
    const k = Math.min(labels, limit * Math.ceil(labels / Math.max(1, this.size)));
    if (k === 0) return [];
    const result = this.store.index.searchKnn(vector, k, filter ? (label) => filter(this.recordOf[label]!) : undefined);
    const best = new Map<number, number>();
    result.neighbors.forEach((label, i) => {
      const record = this.recordOf[label]!;
      best.set(record, Math.max(best.get(record) ?? -1, 1 - result.distances[i]!));
    });
    return [...best]
      .map(([index, similarity]) => ({ index, similarity }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, limit);
  }
}
