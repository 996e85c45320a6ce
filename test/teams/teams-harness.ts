import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import type { Answerer } from '../../bot/answer.js';
import type { Logger } from '../../bot/logger.js';
import { silentLogger } from '../../bot/logger.js';
import { SqliteStateStore } from '../../bot/state/sqlite/sqlite-state-store.js';
import { createTeamsChannel, type TeamsChannel, type TeamsChannelOptions } from '../../adapters/teams/teams-channel.js';
import { startFakeBotConnector, type FakeBotConnector } from '../support/fake-bot-connector.js';

/**
 * The real Teams channel (botbuilder CloudAdapter, no credentials) on an express app over
 * loopback, a real SQLite state file in a temp dir, and the fake Bot Connector at the edge.
 */
export interface TeamsHarness {
  channel: TeamsChannel;
  connector: FakeBotConnector;
  store: SqliteStateStore;
  /** Posts raw JSON (or a string body) to `/api/messages`. */
  post(body: unknown): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
}

export async function startTeamsHarness(
  answerer: Answerer,
  options: Partial<Omit<TeamsChannelOptions, 'answerer' | 'store'>> & { logger?: Logger } = {},
): Promise<TeamsHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'rapporteur-teams-'));
  const store = new SqliteStateStore(join(dir, 'state.sqlite'));
  const connector = await startFakeBotConnector();
  const channel = createTeamsChannel({
    config: {},
    answerer,
    store,
    logger: silentLogger,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...options,
  });
  const app = express();
  channel.mount(app);
  const server: Server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}/api/messages`;

  return {
    channel,
    connector,
    store,
    async post(body) {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: response.status, body: await response.text() };
    },
    async close() {
      await channel.stop?.();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connector.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
