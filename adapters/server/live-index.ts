import type { Config } from '../../bot/config.js';
import type { Logger } from '../../bot/logger.js';
import type { Rapporteur } from '../../bot/rapporteur.js';
import type { CorpusIndex } from '../../retrieval/index/corpus-index.js';
import { IndexReloader } from './index-reloader.js';
import type { Readiness } from './readiness.js';

const editionOf = (index: CorpusIndex) => ({
  builtAt: index.manifest.builtAt,
  seedsChecksum: index.manifest.corpusChecksum,
  records: index.manifest.records,
});

/**
 * Puts every new index edition that `npm run ingest` publishes into service while the server
 * runs, and keeps `/readyz` saying which edition answers come from.
 */
export function startLiveIndex(
  config: Pick<Config, 'DATA_DIR' | 'SEEDS_DIR'>,
  deps: { rapporteur: Rapporteur; readiness: Readiness; logger: Logger },
): IndexReloader {
  deps.readiness.useIndex(editionOf(deps.rapporteur.index));
  const reloader = new IndexReloader({
    dataDir: config.DATA_DIR,
    seedsDir: config.SEEDS_DIR,
    rapporteur: deps.rapporteur,
    logger: deps.logger,
    onSwap: (index) => deps.readiness.useIndex(editionOf(index)),
  });
  reloader.start();
  return reloader;
}
