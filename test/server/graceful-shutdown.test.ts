import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'slow-server.ts');

interface LogLine {
  msg: string;
  [key: string]: unknown;
}

/** Runs the fixture server and lets the test wait for its log lines. */
function startFixture(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  const waiters: { msg: string; resolve: (line: LogLine) => void }[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  createInterface({ input: child.stdout! }).on('line', (text) => {
    const line = JSON.parse(text) as LogLine;
    lines.push(line);
    for (const waiter of waiters.filter((w) => w.msg === line.msg)) waiter.resolve(line);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const logged = (msg: string) =>
    new Promise<LogLine>((resolve, reject) => {
      const seen = lines.find((l) => l.msg === msg);
      if (seen) return resolve(seen);
      waiters.push({ msg, resolve });
      void exited.then((code) => reject(new Error(`server exited (${code}) before logging "${msg}": ${stderr}`)));
    });
  return { child, lines, logged, exited };
}

let child: ChildProcess | undefined;
let dataDir: string | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('SIGTERM', () => {
  it('stops accepting, finishes the answer in flight, closes the state store and exits 0', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'rapporteur-shutdown-'));
    const server = startFixture(dataDir);
    child = server.child;
    const { url } = (await server.logged('listening')) as LogLine & { url: string };
    // SQLite keeps a write-ahead log beside an open WAL database and removes it on a clean close.
    expect(existsSync(join(dataDir, 'state.sqlite-wal'))).toBe(true);

    const inFlight = fetch(`${url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'status of Resolution 44 fellowships' }),
    });
    await server.logged('answering');
    child.kill('SIGTERM');
    await server.logged('shutting down: finishing answers in flight');

    await expect(fetch(`${url}/healthz`)).rejects.toThrow();

    const response = await inFlight;
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { question: string; citations: { actionItem: string }[] };
    expect(answer.question).toBe('status of Resolution 44 fellowships');
    expect(answer.citations[0]?.actionItem).toBe('44-30');

    expect(await server.exited).toBe(0);
    expect(existsSync(join(dataDir, 'state.sqlite'))).toBe(true);
    expect(existsSync(join(dataDir, 'state.sqlite-wal'))).toBe(false);
    const messages = server.lines.map((l) => l.msg);
    expect(messages.indexOf('stopped')).toBeGreaterThan(messages.indexOf('shutting down: finishing answers in flight'));
    expect(server.lines.find((l) => l.msg === 'stopped')?.code).toBe(0);
  });
});
