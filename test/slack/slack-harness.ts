import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import type { Answerer } from '../../bot/answer.js';
import { loadConfig } from '../../bot/config.js';
import { SqliteStateStore } from '../../bot/state/sqlite/sqlite-state-store.js';
import { createSlackChannel, SLACK_EVENTS_ROUTE, type SlackChannel, type SlackChannelOptions } from '../../adapters/slack/slack-channel.js';
import { FakeSlackApi } from '../support/fake-slack-api.js';

export const SIGNING_SECRET = 'test-signing-secret-8f14e45fceea167a';

/** A structured log line the channel wrote. */
export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/**
 * The real Slack channel (Bolt App + ExpressReceiver) mounted on an express app listening on
 * a free loopback port, its WebClient pointed at the fake Slack Web API, and a real SQLite
 * state file in a temp dir. Log lines are kept so tests can check failures are reported.
 */
export interface SlackHarness {
  channel: SlackChannel;
  fake: FakeSlackApi;
  store: SqliteStateStore;
  stateFile: string;
  /** `http://127.0.0.1:<port>/slack/events` */
  eventsUrl: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  logs: LogLine[];
  close(): Promise<void>;
}

export async function startSlackHarness(
  answerer: Answerer,
  options: Pick<SlackChannelOptions, 'digestPreview'> & {
    /** An existing state file (a restart); it is left in place on close. */
    stateFile?: string;
    /** An existing fake Slack API (a restart); it is left running on close. */
    fake?: FakeSlackApi;
    /** OAuth distribution: the app's credentials instead of the one workspace's bot token. */
    oauth?: boolean;
  } = {},
): Promise<SlackHarness> {
  const { stateFile: givenStateFile, fake: givenFake, oauth, ...channelOptions } = options;
  const dir = mkdtempSync(join(tmpdir(), 'rapporteur-slack-'));
  const stateFile = givenStateFile ?? join(dir, 'state.sqlite');
  const store = new SqliteStateStore(stateFile);
  const fake = givenFake ?? (await FakeSlackApi.start());
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const credentials = oauth
    ? { SLACK_CLIENT_ID: '1000.2000', SLACK_CLIENT_SECRET: 'test-client-secret', SLACK_STATE_SECRET: 'test-state-secret-0123456789' }
    : { SLACK_BOT_TOKEN: 'xoxb-test-token' };
  const config = loadConfig({
    ...credentials,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    DATA_DIR: dir,
  });
  const channel = createSlackChannel({ config, answerer, store, logger: pino({ level: 'debug' }, sink), ...channelOptions });
  const app = express();
  channel.mount(app);
  const server: Server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  await channel.start?.();
  const { port } = server.address() as AddressInfo;

  return {
    channel,
    fake,
    store,
    stateFile,
    eventsUrl: `http://127.0.0.1:${port}${SLACK_EVENTS_ROUTE}`,
    origin: `http://127.0.0.1:${port}`,
    logs,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await channel.stop?.();
      if (!givenFake) await fake.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
