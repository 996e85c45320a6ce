import { Rapporteur } from '../../bot/rapporteur.js';
import { openCorpusIndex } from '../../retrieval/index/corpus-index.js';
import { UseLiteEmbeddings } from '../../retrieval/embeddings/use-lite-embeddings.js';
import type { StateStore } from '../../bot/state/state-store.js';
import { SEEDS_DIR, SHARED_INDEX_DIR } from './test-paths.js';

let shared: Promise<Rapporteur> | undefined;

/** The real answer pipeline over the full-corpus index built by the global setup (one per test file). */
export function sharedRapporteur(): Promise<Rapporteur> {
  shared ??= (async () => {
    const embeddings = new UseLiteEmbeddings();
    const index = await openCorpusIndex({ seedsDir: SEEDS_DIR, dataDir: SHARED_INDEX_DIR, embeddings });
    await embeddings.embedQuery('warm-up');
    return new Rapporteur(index);
  })();
  return shared;
}

/** A Rapporteur over the shared index with its own state store (for follow-up tests). */
export async function rapporteurWithStore(store: StateStore): Promise<Rapporteur> {
  const base = await sharedRapporteur();
  return new Rapporteur(base.index, { store });
}
