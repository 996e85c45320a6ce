import { Embeddings } from '@langchain/core/embeddings';
import { OpenAIEmbeddings } from '@langchain/openai';
import { ErrorCode, RapporteurError } from '../errors.js';
import type { IdentifiedEmbeddings } from './embedding-cache.js';
import { UseLiteEmbeddings } from './use-lite-embeddings.js';

export interface EmbeddingsOptions {
  provider: 'use-lite' | 'openai' | 'transformers';
  model?: string;
  openAIApiKey?: string;
  openAIBaseUrl?: string;
  transformersModelDir?: string;
}

/** Gives any LangChain `Embeddings` an identity for caches and index manifests. */
function identified(embeddings: Embeddings, modelId: string): IdentifiedEmbeddings {
  return Object.assign(embeddings, { modelId });
}

/** A local @huggingface/transformers feature-extraction model, loaded from a folder only. */
async function transformersEmbeddings(modelDir: string): Promise<IdentifiedEmbeddings> {
  const moduleName = '@huggingface/transformers';
  let transformers: {
    env: { allowRemoteModels: boolean; localModelPath: string };
    pipeline: (task: string, model: string) => Promise<(texts: string[], o: object) => Promise<{ tolist(): number[][] }>>;
  };
  try {
    transformers = await import(moduleName);
  } catch {
    throw new RapporteurError(
      ErrorCode.EmbedderUnavailable,
      'EMBEDDINGS_PROVIDER=transformers needs the optional package: npm install @huggingface/transformers',
    );
  }
  transformers.env.allowRemoteModels = false;
  transformers.env.localModelPath = modelDir;
  const extract = await transformers.pipeline('feature-extraction', '.');
  class LocalTransformersEmbeddings extends Embeddings {
    async embedDocuments(texts: string[]): Promise<number[][]> {
      return (await extract(texts, { pooling: 'mean', normalize: true })).tolist();
    }
    async embedQuery(text: string): Promise<number[]> {
      return (await this.embedDocuments([text]))[0]!;
    }
  }
  return identified(new LocalTransformersEmbeddings({}), `transformers:${modelDir}`);
}

/** The configured embeddings provider; the offline USE-lite model unless told otherwise. */
export async function createEmbeddings(options: EmbeddingsOptions): Promise<IdentifiedEmbeddings> {
  switch (options.provider) {
    case 'use-lite':
      return new UseLiteEmbeddings();
    case 'openai': {
      if (!options.openAIApiKey) {
        throw new RapporteurError(ErrorCode.ConfigInvalid, 'EMBEDDINGS_PROVIDER=openai needs OPENAI_API_KEY.');
      }
      const model = options.model ?? 'text-embedding-3-small';
      const embeddings = new OpenAIEmbeddings({
        model,
        apiKey: options.openAIApiKey,
        configuration: options.openAIBaseUrl ? { baseURL: options.openAIBaseUrl } : undefined,
      });
      return identified(embeddings, `openai:${model}@${options.openAIBaseUrl ?? 'default'}`);
    }
    case 'transformers':
      if (!options.transformersModelDir) {
        throw new RapporteurError(ErrorCode.ConfigInvalid, 'EMBEDDINGS_PROVIDER=transformers needs TRANSFORMERS_MODEL_DIR.');
      }
      return transformersEmbeddings(options.transformersModelDir);
  }
}
