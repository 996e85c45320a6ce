import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config.js';
import { silentLogger } from '../../bot/logger.js';
import { SqliteStateStore } from '../../bot/state/sqlite/sqlite-state-store.js';
import { createServer, type RapporteurServer } from '../../adapters/server/create-server.js';
import { Readiness } from '../../adapters/server/readiness.js';
import { createSlackChannel, type SlackChannel } from '../../adapters/slack/slack-channel.js';
import { FakeAnswerer } from '../support/fake-answerer.js';
import { FakeSlackApi } from '../support/fake-slack-api.js';
import { eventEnvelope, mentionEvent, sendEvent } from '../support/slack-requests.js';
import { FELLOWSHIP_SOURCE, sectionTexts } from './block-queries.js';
import { SIGNING_SECRET } from './slack-harness.js';

/** The Slack channel as `npm start` runs it: one of the mounts of the bot's one express server. */
describe('Slack on the shared server', () => {
  let fake: FakeSlackApi;
  let dir: string;
  let store: SqliteStateStore;
  let slack: SlackChannel;
  let server: RapporteurServer;
  let url: string;

  beforeEach(async () => {
    fake = await FakeSlackApi.start();
    dir = mkdtempSync(join(tmpdir(), 'rapporteur-slack-server-'));
    store = new SqliteStateStore(join(dir, 'state.sqlite'));
    const answerer = new FakeAnswerer();
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl });
    slack = createSlackChannel({ config, answerer, store, logger: silentLogger });
    const readiness = new Readiness();
    server = createServer({ answerer, readiness, channels: [slack], logger: silentLogger, maxQuestionChars: 1000, rateLimitPerMinute: 30 });
    ({ url } = await server.listen(0, '127.0.0.1'));
  });
  afterEach(async () => {
    await server.close(5000);
    await fake.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a signed mention at /slack/events next to the other routes', async () => {
    const ts = '1700000600.000100';
    const response = await sendEvent(`${url}/slack/events`, SIGNING_SECRET, eventEnvelope(mentionEvent({ text: '<@UBOT> status of Resolution 44 fellowships', ts })));
    expect(response.status).toBe(200);
    await fake.waitFor(() => fake.okCallsTo('chat.postMessage').length === 1);
    await slack.whenIdle();

    expect(server.channels).toContain('slack');
    expect(sectionTexts(fake.callsTo('chat.postMessage')[0]!.args.blocks)).toContain(`*Sources*\n${FELLOWSHIP_SOURCE}`);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});
