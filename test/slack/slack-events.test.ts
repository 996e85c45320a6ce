import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlackActionId } from '../../adapters/slack/slack-renderer.js';
import { FakeAnswerer } from '../support/fake-answerer.js';
import { eventEnvelope, mentionEvent, messageEvent, sendEvent } from '../support/slack-requests.js';
import { FELLOWSHIP_SOURCE, feedbackValue, sectionTexts } from './block-queries.js';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from './slack-harness.js';

describe('Slack events over HTTP', () => {
  let answerer: FakeAnswerer;
  let h: SlackHarness;

  beforeEach(async () => {
    answerer = new FakeAnswerer();
    h = await startSlackHarness(answerer);
  });
  afterEach(async () => {
    await h.close();
  });

  async function deliver(event: object, options: { eventId?: string; retryNum?: number } = {}): Promise<Response> {
    const response = await sendEvent(h.eventsUrl, SIGNING_SECRET, eventEnvelope(event, { eventId: options.eventId }), {
      retryNum: options.retryNum,
    });
    expect(response.status).toBe(200);
    return response;
  }

  async function answered(count = 1): Promise<void> {
    await h.fake.waitFor(() => h.fake.okCallsTo('chat.postMessage').length >= count);
    await h.channel.whenIdle();
  }

  it('answers a mention in the message’s thread, citing 44-30, with ⏳ while working', async () => {
    await deliver(mentionEvent({ text: '<@UBOT> status of Resolution 44 fellowships', ts: '1700000000.000100' }));
    await answered();

    expect(answerer.calls).toEqual([
      { question: 'status of Resolution 44 fellowships', context: { conversationId: 'slack:C0GENERAL:1700000000.000100' } },
    ]);
    const [post] = h.fake.callsTo('chat.postMessage');
    expect(post!.args).toMatchObject({ channel: 'C0GENERAL', thread_ts: '1700000000.000100' });
    expect(sectionTexts(post!.args.blocks)).toContain(`*Sources*\n${FELLOWSHIP_SOURCE}`);
    expect(feedbackValue(post!.args.blocks, 'up')).toMatch(/^up:[0-9a-f-]{36}$/);
    expect(post!.token).toBe('xoxb-test-token');

    const methods = h.fake.calls.map((c) => c.method).filter((m) => m !== 'auth.test');
    expect(methods).toEqual(['reactions.add', 'chat.postMessage', 'reactions.remove']);
    expect(h.fake.callsTo('reactions.add')[0]!.args).toMatchObject({
      channel: 'C0GENERAL',
      timestamp: '1700000000.000100',
      name: 'hourglass_flowing_sand',
    });
  });

  it('answers a direct message in the DM, with the DM as the conversation', async () => {
    await deliver(messageEvent({ channel: 'D0DIRECT', channelType: 'im', text: 'status of Resolution 44 fellowships', ts: '1700000001.000100' }));
    await answered();

    expect(answerer.calls[0]!.context).toEqual({ conversationId: 'slack:D0DIRECT' });
    const [post] = h.fake.callsTo('chat.postMessage');
    expect(post!.args.channel).toBe('D0DIRECT');
    expect(post!.args.thread_ts).toBeUndefined();
    expect(sectionTexts(post!.args.blocks)).toContain(`*Sources*\n${FELLOWSHIP_SOURCE}`);
  });

  it('answers an empty mention with help and three example questions', async () => {
    await deliver(mentionEvent({ text: '<@UBOT>', ts: '1700000002.000100' }));
    await answered();

    expect(answerer.calls).toEqual([]);
    const [post] = h.fake.callsTo('chat.postMessage');
    expect(post!.args.thread_ts).toBe('1700000002.000100');
    expect(String(post!.args.text).match(/^• /gm)).toHaveLength(3);
    expect(post!.args.text).toContain('• status of Resolution 44 fellowships');
  });

  it('keeps one conversation id for follow-ups in the thread, with or without a mention', async () => {
    const root = '1700000003.000100';
    await deliver(mentionEvent({ text: '<@UBOT> status of Resolution 44 fellowships', ts: root }));
    await answered(1);
    await deliver(messageEvent({ text: 'and what happened in 2022?', ts: '1700000003.000200', threadTs: root }));
    await answered(2);
    await deliver(mentionEvent({ text: '<@UBOT> who reports on it?', ts: '1700000003.000300', threadTs: root }));
    await answered(3);

    expect(answerer.calls.map((c) => c.context?.conversationId)).toEqual([
      `slack:C0GENERAL:${root}`,
      `slack:C0GENERAL:${root}`,
      `slack:C0GENERAL:${root}`,
    ]);
    expect(answerer.calls[1]!.question).toBe('and what happened in 2022?');
    expect(h.fake.callsTo('chat.postMessage').map((c) => c.args.thread_ts)).toEqual([root, root, root]);
  });

  it('stays out of threads it has not answered in and of talk addressed to someone else', async () => {
    const root = '1700000004.000100';
    await deliver(mentionEvent({ text: '<@UBOT> status of Resolution 44 fellowships', ts: root }));
    await answered(1);
    await deliver(messageEvent({ text: '<@U0OTHER> can you check this?', ts: '1700000004.000200', threadTs: root }));
    await deliver(messageEvent({ text: 'unrelated thread chat', ts: '1700000005.000200', threadTs: '1700000005.000100' }));
    await deliver(messageEvent({ text: 'plain channel message', ts: '1700000006.000100' }));
    await h.channel.whenIdle();

    expect(answerer.calls).toHaveLength(1);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers a retried delivery (same event_id, X-Slack-Retry-Num) once', async () => {
    const event = mentionEvent({ text: '<@UBOT> status of Resolution 44 fellowships', ts: '1700000007.000100' });
    await deliver(event, { eventId: 'Ev0RETRY01' });
    await answered();
    await deliver(event, { eventId: 'Ev0RETRY01', retryNum: 1 });
    await deliver(event, { eventId: 'Ev0RETRY01', retryNum: 2 });
    await h.channel.whenIdle();

    expect(answerer.calls).toHaveLength(1);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers a mention that also arrives as a message event once, even when both arrive together', async () => {
    const fields = { text: '<@UBOT> status of Resolution 44 fellowships', ts: '1700000008.000100' };
    await Promise.all([deliver(mentionEvent(fields), { eventId: 'Ev0TWIN001' }), deliver(messageEvent(fields), { eventId: 'Ev0TWIN002' })]);
    await answered();

    expect(answerer.calls).toHaveLength(1);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('never answers bot messages, its own messages or edits', async () => {
    await deliver(messageEvent({ channel: 'D0DIRECT', channelType: 'im', text: 'status of Resolution 44', ts: '1700000009.000100' }, { subtype: 'bot_message', bot_id: 'B0OTHER' }));
    await deliver(messageEvent({ channel: 'D0DIRECT', channelType: 'im', text: 'status of Resolution 44', ts: '1700000009.000200' }, { bot_id: 'B0OTHER' }));
    await deliver(mentionEvent({ text: '<@UBOT> status of Resolution 44', ts: '1700000009.000300' }), {});
    await answered(1);
    await deliver(messageEvent({ channel: 'D0DIRECT', channelType: 'im', user: 'UBOT', text: 'my own answer', ts: '1700000009.000400' }));
    await deliver(
      messageEvent(
        { channel: 'D0DIRECT', channelType: 'im', text: '', ts: '1700000009.000500' },
        { subtype: 'message_changed', message: { text: 'status of Resolution 44 (edited)', user: 'U0ASKER', ts: '1700000009.000100' } },
      ),
    );
    await h.channel.whenIdle();

    expect(answerer.calls.map((c) => c.question)).toEqual(['status of Resolution 44']);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('acknowledges a malformed event, logs it and posts nothing', async () => {
    await deliver({ type: 'app_mention', text: '<@UBOT> no channel or ts here' });
    await h.channel.whenIdle();

    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
    expect(h.logs.some((l) => l.level === 40 && l.msg.startsWith('Slack event ignored: malformed app_mention event'))).toBe(true);
  });
});
