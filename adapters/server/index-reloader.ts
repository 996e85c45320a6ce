import { watch, watchFile, unwatchFile, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../../bot/logger.js';
import type { Rapporteur } from '../../bot/rapporteur.js';
import { openCorpusIndex, type CorpusIndex } from '../../retrieval/index/corpus-index.js';
import { currentIndexManifest } from '../../retrieval/index/index-editions.js';
import { INDEX_FILES } from '../../retrieval/index/index-manifest.js';

/** Manifest changes closer together than this are one ingest (the rename, then the pruning). */
const DEBOUNCE_MS = 100;
/** Polling for platforms and file systems where `fs.watch` misses renames. */
const POLL_MS = 2_000;

export interface IndexReloaderOptions {
  dataDir: string;
  seedsDir: string;
  rapporteur: Rapporteur;
  logger: Logger;
  /** Told each time a new edition is in place (readiness, digests). */
  onSwap?: (index: CorpusIndex) => void;
}

/**
 * Keeps a running server on the newest index: `npm run ingest` publishes a new edition by
 * renaming the manifest in `DATA_DIR`; this notices (a directory watch, with polling as a
 * fallback), loads the new edition beside the current one and swaps it in between questions.
 * A build that cannot be loaded is logged and the current edition kept.
 */
export class IndexReloader {
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private readonly manifestFile: string;

  constructor(private readonly options: IndexReloaderOptions) {
    this.manifestFile = join(options.dataDir, INDEX_FILES.manifest);
  }

  start(): void {
    try {
      this.watcher = watch(this.options.dataDir, (_event, name) => {
        if (name === null || name === INDEX_FILES.manifest) this.schedule();
      });
      this.watcher.on('error', () => undefined);
      this.watcher.unref();
    } catch {
      // Without directory events the polling below still notices within seconds.
    }
    // Neither watch keeps the process alive: shutdown need not stop them.
    watchFile(this.manifestFile, { interval: POLL_MS }, () => this.schedule()).unref();
  }

  /** Stops watching; a load already under way finishes. */
  async stop(): Promise<void> {
    this.watcher?.close();
    unwatchFile(this.manifestFile);
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reload(), DEBOUNCE_MS);
    this.timer.unref();
  }

  /** Loads the published edition when it is not the one in use; one load at a time. */
  reload(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.load().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        void this.reload();
      }
    });
    return this.running;
  }

  private async load(): Promise<void> {
    const { rapporteur, logger } = this.options;
    const manifest = currentIndexManifest(this.options.dataDir);
    if (!manifest || manifest.edition === rapporteur.index.manifest.edition) return;
    const started = performance.now();
    try {
      const next = await openCorpusIndex({
        seedsDir: this.options.seedsDir,
        dataDir: this.options.dataDir,
        embeddings: rapporteur.index.embeddings,
        checkSeeds: false,
      });
      rapporteur.replaceIndex(next);
      this.options.onSwap?.(next);
      logger.info(
        { builtAt: next.manifest.builtAt, records: next.manifest.records, ms: Math.round(performance.now() - started) },
        'new index edition in use',
      );
    } catch (error) {
      logger.warn({ err: error, edition: manifest.edition }, 'new index edition could not be loaded; answering from the previous one');
    }
  }
}
