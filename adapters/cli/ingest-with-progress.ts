import { SingleBar, Presets } from 'cli-progress';
import { configuredEmbeddings } from '../../bot/rapporteur.js';
import type { Config } from '../../bot/config.js';
import type { Logger } from '../../bot/logger.js';
import { ingestCorpus, type IngestReport } from '../../retrieval/index/ingest-corpus.js';
import { logIngestReport } from './ingest-report.js';

/**
 * Builds the index from the seeds with a progress bar (count and seconds elapsed) on stderr, since the
 * first embedding of the corpus takes over a minute on two cores, then logs the ingest report.
 */
export async function ingestWithProgress(config: Config, logger: Logger): Promise<IngestReport> {
  const embeddings = await configuredEmbeddings(config);
  const bar = new SingleBar(
    {
      // Elapsed seconds, not an ETA: the worker pool reports in bursts, so cli-progress's estimate
      // jumped about ("ETA 41m40s", "ETA NFs") and its minutes formatting printed "1m60s".
      format: 'Embedding {bar} {value}/{total} texts | {duration}s',
      stream: process.stderr,
      hideCursor: true,
      // Without a terminal (CI, containers, logs) print a progress line every ten seconds.
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    Presets.shades_classic,
  );
  let started = false;
  const report = await ingestCorpus({
    seedsDir: config.SEEDS_DIR,
    dataDir: config.DATA_DIR,
    embeddings,
    onProgress: ({ done, total, toEmbed }) => {
      if (toEmbed === 0) return;
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
  });
  if (started) bar.stop();
  logIngestReport(report, logger);
  logger.info(
    { records: report.manifest.records, embedded: report.embedded, dataDir: config.DATA_DIR, builtAt: report.manifest.builtAt },
    'index built and published: a running server answers from it within seconds',
  );
  return report;
}
