import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rapporteur } from '../../bot/rapporteur.js';
import { openCorpusIndex } from '../../retrieval/index/corpus-index.js';
import { ingestCorpus } from '../../retrieval/index/ingest-corpus.js';
import { UseLiteEmbeddings } from '../../retrieval/embeddings/use-lite-embeddings.js';
import { REPO_ROOT, SEEDS_DIR } from '../support/test-paths.js';

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * Cold ingest of the five seeds (empty data dir, no embedding cache), warm re-ingest, index
 * load, and in-process answer latency over the dev questions, with peak RSS.
 */
export async function benchRetrieval(): Promise<{ figures: Record<string, string | number>; bot: Rapporteur }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rapporteur-bench-'));
  const embeddings = new UseLiteEmbeddings();
  let started = performance.now();
  const cold = await ingestCorpus({ seedsDir: SEEDS_DIR, dataDir, embeddings });
  const coldMs = performance.now() - started;

  started = performance.now();
  await ingestCorpus({ seedsDir: SEEDS_DIR, dataDir, embeddings });
  const warmMs = performance.now() - started;

  started = performance.now();
  const index = await openCorpusIndex({ seedsDir: SEEDS_DIR, dataDir, embeddings });
  const loadMs = performance.now() - started;

  const bot = new Rapporteur(index);
  const questions = readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'eval', 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { q: string }).q);
  await bot.ask(questions[0]!);
  const latencies: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const question of questions) {
      const t = performance.now();
      await bot.ask(question);
      latencies.push(performance.now() - t);
    }
  }
  const figures = {
    'cold ingest (5 seeds, records)': `${seconds(coldMs)} (${cold.manifest.records} records)`,
    'warm re-ingest': seconds(warmMs),
    'index load': `${loadMs.toFixed(0)} ms`,
    'answer latency p50': `${percentile(latencies, 50).toFixed(1)} ms`,
    'answer latency p95': `${percentile(latencies, 95).toFixed(1)} ms`,
    'peak RSS (ingest + answers)': `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  };
  return { figures, bot };
}
