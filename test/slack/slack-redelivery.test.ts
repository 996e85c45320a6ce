import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeAnswerer } from '../support/fake-answerer.js';
import { FakeSlackApi } from '../support/fake-slack-api.js';
import { eventEnvelope, mentionEvent, postSigned, sendCommand, sendEvent, slashCommand } from '../support/slack-requests.js';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from './slack-harness.js';

let harnesses: SlackHarness[] = [];
let fake: FakeSlackApi | undefined;
let dir: string | undefined;
afterEach(async () => {
  for (const h of harnesses) await h.close();
  harnesses = [];
  await fake?.close();
  fake = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function start(answerer: FakeAnswerer, options: Parameters<typeof startSlackHarness>[1] = {}): Promise<SlackHarness> {
  const h = await startSlackHarness(answerer, options);
  harnesses.push(h);
  return h;
}

describe('Slack redeliveries are answered once, by the state store', () => {
  it('answers a retry that arrives after a restart (new app, same state file) once', async () => {
    dir = mkdtempSync(join(tmpdir(), 'rapporteur-slack-restart-'));
    const stateFile = join(dir, 'state.sqlite');
    fake = await FakeSlackApi.start();
    const envelope = eventEnvelope(mentionEvent({ text: '<@UBOT> status of Resolution 44 fellowships', ts: '1700000300.000100' }), {
      eventId: 'Ev0RESTART1',
    });

    const firstAnswerer = new FakeAnswerer();
    const first = await start(firstAnswerer, { stateFile, fake });
    expect((await sendEvent(first.eventsUrl, SIGNING_SECRET, envelope)).status).toBe(200);
    await fake.waitFor(() => fake!.okCallsTo('chat.postMessage').length === 1);
    await first.close();
    harnesses = [];

    const secondAnswerer = new FakeAnswerer();
    const second = await start(secondAnswerer, { stateFile, fake });
    const retries = await Promise.all([1, 2, 3].map((retryNum) => sendEvent(second.eventsUrl, SIGNING_SECRET, envelope, { retryNum })));
    await second.channel.whenIdle();

    expect(retries.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(firstAnswerer.calls.map((c) => c.question)).toEqual(['status of Resolution 44 fellowships']);
    expect(secondAnswerer.calls).toEqual([]);
    expect(fake.callsTo('chat.postMessage').map((c) => [c.args.channel, c.args.thread_ts])).toEqual([['C0GENERAL', '1700000300.000100']]);
    expect(second.logs.filter((l) => l.msg === 'Slack redelivery skipped')).toHaveLength(3);
  });

  it('answers one signed slash command replayed four times inside the five-minute window once', async () => {
    const answerer = new FakeAnswerer();
    const h = await start(answerer);
    const body = new URLSearchParams(
      slashCommand({ text: 'status of Resolution 44 fellowships', responseUrl: h.fake.responseUrl('replayed') }),
    ).toString();
    const timestamp = Math.floor(Date.now() / 1000) - 60;

    const responses = [];
    for (let i = 0; i < 4; i++) {
      responses.push(await postSigned(h.eventsUrl, SIGNING_SECRET, body, 'application/x-www-form-urlencoded', { timestamp }));
    }
    await h.fake.waitFor(() => h.fake.responsesTo('replayed').length > 0);
    await h.channel.whenIdle();

    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(answerer.calls).toEqual([
      { question: 'status of Resolution 44 fellowships', context: { conversationId: 'slack:C0GENERAL:command:U0ASKER' } },
    ]);
    expect(h.fake.responsesTo('replayed')).toHaveLength(1);
    expect(h.logs.filter((l) => l.msg === 'Slack command already handled; replay ignored')).toHaveLength(3);
  });

  it('still answers two invocations of the same command (each has its own trigger_id)', async () => {
    const answerer = new FakeAnswerer();
    const h = await start(answerer);
    const invoke = () => sendCommand(h.eventsUrl, SIGNING_SECRET, slashCommand({ text: 'status of Resolution 44 fellowships', responseUrl: h.fake.responseUrl('same') }));
    expect([(await invoke()).status, (await invoke()).status]).toEqual([200, 200]);
    await h.fake.waitFor(() => h.fake.responsesTo('same').length === 2);
    await h.channel.whenIdle();
    expect(answerer.calls).toHaveLength(2);
  });
});
