import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HELP_EXAMPLES } from '../../bot/small-talk.js';
import { FakeAnswerer } from '../support/fake-answerer.js';
import { eventEnvelope, messageEvent, sendEvent } from '../support/slack-requests.js';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from './slack-harness.js';

describe('Slack agent surface: suggested prompts and the answering status', () => {
  let h: SlackHarness;

  beforeEach(async () => {
    h = await startSlackHarness(new FakeAnswerer());
  });
  afterEach(async () => {
    await h.close();
  });

  const homeOpened = (tab: 'home' | 'messages') =>
    eventEnvelope({ type: 'app_home_opened', user: 'U0ASKER', channel: 'D0DIRECT', tab, event_ts: '1700000900.000100' });

  it('offers the example questions as suggested prompts when the Messages tab opens', async () => {
    await sendEvent(h.eventsUrl, SIGNING_SECRET, homeOpened('home'));
    await sendEvent(h.eventsUrl, SIGNING_SECRET, homeOpened('messages'));
    await h.fake.waitFor(() => h.fake.callsTo('assistant.threads.setSuggestedPrompts').length > 0);
    await h.channel.whenIdle();

    const calls = h.fake.callsTo('assistant.threads.setSuggestedPrompts');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args.channel_id).toBe('D0DIRECT');
    const prompts = JSON.parse(String(calls[0]!.args.prompts)) as { title: string; message: string }[];
    expect(prompts.map((p) => p.message)).toEqual([...HELP_EXAMPLES]);
    expect(prompts.every((p) => p.title.length > 0 && p.title.length <= 40)).toBe(true);
  });

  it('shows a status in a thread of the Messages tab while answering, besides the ⏳ reaction', async () => {
    const ask = messageEvent({ channel: 'D0DIRECT', channelType: 'im', text: 'status of Resolution 44 fellowships', ts: '1700000901.000200', threadTs: '1700000901.000100' });
    await sendEvent(h.eventsUrl, SIGNING_SECRET, eventEnvelope(ask));
    await h.fake.waitFor(() => h.fake.okCallsTo('chat.postMessage').length > 0);
    await h.channel.whenIdle();

    const [status] = h.fake.callsTo('assistant.threads.setStatus');
    expect(status!.args).toMatchObject({ channel_id: 'D0DIRECT', thread_ts: '1700000901.000100', status: 'is reading the ITU reports…' });
    expect(h.fake.callsTo('reactions.add')).toHaveLength(1);
    expect(h.fake.callsTo('chat.postMessage')[0]!.args).toMatchObject({ channel: 'D0DIRECT', thread_ts: '1700000901.000100' });
  });
});
