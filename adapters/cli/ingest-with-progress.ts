import { SingleBar, Presets } from 'cli-progress';
import { configuredEmbeddings } from '../../bot/rapporteur.js';
import type { Config } from '../../bot/config.js';
import type { Logger } from '../../bot/logger.js';
import { ingestCorpus, type IngestReport } from '../../retrieval/index/ingest-corpus.js';
import { logIngestReport } from './ingest-report.js';

/** How often progress is logged where there is no terminal to draw a bar on. */
const LOGGED_PROGRESS_MS = 10_000;

interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** A bar on a terminal (count and seconds elapsed). */
function progressBar(): Progress {
  const bar = new SingleBar(
    {
      // Elapsed seconds, not an ETA: the worker pool reports in bursts, so cli-progress's estimate
      // jumped about ("ETA 41m40s", "ETA NFs") and its minutes formatting printed "1m60s".
      format: 'Embedding {bar} {value}/{total} texts | {duration}s',
      stream: process.stderr,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** Without a terminal (CI, containers, log files): a log entry every ten seconds, so logs stay one JSON object per line. */
function loggedProgress(logger: Logger): Progress {
  let last = 0;
  return {
    update(done, total) {
      if (Date.now() - last < LOGGED_PROGRESS_MS && done < total) return;
      last = Date.now();
      logger.info({ done, total }, 'embedding the reports');
    },
    stop() {},
  };
}

/**
 * Builds the index from the seeds showing progress (a bar on a terminal, log entries elsewhere),
 * since the first embedding of the corpus takes over a minute on two cores, then logs the ingest report.
 */
export async function ingestWithProgress(config: Config, logger: Logger): Promise<IngestReport> {
  const embeddings = await configuredEmbeddings(config);
  const progress = process.stderr.isTTY ? progressBar() : loggedProgress(logger);
  const report = await ingestCorpus({
    seedsDir: config.SEEDS_DIR,
    dataDir: config.DATA_DIR,
    embeddings,
    onProgress: ({ done, total, toEmbed }) => {
      if (toEmbed > 0) progress.update(done, total);
    },
  });
  progress.stop();
  logIngestReport(report, logger);
  logger.info(
    { records: report.manifest.records, embedded: report.embedded, dataDir: config.DATA_DIR, builtAt: report.manifest.builtAt },
    'index built and published: a running server answers from it within seconds',
  );
  return report;
}
