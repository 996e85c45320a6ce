import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderSlackAnswer } from '../../adapters/slack/slack-renderer.js';
import { FakeAnswerer, fellowshipAnswer } from '../support/fake-answerer.js';
import { loadFieldCase, type FieldCase } from '../support/field-cases.js';
import { eventEnvelope, sendEvent } from '../support/slack-requests.js';
import { contextTexts } from './block-queries.js';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from './slack-harness.js';

const NOTE = "I can't open attached files; I answer only the text of a message.";

/** The field cases replayed through the real Bolt app over loopback, against the fake Web API. */
describe('Slack field cases', () => {
  let answerer: FakeAnswerer;
  let h: SlackHarness;

  beforeEach(async () => {
    answerer = new FakeAnswerer();
    h = await startSlackHarness(answerer);
  });
  afterEach(async () => {
    await h.close();
  });

  /**
   * Sends the steps in order, each once the bot has finished with the one before (what the
   * cases' `waitMs` pauses stand for), waiting for `expectedPosts` posts in all.
   */
  async function replay(fieldCase: FieldCase, expectedPosts: number): Promise<void> {
    for (const step of fieldCase.steps) {
      const response = await sendEvent(h.eventsUrl, SIGNING_SECRET, eventEnvelope(step.event!));
      expect(response.status).toBe(200);
      await h.channel.whenIdle();
    }
    await h.fake.waitFor(() => h.fake.okCallsTo('chat.postMessage').length >= expectedPosts);
    await h.channel.whenIdle();
  }

  const posted = () =>
    h.fake.callsTo('chat.postMessage').map((call) => ({ channel: call.args.channel, thread_ts: call.args.thread_ts, text: call.args.text }));
  const ignoredBecause = () => h.logs.filter((l) => l.msg.startsWith('Slack event ignored: ')).map((l) => l.msg.slice('Slack event ignored: '.length));
  const answerText = (question: string) => renderSlackAnswer(fellowshipAnswer(question)).message.text;
  const webApiMethods = () => h.fake.calls.map((c) => c.method).filter((m) => m !== 'auth.test');

  it('07: answers the mention once and none of the three messages people address to each other in its thread', async () => {
    const fieldCase = loadFieldCase('07-slack-people-talk-in-bot-thread.json');
    const root = fieldCase.values.$T1!;

    await replay(fieldCase, 1);

    expect(answerer.calls).toEqual([{ question: 'status of 44-30', context: { conversationId: `slack:C0TSAG:${root}` } }]);
    expect(posted()).toEqual([{ channel: 'C0TSAG', thread_ts: root, text: answerText('status of 44-30') }]);
    expect(webApiMethods()).toEqual(['reactions.add', 'chat.postMessage', 'reactions.remove']);
    expect(ignoredBecause()).toEqual(['addressed to someone else', 'addressed to someone else', 'addressed to someone else']);
  });

  it('08: stays silent when the asker says thanks in the thread', async () => {
    const fieldCase = loadFieldCase('08-slack-thanks-ack.json');
    const root = fieldCase.values.$T1!;

    await replay(fieldCase, 1);

    expect(answerer.calls.map((c) => c.question)).toEqual(['status of 44-30']);
    expect(posted()).toEqual([{ channel: 'C0TSAG', thread_ts: root, text: answerText('status of 44-30') }]);
    expect(webApiMethods()).toEqual(['reactions.add', 'chat.postMessage', 'reactions.remove']);
    expect(ignoredBecause()).toEqual(['not a question (acknowledgement)']);
  });

  it('05: answers the caption of a shared file with the attachment line, and a bare file with that line alone', async () => {
    const question = 'what does the attached contribution change for 44-30?';

    await replay(loadFieldCase('05-slack-file-share.json'), 2);

    expect(answerer.calls).toEqual([{ question, context: { conversationId: 'slack:D0DELEG5' } }]);
    expect(posted()).toEqual([
      { channel: 'D0DELEG5', thread_ts: undefined, text: `${answerText(question)}\n\n${NOTE}` },
      { channel: 'D0DELEG5', thread_ts: undefined, text: NOTE },
    ]);
    const [answer, bare] = h.fake.callsTo('chat.postMessage');
    // The line sits under the answer, just above its native 👍/👎 buttons.
    const blocks = answer!.args.blocks as { type: string }[];
    expect(contextTexts(blocks).at(-1)).toBe(NOTE);
    expect(blocks.map((b) => b.type).slice(-2)).toEqual(['context', 'context_actions']);
    expect(bare!.args.blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: NOTE } }]);
  });

  it('02: Slack posts the answer but answers after 12 s: the bot finds it by its metadata and posts it once', { timeout: 40_000 }, async () => {
    const fieldCase = loadFieldCase('02-slack-slow-postmessage.json') as FieldCase & { fake: { delayNextPostMs: number } };
    const root = fieldCase.values.$T1!;
    h.fake.delayNext('chat.postMessage', fieldCase.fake.delayNextPostMs);
    const found = 'Slack did not confirm the post, but it is there; not sending it again';

    await replay(fieldCase, 1);
    // The client gives up on Slack's answer after 10 s and looks in the thread, where the message is.
    await vi.waitFor(() => expect(h.logs.some((l) => l.msg === found)).toBe(true), { timeout: 25_000, interval: 200 });
    await h.channel.whenIdle();
    // Slack's late answer arrives meanwhile; nothing more is posted.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await h.channel.whenIdle();

    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(h.fake.threadReplies('C0TSAG', root).map((m) => m.text)).toEqual([answerText('44-31')]);
    const lookups = h.fake.callsTo('conversations.replies');
    expect(lookups.map((c) => [c.args.channel, c.args.ts, c.args.include_all_metadata])).toEqual([['C0TSAG', root, 'true']]);
    expect(h.logs.find((l) => l.msg === found)).toMatchObject({ level: 40, channel: 'C0TSAG' });
  });

  it('answers the asker’s follow-up question in the thread, but not a colleague’s or a note without a question', async () => {
    const fieldCase = loadFieldCase('08-slack-thanks-ack.json');
    const root = fieldCase.values.$T1!;
    const reply = (user: string, text: string, n: number) => {
      const ts = `${root.split('.')[0]}.00020${n}`;
      return { type: 'message', user, text, ts, thread_ts: root, channel: 'C0TSAG', channel_type: 'channel', event_ts: ts };
    };

    await replay({ ...fieldCase, steps: fieldCase.steps.slice(0, 1) }, 1);
    await replay(
      {
        ...fieldCase,
        steps: [
          { event: reply('U0DELEG8', 'and interpretation?', 1) },
          { event: reply('U0DELEG9', 'I will raise it on Friday', 2) },
          { event: reply('U0DELEG9', 'and interpretation?', 3) },
        ],
      },
      2,
    );

    expect(answerer.calls.map((c) => [c.question, c.context?.conversationId])).toEqual([
      ['status of 44-30', `slack:C0TSAG:${root}`],
      ['and interpretation?', `slack:C0TSAG:${root}`],
    ]);
    expect(posted().map((p) => p.thread_ts)).toEqual([root, root]);
    expect(ignoredBecause()).toEqual(['not addressed to the bot', 'not a question (query)']);
  });
});
