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

describe('Slack signature window, both ways', () => {
  let answerer: FakeAnswerer;
  let h: SlackHarness;

  beforeEach(async () => {
    answerer = new FakeAnswerer();
    h = await startSlackHarness(answerer);
  });
  afterEach(async () => {
    await h.close();
  });

  it.each([
    ['ten minutes', 10 * 60],
    ['a day', 24 * 60 * 60],
    ['a year', 365 * 24 * 60 * 60],
  ])('refuses a correctly signed request dated %s in the future (401), event and command alike', async (_label, ahead) => {
    const future = Math.floor(Date.now() / 1000) + ahead;
    const event = await sendEvent(
      h.eventsUrl,
      SIGNING_SECRET,
      eventEnvelope(mentionEvent({ text: '<@UBOT> status of Resolution 44 fellowships', ts: '1700000200.000100' })),
      { timestamp: future },
    );
    const command = await sendCommand(
      h.eventsUrl,
      SIGNING_SECRET,
      slashCommand({ text: 'status of Resolution 44 fellowships', responseUrl: h.fake.responseUrl('future') }),
      { timestamp: future },
    );
    await h.channel.whenIdle();

    expect([event.status, command.status]).toEqual([401, 401]);
    expect(answerer.calls).toEqual([]);
    expect(h.fake.responses).toEqual([]);
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    const refusals = h.logs.filter((l) => l.msg === 'Slack request refused: its timestamp is more than five minutes from now');
    // Sending and checking may fall on either side of a second boundary on a busy machine: within 5 s.
    expect(refusals.map((l) => l.skewSeconds)).toEqual([expect.closeTo(ahead, -1), expect.closeTo(ahead, -1)]);
  });

  it('accepts a timestamp a little ahead of this clock (within five minutes)', async () => {
    const response = await sendEvent(
      h.eventsUrl,
      SIGNING_SECRET,
      eventEnvelope(mentionEvent({ text: '<@UBOT> status of Resolution 44 fellowships', ts: '1700000201.000100' })),
      { timestamp: Math.floor(Date.now() / 1000) + 4 * 60 },
    );
    expect(response.status).toBe(200);
    await h.fake.waitFor(() => h.fake.okCallsTo('chat.postMessage').length === 1);
    expect(answerer.calls).toHaveLength(1);
  });

  it('refuses a timestamp Slack never sends (1e12) before Bolt reads it as a number', async () => {
    const body = JSON.stringify(eventEnvelope(mentionEvent({ text: '<@UBOT> hi', ts: '1700000202.000100' })));
    const response = await fetch(h.eventsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': '1e12', 'x-slack-signature': slackSignature(SIGNING_SECRET, 1e12, body) },
      body,
    });
    expect(response.status).toBe(401);
    expect(answerer.calls).toEqual([]);
  });
});
