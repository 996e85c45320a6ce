import { afterEach, describe, expect, it } from 'vitest';
import { teamsAnswerKey } from '../../adapters/teams/teams-conversations.js';
import type { Answer, Answerer, AskContext } from '../../bot/answer.js';
import { FakeAnswerer } from '../support/fake-answerer.js';
import { loadFieldCase } from '../support/field-cases.js';
import { sharedRapporteur } from '../support/shared-rapporteur.js';
import { BOT, channelMention, personalMessage } from './teams-activities.js';
import { startTeamsHarness, type TeamsHarness } from './teams-harness.js';

const NOTE = "I can't open attached files; I answer only the text of a message.";

let harness: TeamsHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** The real pipeline, remembering the questions it was asked. */
class RecordingAnswerer implements Answerer {
  readonly questions: string[] = [];
  constructor(private readonly inner: Answerer) {}
  async ask(question: string, context?: AskContext): Promise<Answer> {
    this.questions.push(question);
    return this.inner.ask(question, context);
  }
}

/** Field case 09 and its kin through the real CloudAdapter over loopback, against the fake Bot Connector. */
describe('Teams field cases', () => {
  it('09: a mention of the bot and a colleague, with &nbsp;, is asked clean and answered once about 44-30', async () => {
    const answerer = new RecordingAnswerer(await sharedRapporteur());
    harness = await startTeamsHarness(answerer);
    const [step] = loadFieldCase('09-teams-mention-nbsp.json', { serviceUrl: harness.connector.url }).steps;
    const activity = step!.activity!;

    expect((await harness.post(activity)).status).toBe(200);

    expect(answerer.questions).toEqual(['status of Res. 44 fellowships']);
    const replies = harness.connector.messages();
    expect(replies).toHaveLength(1);
    const [reply] = replies;
    expect(reply!.replyToId).toBe(activity.id);
    expect(String(reply!.activity.text)).toMatch(/^Source: 44-30 \[1\]/);
    expect(reply!.activity.text).not.toMatch(/<at>|&nbsp;|Delegate Two/);
    const conversationId = (activity.conversation as { id: string }).id;
    const stored = await harness.store.getAnswer(teamsAnswerKey(conversationId, reply!.id));
    expect(stored?.question).toBe('status of Res. 44 fellowships');
    expect((stored?.answer as Answer).cards.map((card) => card.id)[0]).toBe('44-30');
  });

  it('posts nothing for a message to a colleague, thanks, or another bot', async () => {
    const answerer = new FakeAnswerer();
    harness = await startTeamsHarness(answerer);
    const url = harness.connector.url;
    const colleague = { id: '29:deleg-2', name: 'Delegate Two' };
    const toColleague = {
      ...channelMention(url, 'and 44-31?'),
      text: '<at>Delegate Two</at> and 44-31?',
      entities: [{ type: 'mention', text: '<at>Delegate Two</at>', mentioned: colleague }],
    };
    const fromBot = { ...personalMessage(url, 'status of 44-30'), from: { id: '28:other-bot', name: 'Other', role: 'bot' } };

    for (const activity of [toColleague, channelMention(url, 'thanks, that’s what I needed 👍'), personalMessage(url, 'ok'), fromBot]) {
      expect((await harness.post(activity)).status).toBe(200);
    }

    expect(answerer.calls).toEqual([]);
    expect(harness.connector.activities).toEqual([]);
  });

  it('answers a file’s caption with the attachment line, and a bare file with that line alone', async () => {
    const answerer = new FakeAnswerer();
    harness = await startTeamsHarness(answerer);
    const file = { contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'TSAG-C-draft.docx', content: { downloadUrl: 'https://x/y', fileType: 'docx' } };
    const html = { contentType: 'text/html', content: '<p>what does the attached contribution change for 44-30?</p>' };
    const question = 'what does the attached contribution change for 44-30?';

    await harness.post({ ...personalMessage(harness.connector.url, question), attachments: [file, html] });
    await harness.post({ ...personalMessage(harness.connector.url, ''), attachments: [file] });

    expect(answerer.calls.map((c) => c.question)).toEqual([question]);
    const texts = harness.connector.messages().map((m) => String(m.activity.text));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/^44-30 — Provision, by the TSB, of fellowships[\s\S]* \[1\]\n\nI can't open attached files; I answer only the text of a message\.$/);
    expect(texts[1]).toBe(NOTE);
  });

  it('keeps answering an HTML-only attachment (the message itself) without the line', async () => {
    const answerer = new FakeAnswerer();
    harness = await startTeamsHarness(answerer);
    const mention = channelMention(harness.connector.url, 'status of 44-30');

    await harness.post({ ...mention, attachments: [{ contentType: 'text/html', content: `<p><at>${BOT.name}</at> status of 44-30</p>` }] });

    expect(answerer.calls.map((c) => c.question)).toEqual(['status of 44-30']);
    expect(harness.connector.messages().map((m) => String(m.activity.text).includes(NOTE))).toEqual([false]);
  });
});
