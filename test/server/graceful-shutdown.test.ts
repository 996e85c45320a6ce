import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnServer } from './spawn-server.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'slow-server.ts');

let child: ChildProcess | undefined;
let dataDir: string | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('SIGTERM', () => {
  it('stops accepting, finishes the answer in flight, closes the state store and exits 0', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'rapporteur-shutdown-'));
    const server = spawnServer(FIXTURE, [dataDir]);
    child = server.child;
    const url = String((await server.logged('listening')).url);
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
