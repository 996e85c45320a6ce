import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { asRapporteurError } from '../../retrieval/errors.js';
import { ingestWithProgress } from './ingest-with-progress.js';

/** `npm run ingest`: seeds → persisted index in DATA_DIR. */
try {
  const config = loadConfig();
  await ingestWithProgress(config, createLogger(config.LOG_LEVEL));
} catch (error) {
  const coded = asRapporteurError(error);
  process.stderr.write(`Ingest failed: ${coded.message}\n`);
  process.exitCode = 1;
}
