import { execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeSlackApi } from '../support/fake-slack-api.js';
import { eventEnvelope, mentionEvent, sendEvent } from '../support/slack-requests.js';
import { REPO_ROOT, SEEDS_DIR, SHARED_INDEX_DIR } from '../support/test-paths.js';
import { spawnLogged, spawnServer } from './spawn-server.js';

const MAIN = join(REPO_ROOT, 'adapters', 'server', 'main.ts');
const SIGNING_SECRET = 'shutdown-test-signing-secret';

let children: ChildProcess[] = [];
let orphanPid: number | undefined;
let scratch: string | undefined;
let fake: FakeSlackApi | undefined;
afterEach(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children = [];
  if (orphanPid !== undefined && isRunning(orphanPid)) process.kill(orphanPid, 'SIGKILL');
  orphanPid = undefined;
  await fake?.close();
  fake = undefined;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

/** A data dir holding a copy of the shared full-corpus index, so the server is ready in seconds. */
function dataDirWithIndex(): string {
  scratch = mkdtempSync(join(tmpdir(), 'rapporteur-shutdown-'));
  const dataDir = join(scratch, 'data');
  cpSync(SHARED_INDEX_DIR, dataDir, { recursive: true });
  return dataDir;
}

/** `npm start`'s environment with no chat credentials and no language model, plus `extra`. */
function serverEnv(dataDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEEDS_DIR, LOG_LEVEL: 'info' };
  for (const name of Object.keys(env)) {
    if (/^(SLACK_|Microsoft|LLM_|OPENAI_|ANTHROPIC_|OLLAMA_|npm_)/.test(name)) delete env[name];
  }
  return { ...env, ...extra };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Every process below `pid`, from `ps`. */
function descendants(pid: number): number[] {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const below = table.filter(([, parent]) => parent === pid).map(([child]) => child);
  return below.flatMap((child) => [child, ...descendants(child)]);
}

function commandOf(pid: number): string {
  return execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' }).trim();
}

/** True when nothing listens on the port any more (this process can take it). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

describe('shutdown', () => {
  it('`npm start`: SIGTERM to npm (which exits at once) also stops the node server and frees the port', async () => {
    const npm = spawnLogged('npm', ['start', '--silent'], { cwd: REPO_ROOT, env: serverEnv(dataDirWithIndex()) });
    children.push(npm.child);
    const ready = await npm.logged('ready: ask at ');
    const port = Number(new URL(String(ready.url)).port);
    // npm → sh → node: the server is the node process under npm's shell.
    const [serverPid] = descendants(npm.child.pid!).filter((pid) => commandOf(pid).startsWith('node --import tsx adapters/server/main.ts'));
    expect(serverPid).toBeDefined();
    orphanPid = serverPid;
    expect(await portIsFree(port)).toBe(false);

    npm.child.kill('SIGTERM');
    await npm.exited;

    await vi.waitFor(() => expect(isRunning(serverPid!)).toBe(false), { timeout: 15_000, interval: 100 });
    expect(await portIsFree(port)).toBe(true);
    expect(npm.lines.find((l) => l.msg === 'shutting down: finishing answers in flight')).toMatchObject({ reason: 'parent process exited' });
    expect(npm.lines.at(-1)).toMatchObject({ msg: 'stopped', code: 0 });
  });

  it('with the Slack API hanging, SIGTERM exits by the deadline (SHUTDOWN_TIMEOUT_MS), aborting the Slack call', async () => {
    fake = await FakeSlackApi.start();
    fake.stall('chat.postMessage');
    const deadlineMs = 3000;
    const server = spawnServer(
      MAIN,
      [],
      serverEnv(dataDirWithIndex(), {
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: fake.apiUrl,
        SHUTDOWN_TIMEOUT_MS: String(deadlineMs),
      }),
    );
    children.push(server.child);
    const url = String((await server.logged('ready: ask at ')).url).replace(/\/$/, '');

    const mention = eventEnvelope(mentionEvent({ text: '<@UBOT> status of Resolution 44 fellowships', ts: '1700000500.000100' }));
    expect((await sendEvent(`${url}/slack/events`, SIGNING_SECRET, mention)).status).toBe(200);
    await fake.waitFor(() => fake!.callsTo('chat.postMessage').length === 1, 15_000, 'the hanging chat.postMessage');

    const signalled = performance.now();
    server.child.kill('SIGTERM');
    const code = await server.exited;
    const took = performance.now() - signalled;

    expect(took).toBeGreaterThanOrEqual(deadlineMs - 100);
    expect(took).toBeLessThan(deadlineMs + 1500);
    expect(code).toBe(1);
    const messages = server.lines.map((l) => l.msg);
    expect(messages).toContain('Slack answers still in flight at the shutdown deadline; aborting their calls');
    expect(server.lines.at(-1)).toMatchObject({ msg: 'stopped', code: 1 });
  });
});
