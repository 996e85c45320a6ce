import type { ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INDEX_FILES } from '../../retrieval/index/index-manifest.js';
import { REPO_ROOT, SEEDS_DIR, SHARED_INDEX_DIR } from '../support/test-paths.js';
import { postJson } from './serve-for-test.js';
import { spawnServer } from './spawn-server.js';

const MAIN = join(REPO_ROOT, 'adapters', 'server', 'main.ts');

/** `npm start`'s environment on a machine with no chat credentials and no language model. */
function startEnv(dataDir: string, seedsDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEEDS_DIR: seedsDir, LOG_LEVEL: 'info' };
  for (const name of Object.keys(env)) {
    if (/^(SLACK_|Microsoft|LLM_|OPENAI_|ANTHROPIC_|OLLAMA_)/.test(name)) delete env[name];
  }
  return env;
}

let child: ChildProcess | undefined;
let scratch: string | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('npm start (adapters/server/main.ts)', () => {
  it('loads an existing index, says which channels are live, answers, and stops on SIGTERM', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'rapporteur-start-'));
    const dataDir = join(scratch, 'data');
    mkdirSync(dataDir);
    // Every part of the index but the embedding cache, which only ingest reads.
    for (const entry of Object.values(INDEX_FILES).filter((file) => file !== INDEX_FILES.embeddingCache)) {
      cpSync(join(SHARED_INDEX_DIR, entry), join(dataDir, entry), { recursive: true });
    }
    const server = spawnServer(MAIN, [], startEnv(dataDir, SEEDS_DIR));
    child = server.child;

    const live = await server.logged('playground live at ');
    const url = String(live.url).replace(/\/$/, '');
    expect(server.lines.map((l) => l.msg)).toEqual(
      expect.arrayContaining([
        'slack off: set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (HTTP at /slack/events) or SLACK_APP_TOKEN (Socket Mode) to enable it',
        'MicrosoftAppId is not set: /api/messages accepts unauthenticated activities (local use only)',
        `teams live at ${url}/api/messages`,
      ]),
    );
    await server.logged('ready: ask at ');
    expect(server.lines.some((l) => l.msg.startsWith('no index yet'))).toBe(false);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    const { status, json } = await postJson(`${url}/api/ask`, { question: 'status of Resolution 44 fellowships' });
    expect(status).toBe(200);
    expect(json.citations[0].actionItem).toBe('44-30');
    expect((await fetch(`${url}/`)).status).toBe(200);

    child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.lines.at(-1)).toMatchObject({ msg: 'stopped', code: 0 });
  });

  it('on first run serves probes while a child process builds the index, then becomes ready', async () => {
    // One short report keeps the build to seconds; the path is the same as for the full corpus.
    scratch = mkdtempSync(join(tmpdir(), 'rapporteur-first-run-'));
    const seedsDir = join(scratch, 'seeds');
    mkdirSync(seedsDir);
    const manifest = JSON.parse(readFileSync(join(SEEDS_DIR, 'manifest.json'), 'utf8')) as { documents: { file: string }[] };
    manifest.documents = manifest.documents.filter((d) => d.file.startsWith('001_'));
    writeFileSync(join(seedsDir, 'manifest.json'), JSON.stringify(manifest));
    copyFileSync(join(SEEDS_DIR, manifest.documents[0]!.file), join(seedsDir, manifest.documents[0]!.file));

    const server = spawnServer(MAIN, [], startEnv(join(scratch, 'data'), seedsDir));
    child = server.child;
    const url = String((await server.logged('playground live at ')).url).replace(/\/$/, '');
    await server.logged('no index yet: building it from the seeds');

    // The build cannot be done yet: the child process has still to start and load its model.
    const during = await fetch(`${url}/readyz`);
    expect(during.status).toBe(503);
    expect(await during.json()).toEqual({ status: 'starting', detail: 'building the index from the seeds' });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const early = await postJson(`${url}/api/ask`, { question: 'regional offices' });
    expect(early).toMatchObject({ status: 503, json: { error: 'Rapporteur is still loading its index. Try again in a minute.' } });
    // Expected while the index is built: an info line, not an error with a stack.
    const declined = await server.logged('POST /api/ask 503');
    expect(declined.level).toBe(30);
    expect(declined).not.toHaveProperty('err');

    await server.logged('index built');
    await server.logged('ready: ask at ');
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const { status, json } = await postJson(`${url}/api/ask`, { question: 'What did the regional offices do in 2025?' });
    expect(status).toBe(200);
    expect(json.citations.length).toBeGreaterThan(0);
    expect(json.citations[0].document).toBe(manifest.documents[0]!.file);

    child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
