import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedRapporteur } from '../support/shared-rapporteur.js';
import { eventEnvelope, mentionEvent, messageEvent, sendEvent } from '../support/slack-requests.js';
import { sectionTexts } from './block-queries.js';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from './slack-harness.js';

/** The real answer pipeline over the full-corpus index, behind the real Bolt app. */
describe('Slack with the real Rapporteur', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(await sharedRapporteur());
  });
  afterAll(async () => {
    await h.close();
  });

  it('answers "@Rapporteur status of Resolution 44 fellowships" in the thread, citing action item 44-30', async () => {
    const ts = '1700000400.000100';
    const response = await sendEvent(
      h.eventsUrl,
      SIGNING_SECRET,
      eventEnvelope(mentionEvent({ text: '<@UBOT> status of Resolution 44 fellowships', ts })),
    );
    expect(response.status).toBe(200);
    await h.fake.waitFor(() => h.fake.okCallsTo('chat.postMessage').length === 1, 30_000);
    await h.channel.whenIdle();

    const [post] = h.fake.callsTo('chat.postMessage');
    expect(post!.args.thread_ts).toBe(ts);
    // The item once, as its card; then the one source it drew on.
    const [card, status, sources] = sectionTexts(post!.args.blocks);
    expect(card).toMatch(/^\*Action item 44-30\* — Provision, by the TSB, of fellowships to eligible countries/);
    expect(status).toMatch(/^\*Latest status\*\n/);
    expect(sources).toBe(
      '*Sources*\n• Action item *44-30* · Resolution 44 · _Action Plan for the implementation of WTSA-16 Resolutions and Opinion (2022 edition)_ — Resolution 44 – Bridging the standardization gap between developing and developed countries',
    );
  });

  it('says plainly in a DM that an unknown action item is not in the reports, and lists the nearest', async () => {
    await sendEvent(
      h.eventsUrl,
      SIGNING_SECRET,
      eventEnvelope(messageEvent({ channel: 'D0DIRECT', channelType: 'im', text: 'status of action item 44-99', ts: '1700000401.000100' })),
    );
    await h.fake.waitFor(() => h.fake.okCallsTo('chat.postMessage').length === 2, 30_000);
    await h.channel.whenIdle();

    const post = h.fake.callsTo('chat.postMessage')[1]!;
    expect(post.args.channel).toBe('D0DIRECT');
    const [text] = sectionTexts(post.args.blocks);
    expect(text).toMatch(/^44-99 is not in the reports\.\n\nNearest items:\n• 44-\d\d — /);
  });
});
