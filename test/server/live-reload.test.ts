import type { ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIngestReport } from '../../adapters/cli/ingest-report.js';
import { UseLiteEmbeddings } from '../../retrieval/embeddings/use-lite-embeddings.js';
import { ErrorCode } from '../../retrieval/errors.js';
import { ingestCorpus } from '../../retrieval/index/ingest-corpus.js';
import { capturingLogger } from '../support/capturing-logger.js';
import { makeSmallSeeds } from '../support/small-seeds.js';
import { REPO_ROOT } from '../support/test-paths.js';
import { postJson } from './serve-for-test.js';
import { spawnServer, type SpawnedServer } from './spawn-server.js';

const MAIN = join(REPO_ROOT, 'adapters', 'server', 'main.ts');
const NEW_STATUS = 'In March 2023 the TSB opened a second test laboratory for emerging technologies in Kigali.';
const QUESTION = 'What is the status of 44-03?';

describe('live reload: a running server answers from each new ingest', () => {
  const embeddings = new UseLiteEmbeddings();
  let seedsDir: string;
  let dataDir: string;
  let server: SpawnedServer;
  let child: ChildProcess | undefined;
  let url: string;

  beforeAll(async () => {
    seedsDir = makeSmallSeeds();
    dataDir = mkdtempSync(join(tmpdir(), 'rapporteur-live-'));
    await ingestCorpus({ seedsDir, dataDir, embeddings });
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEEDS_DIR: seedsDir, LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '100000' };
    for (const name of Object.keys(env)) if (/^(SLACK_|Microsoft|LLM_|OPENAI_|ANTHROPIC_|OLLAMA_)/.test(name)) delete env[name];
    server = spawnServer(MAIN, [], env);
    child = server.child;
    url = String((await server.logged('playground live at ')).url).replace(/\/$/, '');
    await server.logged('ready: ask at ');
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await server.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('swaps in the new edition between questions: no question fails, the new status is answered', async () => {
    const before = await (await fetch(`${url}/readyz`)).json();
    expect(before.index).toMatchObject({ builtAt: expect.any(String), seedsChecksum: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const first = await postJson(`${url}/api/ask`, { question: QUESTION });
    expect(first.json.text).not.toContain('Kigali');

    // Questions keep coming while the seed changes, the index is rebuilt and swapped.
    const statuses: number[] = [];
    let asking = true;
    const loop = (async () => {
      while (asking) statuses.push((await postJson(`${url}/api/ask`, { question: QUESTION })).status);
    })();

    const excerpt = join(seedsDir, 'action-plan-excerpt.txt');
    const text = readFileSync(excerpt, 'utf8');
    const next = text.indexOf('\t44-05');
    const end = text.lastIndexOf('\n\n', next);
    writeFileSync(excerpt, `${text.slice(0, end)}\n${NEW_STATUS}${text.slice(end)}`);
    const report = await ingestCorpus({ seedsDir, dataDir, embeddings });
    const swapped = await server.logged('new index edition in use');
    expect(swapped.builtAt).toBe(report.manifest.builtAt);
    asking = false;
    await loop;

    expect(statuses.length).toBeGreaterThan(5);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const after = await postJson(`${url}/api/ask`, { question: QUESTION });
    expect(after.json.text).toContain('Kigali');
    const ready = await (await fetch(`${url}/readyz`)).json();
    expect(ready.index).toEqual({ builtAt: report.manifest.builtAt, seedsChecksum: report.manifest.corpusChecksum, records: report.manifest.records });
    expect(ready.index.seedsChecksum).not.toBe(before.index.seedsChecksum);

    // Ingest reports the change with the digest's own diff.
    const { logger, lines } = capturingLogger();
    logIngestReport(report, logger);
    expect(lines.map((l) => l.msg)).toContain(`  44-03 changed: New status: “${NEW_STATUS}”`);
  });

  it('keeps the previous index when no seed can be read', async () => {
    const manifest = readFileSync(join(dataDir, 'manifest.json'), 'utf8');
    const unreadable = mkdtempSync(join(tmpdir(), 'rapporteur-unreadable-'));
    writeFileSync(join(unreadable, 'empty.txt'), '');
    appendFileSync(join(unreadable, 'broken.docx'), 'PK\x03\x04 not really a zip');
    await expect(ingestCorpus({ seedsDir: unreadable, dataDir, embeddings })).rejects.toMatchObject({
      code: ErrorCode.SeedsMissing,
      message: expect.stringContaining('empty.txt: empty file (0 bytes)'),
    });
    expect(readFileSync(join(dataDir, 'manifest.json'), 'utf8')).toBe(manifest);
    expect((await postJson(`${url}/api/ask`, { question: QUESTION })).json.text).toContain('Kigali');
  });
});
