import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config.js';
import { silentLogger } from '../../bot/logger.js';
import { SqliteStateStore } from '../../bot/state/sqlite/sqlite-state-store.js';
import { createSlackChannel, type SlackChannel } from '../../adapters/slack/slack-channel.js';
import { FakeAnswerer } from '../support/fake-answerer.js';
import { FakeSlackApi } from '../support/fake-slack-api.js';
import { FakeSlackSocket } from '../support/fake-slack-socket.js';
import { eventEnvelope, mentionEvent, slashCommand } from '../support/slack-requests.js';
import { FELLOWSHIP_SOURCE, sectionTexts } from './block-queries.js';

describe('Slack over Socket Mode (SLACK_APP_TOKEN set)', () => {
  let fake: FakeSlackApi;
  let socket: FakeSlackSocket;
  let store: SqliteStateStore;
  let dir: string;
  let channel: SlackChannel;
  let answerer: FakeAnswerer;

  beforeEach(async () => {
    fake = await FakeSlackApi.start();
    socket = await FakeSlackSocket.start();
    fake.replyTo('apps.connections.open', { ok: true, url: socket.url });
    dir = mkdtempSync(join(tmpdir(), 'rapporteur-slack-socket-'));
    store = new SqliteStateStore(join(dir, 'state.sqlite'));
    answerer = new FakeAnswerer();
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_APP_TOKEN: 'xapp-test-token', SLACK_API_URL: fake.apiUrl });
    channel = createSlackChannel({ config, answerer, store, logger: silentLogger });
    await channel.start?.();
  });
  afterEach(async () => {
    await channel.stop?.();
    await socket.close();
    await fake.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('connects with the app token, adds no HTTP route, acks envelopes and answers in the thread', async () => {
    expect(channel.transport).toBe('socket');
    expect(fake.callsTo('apps.connections.open')[0]!.token).toBe('xapp-test-token');
    const app = express();
    channel.mount(app);
    expect(app.router.stack).toHaveLength(0);

    const ts = '1700000500.000100';
    socket.push({
      envelope_id: 'env-mention-1',
      type: 'events_api',
      payload: eventEnvelope(mentionEvent({ text: '<@UBOT> status of Resolution 44 fellowships', ts })),
    });
    await fake.waitFor(() => fake.okCallsTo('chat.postMessage').length === 1);
    await channel.whenIdle();

    expect(socket.acks.map((a) => a.envelope_id)).toEqual(['env-mention-1']);
    const [post] = fake.callsTo('chat.postMessage');
    expect(post!.args.thread_ts).toBe(ts);
    expect(post!.token).toBe('xoxb-test-token');
    expect(sectionTexts(post!.args.blocks)).toContain(`*Sources*\n${FELLOWSHIP_SOURCE}`);
  });

  it('answers /rapporteur through the response_url', async () => {
    socket.push({
      envelope_id: 'env-command-1',
      type: 'slash_commands',
      payload: slashCommand({ text: 'status of Resolution 44 fellowships', responseUrl: fake.responseUrl('socket-cmd') }),
      accepts_response_payload: true,
    });
    await fake.waitFor(() => fake.responsesTo('socket-cmd').length === 1);
    await channel.whenIdle();

    expect(socket.acks.map((a) => a.envelope_id)).toEqual(['env-command-1']);
    expect(answerer.calls.map((c) => c.question)).toEqual(['status of Resolution 44 fellowships']);
    expect(fake.responsesTo('socket-cmd')[0]!.body).toMatchObject({ response_type: 'ephemeral' });
  });
});
