import type { Config } from '../../bot/config.js';
import type { Logger } from '../../bot/logger.js';
import { openRapporteur, type Rapporteur } from '../../bot/rapporteur.js';
import type { StateStore } from '../../bot/state/state-store.js';
import { ErrorCode, asRapporteurError } from '../../retrieval/errors.js';
import { runIngestProcess } from './ingest-process.js';
import type { Readiness } from './readiness.js';

/** Errors that a fresh ingest fixes; anything else (seeds missing, bad embedder) it would not. */
const INGEST_FIXES = new Set([ErrorCode.IndexMissing, ErrorCode.IndexStale, ErrorCode.IndexCorrupt]);

/**
 * Opens the persisted index (about a second), or on first run, after the seeds changed or
 * after a broken ingest builds it first, in a child process with a progress bar (one to two
 * minutes on two cores) while this process keeps serving probes. `signal` aborts the build on
 * shutdown.
 */
export async function prepareRapporteur(
  config: Config,
  deps: { logger: Logger; store: StateStore; readiness: Readiness; signal: AbortSignal },
): Promise<Rapporteur> {
  try {
    return await openRapporteur(config, { logger: deps.logger, store: deps.store });
  } catch (thrown) {
    const error = asRapporteurError(thrown);
    if (!INGEST_FIXES.has(error.code)) throw error;
    deps.logger.info(
      { code: error.code, reason: error.message, seedsDir: config.SEEDS_DIR },
      error.code === ErrorCode.IndexMissing
        ? 'no index yet: building it from the seeds (first run; one to two minutes on two cores)'
        : 'index out of date: rebuilding it from the seeds',
    );
    deps.readiness.progress('building the index from the seeds');
  }
  await runIngestProcess(deps.signal);
  deps.readiness.progress('loading the index');
  return openRapporteur(config, { logger: deps.logger, store: deps.store });
}
