import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeAnswerer } from '../support/fake-answerer.js';
import { eventEnvelope, mentionEvent, postSigned, sendCommand, sendEvent, slackSignature, slashCommand } from '../support/slack-requests.js';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from './slack-harness.js';

describe('Slack request verification', () => {
  let answerer: FakeAnswerer;
  let h: SlackHarness;
  const mention = () => eventEnvelope(mentionEvent({ text: '<@UBOT> status of Resolution 44 fellowships', ts: '1700000100.000100' }));

  beforeEach(async () => {
    answerer = new FakeAnswerer();
    h = await startSlackHarness(answerer);
  });
  afterEach(async () => {
    await h.close();
  });

  it('rejects a request signed with another secret and answers nothing', async () => {
    const response = await sendEvent(h.eventsUrl, 'not-the-signing-secret', mention());
    await h.channel.whenIdle();
    expect(response.status).toBe(401);
    expect(answerer.calls).toEqual([]);
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('rejects a body that does not match its signature', async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = slackSignature(SIGNING_SECRET, timestamp, JSON.stringify({ other: 'body' }));
    const response = await sendEvent(h.eventsUrl, SIGNING_SECRET, mention(), { timestamp, signature });
    await h.channel.whenIdle();
    expect(response.status).toBe(401);
    expect(answerer.calls).toEqual([]);
  });

  it('rejects a correctly signed request older than five minutes (replay)', async () => {
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const event = await sendEvent(h.eventsUrl, SIGNING_SECRET, mention(), { timestamp: stale });
    const command = await sendCommand(
      h.eventsUrl,
      SIGNING_SECRET,
      slashCommand({ text: 'status of Resolution 44 fellowships', responseUrl: h.fake.responseUrl('stale') }),
      { timestamp: stale },
    );
    await h.channel.whenIdle();
    expect([event.status, command.status]).toEqual([401, 401]);
    expect(answerer.calls).toEqual([]);
    expect(h.fake.responses).toEqual([]);
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('refuses a signed body that is not JSON with 400 and keeps serving', async () => {
    const broken = await postSigned(h.eventsUrl, SIGNING_SECRET, '{"type": "event_callback", ', 'application/json');
    expect(broken.status).toBe(400);
    const fine = await sendEvent(h.eventsUrl, SIGNING_SECRET, mention());
    expect(fine.status).toBe(200);
    await h.fake.waitFor(() => h.fake.okCallsTo('chat.postMessage').length === 1);
    expect(answerer.calls).toHaveLength(1);
  });

  it('answers Slack’s URL verification challenge when signed', async () => {
    const response = await sendEvent(h.eventsUrl, SIGNING_SECRET, { type: 'url_verification', challenge: 'chal-123', token: 'x' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: 'chal-123' });
  });
});
