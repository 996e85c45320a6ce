import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSlackFetch, MAX_RETRY_AFTER_SECONDS } from '../../adapters/slack/slack-fetch.js';
import { capturingLogger } from '../support/capturing-logger.js';
import { FakeAnswerer } from '../support/fake-answerer.js';
import { FakeSlackApi } from '../support/fake-slack-api.js';
import { eventEnvelope, mentionEvent, sendEvent } from '../support/slack-requests.js';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from './slack-harness.js';

let h: SlackHarness | undefined;
let fake: FakeSlackApi | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
  await fake?.close();
  fake = undefined;
});

describe('Slack rate limits per channel', () => {
  it('a 429 on channel A delays only channel A: channel B is answered meanwhile', async () => {
    h = await startSlackHarness(new FakeAnswerer());
    const slack = h.fake;
    slack.failNext('chat.postMessage', { status: 429, retryAfter: 3 });
    const mention = (channel: string, ts: string) =>
      sendEvent(h!.eventsUrl, SIGNING_SECRET, eventEnvelope(mentionEvent({ channel, text: '<@UBOT> status of Resolution 44 fellowships', ts })));

    await mention('C0CHANNELA', '1700000400.000100');
    await slack.waitFor(() => slack.callsTo('chat.postMessage').length === 1, 5000, 'the rate-limited post to A');
    await mention('C0CHANNELB', '1700000401.000100');
    await slack.waitFor(() => slack.okCallsTo('chat.postMessage').length === 2, 10_000, 'both answers');

    const posts = slack.callsTo('chat.postMessage').map((c) => ({ channel: c.args.channel, ok: c.ok, at: c.at }));
    expect(posts.map((p) => [p.channel, p.ok])).toEqual([
      ['C0CHANNELA', false],
      ['C0CHANNELB', true],
      ['C0CHANNELA', true],
    ]);
    const [limited, b, a] = posts as [(typeof posts)[0], (typeof posts)[0], (typeof posts)[0]];
    expect(b.at - limited.at).toBeLessThan(1500);
    expect(a.at - limited.at).toBeGreaterThanOrEqual(2900);
    const rateLimitLines = h.logs.filter((l) => l.msg.startsWith('Slack rate limit'));
    expect(rateLimitLines).toEqual([
      expect.objectContaining({
        msg: 'Slack rate limit: waiting on this channel only',
        rateLimited: 'channel:C0CHANNELA',
        method: 'chat.postMessage',
        retryAfterSeconds: 3,
        waitSeconds: 3,
      }),
    ]);
  });

  it('caps a Retry-After of an hour at a minute, logs it, and keeps other channels open; abort ends the wait', async () => {
    fake = await FakeSlackApi.start();
    const { logger, lines } = capturingLogger();
    const transport = createSlackFetch({ logger, timeoutMs: 5000 });
    const post = (channel: string) =>
      transport.fetch(`${fake!.apiUrl}chat.postMessage`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ channel, text: 'hello' }).toString(),
      });
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 3600 });

    const waiting = post('C0BUSY');
    const settled = waiting.then(
      () => 'posted',
      (error: Error) => error.name,
    );
    await vi.waitFor(() => expect(lines.some((l) => l.msg.startsWith('Slack rate limit'))).toBe(true), { timeout: 5000, interval: 20 });
    expect((await post('C0QUIET')).status).toBe(200);
    transport.abort();

    expect(await settled).toBe('AbortError');
    expect(MAX_RETRY_AFTER_SECONDS).toBe(60);
    expect(lines.filter((l) => l.msg.startsWith('Slack rate limit'))).toEqual([
      expect.objectContaining({
        level: 40,
        msg: 'Slack rate limit: Retry-After capped; waiting on this channel only',
        rateLimited: 'channel:C0BUSY',
        retryAfterSeconds: 3600,
        waitSeconds: 60,
      }),
    ]);
    expect(fake.callsTo('chat.postMessage').map((c) => [c.args.channel, c.ok])).toEqual([
      ['C0BUSY', false],
      ['C0QUIET', true],
    ]);
  });
});
