import { openCorpusIndex } from '../../retrieval/index/corpus-index.js';
import { ingestCorpus } from '../../retrieval/index/ingest-corpus.js';
import { UseLiteEmbeddings } from '../../retrieval/embeddings/use-lite-embeddings.js';
import { SEEDS_DIR, SHARED_INDEX_DIR } from './test-paths.js';

/**
 * Embeds the full corpus at most once per run: reuses the index when it matches the seeds,
 * otherwise rebuilds it (the embedding cache keeps unchanged texts from being embedded again).
 */
export default async function setup(): Promise<void> {
  const embeddings = new UseLiteEmbeddings();
  try {
    await openCorpusIndex({ seedsDir: SEEDS_DIR, dataDir: SHARED_INDEX_DIR, embeddings });
  } catch {
    await ingestCorpus({ seedsDir: SEEDS_DIR, dataDir: SHARED_INDEX_DIR, embeddings });
  }
}
