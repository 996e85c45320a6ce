import { afterEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../bot/answer.js';
import { ErrorCode, RapporteurError } from '../../retrieval/errors.js';
import { blocksProblem } from '../support/fake-slack-api.js';
import { FakeAnswerer, fellowshipAnswer } from '../support/fake-answerer.js';
import { eventEnvelope, mentionEvent, sendEvent } from '../support/slack-requests.js';
import { renderSlackNotice } from '../../adapters/slack/slack-renderer.js';
import { sectionTexts } from './block-queries.js';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from './slack-harness.js';

const QUESTION = 'status of Resolution 44 fellowships';
const TS = '1700000300.000100';

describe('Slack delivery: limits, rate limits and failures', () => {
  let h: SlackHarness;
  afterEach(async () => {
    await h.close();
  });

  async function mention(): Promise<void> {
    const response = await sendEvent(h.eventsUrl, SIGNING_SECRET, eventEnvelope(mentionEvent({ text: `<@UBOT> ${QUESTION}`, ts: TS })));
    expect(response.status).toBe(200);
  }

  it('posts an answer over 3000 characters as valid blocks, the rest in the thread', async () => {
    const paragraph = 'Over the period the TSB awarded fellowships to delegates from least developed countries. '.repeat(25);
    const long = (q: string): Answer => ({ ...fellowshipAnswer(q), text: Array.from({ length: 8 }, () => paragraph).join('\n\n'), cards: [] });
    h = await startSlackHarness(new FakeAnswerer(long));
    await mention();
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length >= 2);
    await h.channel.whenIdle();

    const posts = h.fake.callsTo('chat.postMessage');
    expect(long(QUESTION).text.length).toBeGreaterThan(3000);
    expect(posts.length).toBeGreaterThanOrEqual(2);
    for (const post of posts) {
      expect(post.ok).toBe(true);
      expect(blocksProblem(post.args.blocks)).toBeUndefined();
      expect((post.args.blocks as unknown[]).length).toBeLessThanOrEqual(50);
      for (const text of sectionTexts(post.args.blocks)) expect(text.length).toBeLessThanOrEqual(3000);
      expect(post.args.thread_ts).toBe(TS);
    }
    const shown = posts.flatMap((p) => sectionTexts(p.args.blocks)).join('\n\n');
    expect(shown.split('Over the period').length - 1).toBe(8 * 25);
  });

  it('waits out a 429 (Retry-After) and posts the answer once', async () => {
    h = await startSlackHarness(new FakeAnswerer());
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    await mention();
    await h.fake.waitFor(() => h.fake.okCallsTo('chat.postMessage').length === 1);
    await h.channel.whenIdle();

    expect(h.fake.callsTo('chat.postMessage').map((c) => c.ok)).toEqual([false, true]);
    const [first, second] = h.fake.callsTo('chat.postMessage');
    expect(second!.args).toEqual(first!.args);
  });

  it('falls back to plain text when Slack answers invalid_blocks, and logs it', async () => {
    h = await startSlackHarness(new FakeAnswerer());
    h.fake.failNext('chat.postMessage', { error: 'invalid_blocks' });
    await mention();
    await h.fake.waitFor(() => h.fake.okCallsTo('chat.postMessage').length === 1);
    await h.channel.whenIdle();

    const [rejected, plain] = h.fake.callsTo('chat.postMessage');
    expect(rejected!.args.blocks).toBeDefined();
    expect(plain!.args.blocks).toBeUndefined();
    expect(plain!.args.thread_ts).toBe(TS);
    expect(plain!.args.text).toContain('no fellowships were awarded');
    expect(plain!.args.text).toContain('Action item *44-30*');
    expect(h.logs.some((l) => l.level === 40 && l.slackError === 'invalid_blocks' && l.question === QUESTION)).toBe(true);
  });

  it('still answers when the progress reaction cannot be added', async () => {
    h = await startSlackHarness(new FakeAnswerer());
    h.fake.failNext('reactions.add', { error: 'missing_scope' });
    await mention();
    await h.fake.waitFor(() => h.fake.okCallsTo('chat.postMessage').length === 1);
    await h.channel.whenIdle();

    expect(h.fake.callsTo('reactions.remove')).toEqual([]);
    expect(h.logs.some((l) => l.level === 40 && l.msg === 'could not add the progress reaction')).toBe(true);
  });

  it('logs a post Slack refuses with the question, instead of dropping it silently', async () => {
    h = await startSlackHarness(new FakeAnswerer());
    h.fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    await mention();
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length === 1);
    await h.channel.whenIdle();

    const line = h.logs.find((l) => l.msg === 'could not post the answer to Slack');
    expect(line).toMatchObject({ level: 50, question: QUESTION, slackChannel: 'C0GENERAL', slackError: 'channel_not_found' });
    expect(h.fake.callsTo('reactions.remove')).toHaveLength(1);
  });

  it('after a 503 on chat.postMessage looks for the answer, and sends it once more only because it is not there', async () => {
    h = await startSlackHarness(new FakeAnswerer());
    h.fake.failNext('chat.postMessage', { httpStatus: 503 });
    await mention();
    await h.fake.waitFor(() => h.fake.okCallsTo('chat.postMessage').length === 1);
    await h.channel.whenIdle();

    const [failed, again] = h.fake.callsTo('chat.postMessage');
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(2);
    expect(failed!.result).toEqual({ status: 503 });
    // The same message, named by the same metadata; the client itself did not retry it.
    expect(again!.args.metadata).toEqual(failed!.args.metadata);
    expect(h.fake.callsTo('conversations.replies').map((c) => c.args.ts)).toEqual([TS]);
    expect(h.fake.threadReplies('C0GENERAL', TS)).toHaveLength(1);
    expect(h.logs.some((l) => l.msg === 'Slack did not confirm the post and it is not there; sending it once more')).toBe(true);
  });

  it('posts proactive messages (digests) with the bot token and the same plain-text fallback', async () => {
    h = await startSlackHarness(new FakeAnswerer());
    h.fake.failNext('chat.postMessage', { error: 'invalid_blocks' });
    const ts = await h.channel.postMessage({ channel: 'C0DIGEST' }, renderSlackNotice('*SG17 digest*'));

    const [rejected, plain] = h.fake.callsTo('chat.postMessage');
    expect(rejected!.args).toMatchObject({ channel: 'C0DIGEST', text: '*SG17 digest*' });
    expect(plain!.args).toEqual({
      channel: 'C0DIGEST',
      text: '*SG17 digest*',
      unfurl_links: 'false',
      unfurl_media: 'false',
      // Every post is named by metadata, so one Slack did not confirm can be found, not sent twice.
      metadata: { event_type: 'rapporteur_answer', event_payload: { post: expect.stringMatching(/^[0-9a-f-]{36}$/) } },
    });
    expect(plain!.args.metadata).toEqual(rejected!.args.metadata);
    expect(plain!.token).toBe('xoxb-test-token');
    expect(ts).toBe(plain!.result.ts);
  });

  it('tells the user when answering failed and logs the cause', async () => {
    const failing = new FakeAnswerer(() => {
      throw new RapporteurError(ErrorCode.NotReady, 'Rapporteur is still loading its index.');
    });
    h = await startSlackHarness(failing);
    await mention();
    await h.fake.waitFor(() => h.fake.okCallsTo('chat.postMessage').length === 1);
    await h.channel.whenIdle();

    expect(h.fake.callsTo('chat.postMessage')[0]!.args).toMatchObject({
      thread_ts: TS,
      text: 'I am still loading the reports. Please ask again in a minute.',
    });
    expect(h.logs.some((l) => l.level === 50 && l.msg === 'answering a Slack question failed' && l.question === QUESTION)).toBe(true);
  });
});
