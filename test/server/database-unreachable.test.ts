import { createServer } from 'node:net';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/test-paths.js';
import { spawnServer } from './spawn-server.js';

const MAIN = join(REPO_ROOT, 'adapters', 'server', 'main.ts');

/** A local port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('DATABASE_URL pointing at no database', () => {
  it('stops at start with a message naming the database, and exits 1', { timeout: 60_000 }, async () => {
    const port = await closedPort();
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: `postgres://rapporteur:secret@127.0.0.1:${port}/rapporteur` };
    for (const name of Object.keys(env)) if (/^(SLACK_|Microsoft|LLM_|npm_)/.test(name)) delete env[name];
    const server = spawnServer(MAIN, [], env);
    expect(await server.exited).toBe(1);
    const fatal = server.lines.find((l) => l.level === 60);
    expect(fatal?.msg).toMatch(new RegExp(`^Cannot use the PostgreSQL state store at 127\\.0\\.0\\.1:${port}/rapporteur: .*ECONNREFUSED.*Check DATABASE_URL`));
    expect(JSON.stringify(server.lines)).not.toContain('secret');
  });
});
