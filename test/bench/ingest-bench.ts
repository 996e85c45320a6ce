import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadSeed } from '../../retrieval/corpus/loaders/load-seed.js';
import { parseSeed } from '../../retrieval/corpus/load-corpus.js';
import { parseActionPlan } from '../../retrieval/corpus/parse-action-plan.js';
import type { DocumentInfo } from '../../retrieval/corpus/records.js';
import { UseLiteEmbeddings } from '../../retrieval/embeddings/use-lite-embeddings.js';
import { ingestCorpus } from '../../retrieval/index/ingest-corpus.js';
import { postJson } from '../server/serve-for-test.js';
import { spawnServer } from '../server/spawn-server.js';
import { actionPlanDocx } from '../support/office/action-plan-docx.js';
import { ACTION_PLAN_FILE, actionPlanModel } from '../support/office/action-plan-model.js';
import { actionPlanPdf } from '../support/office/action-plan-pdf.js';
import { makeSmallSeeds } from '../support/small-seeds.js';
import { REPO_ROOT, SEEDS_DIR } from '../support/test-paths.js';

const RUNS = 3;
const NEW_STATUS = 'In March 2023 the TSB opened a second test laboratory in Kigali.';

async function medianMs(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!);
}

/** Parse time of the whole action plan written as a Word file and as a PDF, and as its text export. */
async function parseTimes(): Promise<Record<string, string>> {
  const plan = readFileSync(join(SEEDS_DIR, ACTION_PLAN_FILE), 'utf8');
  const doc: DocumentInfo = { file: ACTION_PLAN_FILE, title: 'plan', edition: '', kind: 'action-plan', series: 'plan', url: '' };
  const numbers = parseActionPlan(plan, doc).resolutions.map((r) => r.number).filter((n) => /^\d+$/.test(n));
  const model = actionPlanModel(numbers);
  const dir = mkdtempSync(join(tmpdir(), 'rapporteur-bench-office-'));
  writeFileSync(join(dir, 'plan.docx'), await actionPlanDocx(model));
  writeFileSync(join(dir, 'plan.pdf'), await actionPlanPdf(model));
  writeFileSync(join(dir, 'plan.txt'), plan);
  const figures: Record<string, string> = {};
  for (const file of ['plan.txt', 'plan.docx', 'plan.pdf']) {
    const doc: DocumentInfo = { file, title: 'plan', edition: '', kind: 'action-plan', series: 'plan', url: '' };
    let items = 0;
    const ms = await medianMs(async () => {
      items = parseSeed(doc, await loadSeed(dir, file)).records.filter((r) => r.kind === 'action-item').length;
    });
    figures[`action plan parse, ${file.split('.')[1]} (${items} items)`] = `${ms} ms`;
  }
  rmSync(dir, { recursive: true, force: true });
  return figures;
}

/** From a finished ingest to the running server's first answer from the new edition. */
async function reloadTime(): Promise<number> {
  const embeddings = new UseLiteEmbeddings();
  const seedsDir = makeSmallSeeds();
  const dataDir = mkdtempSync(join(tmpdir(), 'rapporteur-bench-live-'));
  await ingestCorpus({ seedsDir, dataDir, embeddings });
  const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEEDS_DIR: seedsDir, LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '100000' };
  for (const name of Object.keys(env)) if (/^(SLACK_|Microsoft|LLM_|OPENAI_|ANTHROPIC_|OLLAMA_)/.test(name)) delete env[name as keyof typeof env];
  const server = spawnServer(join(REPO_ROOT, 'adapters', 'server', 'main.ts'), [], env);
  try {
    const url = String((await server.logged('playground live at ')).url).replace(/\/$/, '');
    await server.logged('ready: ask at ');
    const excerpt = join(seedsDir, 'action-plan-excerpt.txt');
    const text = readFileSync(excerpt, 'utf8');
    const end = text.lastIndexOf('\n\n', text.indexOf('\t44-05'));
    writeFileSync(excerpt, `${text.slice(0, end)}\n${NEW_STATUS}${text.slice(end)}`);
    await ingestCorpus({ seedsDir, dataDir, embeddings });
    const finished = performance.now();
    while (!String((await postJson(`${url}/api/ask`, { question: 'What is the status of 44-03?' })).json.text).includes('Kigali')) {
      if (performance.now() - finished > 30_000) throw new Error('the server did not answer from the new index within 30 s');
    }
    return Math.round(performance.now() - finished);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Ingest of new editions: Word and PDF parse time for the action plan, and live reload latency. */
export async function benchIngest(): Promise<Record<string, string>> {
  return { ...(await parseTimes()), 'finished ingest → running server answers from it': `${await reloadTime()} ms` };
}
