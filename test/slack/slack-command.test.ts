import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStateStore } from '../../bot/state/sqlite/sqlite-state-store.js';
import { SlackActionId, renderSlackNotice } from '../../adapters/slack/slack-renderer.js';
import { FakeAnswerer } from '../support/fake-answerer.js';
import { buttonClick, eventEnvelope, feedbackClick, mentionEvent, sendCommand, sendEvent, sendInteraction, slashCommand } from '../support/slack-requests.js';
import { FELLOWSHIP_SOURCE, buttonValue, contextTexts, feedbackValue, sectionTexts } from './block-queries.js';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from './slack-harness.js';

describe('/rapporteur and the answer buttons', () => {
  let h: SlackHarness;
  afterEach(async () => {
    await h.close();
  });

  async function command(text: string, responseName: string): Promise<Record<string, unknown>> {
    const response = await sendCommand(h.eventsUrl, SIGNING_SECRET, slashCommand({ text, responseUrl: h.fake.responseUrl(responseName) }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    await h.fake.waitFor(() => h.fake.responsesTo(responseName).length > 0);
    await h.channel.whenIdle();
    return h.fake.responsesTo(responseName)[0]!.body;
  }

  it('answers only the asker, then shares the answer in the channel on click', async () => {
    const answerer = new FakeAnswerer();
    h = await startSlackHarness(answerer);

    const reply = await command('status of Resolution 44 fellowships', 'cmd');
    expect(answerer.calls).toEqual([
      { question: 'status of Resolution 44 fellowships', context: { conversationId: 'slack:C0GENERAL:command:U0ASKER' } },
    ]);
    expect(reply).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(contextTexts(reply.blocks)).toContain('*Q:* status of Resolution 44 fellowships');
    expect(sectionTexts(reply.blocks)).toContain(`*Sources*\n${FELLOWSHIP_SOURCE}`);
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);

    const answerId = buttonValue(reply.blocks, SlackActionId.Share);
    expect(answerId).toBeDefined();
    const click = await sendInteraction(
      h.eventsUrl,
      SIGNING_SECRET,
      buttonClick({ actionId: SlackActionId.Share, value: answerId!, responseUrl: h.fake.responseUrl('share'), ephemeral: true }),
    );
    expect(click.status).toBe(200);
    await h.fake.waitFor(() => h.fake.responsesTo('share').length > 0);
    await h.channel.whenIdle();

    const [shared] = h.fake.callsTo('chat.postMessage');
    expect(shared!.args.channel).toBe('C0GENERAL');
    expect(shared!.args.thread_ts).toBeUndefined();
    expect(contextTexts(shared!.args.blocks)).toEqual([
      '<@U0ASKER> shared an answer from Rapporteur',
      '*Q:* status of Resolution 44 fellowships',
    ]);
    expect(sectionTexts(shared!.args.blocks)).toContain(`*Sources*\n${FELLOWSHIP_SOURCE}`);
    expect(buttonValue(shared!.args.blocks, SlackActionId.Share)).toBeUndefined();
    expect(h.fake.responsesTo('share').map((r) => r.body)).toEqual([{ delete_original: true }]);
    // The sharer's replies in the shared answer's thread are now follow-ups for the bot.
    expect(await h.store.isAsker(`slack:C0GENERAL:${String(shared!.result.ts)}`, 'U0ASKER')).toBe(true);
  });

  it('shares through the response_url when the bot is not in the channel', async () => {
    h = await startSlackHarness(new FakeAnswerer());
    const reply = await command('status of Resolution 44 fellowships', 'cmd');
    h.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    await sendInteraction(
      h.eventsUrl,
      SIGNING_SECRET,
      buttonClick({ actionId: SlackActionId.Share, value: buttonValue(reply.blocks, SlackActionId.Share)!, responseUrl: h.fake.responseUrl('share'), ephemeral: true }),
    );
    await h.fake.waitFor(() => h.fake.responsesTo('share').length >= 2);
    await h.channel.whenIdle();

    const [inChannel, removal] = h.fake.responsesTo('share').map((r) => r.body);
    expect(inChannel).toMatchObject({ response_type: 'in_channel' });
    expect(sectionTexts(inChannel!.blocks)).toContain(`*Sources*\n${FELLOWSHIP_SOURCE}`);
    expect(removal).toEqual({ delete_original: true });
  });

  it('answers an empty command with help and three examples', async () => {
    const answerer = new FakeAnswerer();
    h = await startSlackHarness(answerer);
    const reply = await command('', 'help');
    expect(answerer.calls).toEqual([]);
    expect(String(reply.text).match(/^• /gm)).toHaveLength(3);
  });

  it('shows the digest preview for `/rapporteur digest`, or says digests are not configured', async () => {
    h = await startSlackHarness(new FakeAnswerer(), {
      digestPreview: async () => renderSlackNotice('*Digest for SG17, 2 days to go*'),
    });
    expect(sectionTexts((await command('digest', 'digest')).blocks)).toEqual(['*Digest for SG17, 2 days to go*']);
    await h.close();

    h = await startSlackHarness(new FakeAnswerer());
    expect((await command('digest', 'no-digest')).text).toBe('Digests are not configured on this server.');
  });

  it('stores a click on the native 👍 (feedback_buttons) with the question, the answer and the user in the SQLite file', async () => {
    const answerer = new FakeAnswerer();
    h = await startSlackHarness(answerer);
    await sendEvent(h.eventsUrl, SIGNING_SECRET, eventEnvelope(mentionEvent({ text: '<@UBOT> status of Resolution 44 fellowships', ts: '1700000200.000100' })));
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length > 0);
    const [post] = h.fake.callsTo('chat.postMessage');

    const click = await sendInteraction(
      h.eventsUrl,
      SIGNING_SECRET,
      feedbackClick({ actionId: SlackActionId.Feedback, value: feedbackValue(post!.args.blocks, 'up')!, responseUrl: h.fake.responseUrl('rate'), user: 'U0RATER' }),
    );
    expect(click.status).toBe(200);
    await h.fake.waitFor(() => h.fake.responsesTo('rate').length > 0);
    await h.channel.whenIdle();

    const reopened = new SqliteStateStore(h.stateFile);
    try {
      expect(await reopened.listFeedback()).toEqual([
        expect.objectContaining({
          channel: 'slack',
          userId: 'U0RATER',
          question: 'status of Resolution 44 fellowships',
          answer: (await answerer.ask('status of Resolution 44 fellowships')).text,
          rating: 'up',
        }),
      ]);
    } finally {
      reopened.close();
    }
    expect(h.fake.responsesTo('rate')[0]!.body).toMatchObject({ response_type: 'ephemeral', text: 'Thanks, your feedback was recorded.' });
  });

  it('keeps no rating for an unknown answer and tells the user', async () => {
    h = await startSlackHarness(new FakeAnswerer());
    await sendInteraction(
      h.eventsUrl,
      SIGNING_SECRET,
      feedbackClick({ actionId: SlackActionId.Feedback, value: 'down:no-such-answer', responseUrl: h.fake.responseUrl('rate') }),
    );
    await h.fake.waitFor(() => h.fake.responsesTo('rate').length > 0);
    expect(await h.store.listFeedback()).toEqual([]);
    expect(h.fake.responsesTo('rate')[0]!.body.text).toBe('That answer is no longer available, so the rating was not kept.');
  });
});
