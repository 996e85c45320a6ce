import { afterEach, describe, expect, it } from 'vitest';
import type { Answer, Answerer, AskContext } from '../../bot/answer.js';
import { SqliteStateStore } from '../../bot/state/sqlite/sqlite-state-store.js';
import { ErrorCode, RapporteurError } from '../../retrieval/errors.js';
import { FakeAnswerer, fellowshipAnswer } from '../support/fake-answerer.js';
import { sharedRapporteur } from '../support/shared-rapporteur.js';
import type { RecordedActivity } from '../support/fake-bot-connector.js';
import {
  BOT,
  CHANNEL_CONVERSATION,
  PERSONAL_CONVERSATION,
  USER,
  appUninstalledFromChat,
  botAddedToChannel,
  botRemovedFromChannel,
  channelMention,
  feedbackInvoke,
  personalMessage,
} from './teams-activities.js';
import { startTeamsHarness, type TeamsHarness } from './teams-harness.js';

let harness: TeamsHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const isMessage = (r: RecordedActivity) => r.activity.type === 'message';

interface WireClaim {
  '@type': string;
  position: number;
  appearance: { '@type': string; name: string; abstract: string; url?: string };
}
interface WireEntity {
  type: string;
  '@type'?: string;
  '@context'?: string;
  '@id'?: string;
  additionalType?: string[];
  citation?: WireClaim[];
}

const markersIn = (text: string): number[] => [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));

describe('Teams channel over loopback (real CloudAdapter, fake Bot Connector)', () => {
  it('answers a personal message from the real pipeline with native citations naming 44-30', async () => {
    harness = await startTeamsHarness(await sharedRapporteur());
    const incoming = personalMessage(harness.connector.url, 'status of Resolution 44 fellowships');

    expect((await harness.post(incoming)).status).toBe(200);

    const [reply] = harness.connector.messages();
    expect(reply!.conversationId).toBe(PERSONAL_CONVERSATION);
    expect(reply!.replyToId).toBe(incoming.id);
    const text = String(reply!.activity.text);
    expect(text).toContain('44-30');
    const [entity] = reply!.activity.entities as WireEntity[];
    expect(entity).toMatchObject({ type: 'https://schema.org/Message', '@type': 'Message', '@context': 'https://schema.org' });
    const positions = entity!.citation!.map((c) => c.position);
    expect([...new Set(markersIn(text))].sort((a, b) => a - b)).toEqual([...positions].sort((a, b) => a - b));
    const claim = entity!.citation!.find((c) => c.appearance.name.startsWith('44-30 · '));
    expect(claim).toBeDefined();
    // The card shows the item, so the text does not repeat it: the claim's marker is in the Source line.
    expect(text.split('\n\n')[0]).toBe(`Source: 44-30 [${claim!.position}]`);
  });

  it('delivers the rendered answer over the wire unchanged: text, citation entity, card, feedback', async () => {
    const answerer = new FakeAnswerer();
    harness = await startTeamsHarness(answerer);
    const incoming = personalMessage(harness.connector.url, 'status of Resolution 44 fellowships');

    const response = await harness.post(incoming);

    expect(response.status).toBe(200);
    expect(answerer.calls).toEqual([
      { question: 'status of Resolution 44 fellowships', context: { conversationId: `teams:${PERSONAL_CONVERSATION}` } },
    ]);
    expect(harness.connector.activities.map((a) => a.activity.type)).toEqual(['typing', 'message']);
    const [reply] = harness.connector.messages();
    expect(reply!.conversationId).toBe(PERSONAL_CONVERSATION);
    expect(reply!.replyToId).toBe(incoming.id);
    expect(reply!.activity.text).toBe(
      '44-30 — Provision, by the TSB, of fellowships to eligible countries to attend relevant ITU-T meetings.<br>' +
        'Milestone: Ongoing · Periodic goals met: yes · Completed: no\n\n' +
        'Over the period October 2021 to December 2021, due to COVID-19 restrictions, no fellowships were awarded. [1]',
    );
    expect(reply!.activity.channelData).toMatchObject({ feedbackLoopEnabled: true });

    // The entity's fields are what botbuilder 4.23 would drop without allowEntityFields().
    const entities = reply!.activity.entities as WireEntity[];
    expect(entities).toHaveLength(1);
    const entity = entities[0]!;
    expect(entity).toMatchObject({
      type: 'https://schema.org/Message',
      '@type': 'Message',
      '@context': 'https://schema.org',
      '@id': '',
    });
    expect(entity.additionalType).toBeUndefined(); // extractive answer: no AI label
    expect(entity.citation!.map((c) => c.position)).toEqual(markersIn(String(reply!.activity.text)));
    expect(entity.citation![0]).toEqual({
      '@type': 'Claim',
      position: 1,
      appearance: {
        '@type': 'DigitalDocument',
        name: '44-30 · Action Plan for the implementation of WTSA-16… (2022 edition)',
        abstract: 'Over the period October 2021 to December 2021, due to COVID-19 restrictions, no fellowships were awarded.',
        keywords: ['Resolution 44', 'Action item 44-30'],
      },
    });
    const attachments = reply!.activity.attachments as { contentType: string; content: { body: { text?: string }[] } }[];
    expect(attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachments[0]!.content.body[0]!.text).toBe('Action item 44-30');
  });

  it('strips the @mention in a channel and replies in the thread', async () => {
    const answerer = new FakeAnswerer();
    harness = await startTeamsHarness(answerer);
    const incoming = channelMention(harness.connector.url, 'status of Resolution 44 fellowships');

    expect((await harness.post(incoming)).status).toBe(200);

    expect(answerer.calls.map((c) => c.question)).toEqual(['status of Resolution 44 fellowships']);
    expect(answerer.calls[0]!.context).toEqual({ conversationId: `teams:${CHANNEL_CONVERSATION};messageid=1700000000000` });
    const [reply] = harness.connector.messages();
    expect(reply!.conversationId).toBe(`${CHANNEL_CONVERSATION};messageid=1700000000000`);
    expect(reply!.replyToId).toBe(incoming.id);
    expect(reply!.activity.text).not.toContain('<at>');
  });

  it('answers an empty @mention with help and example questions', async () => {
    const answerer = new FakeAnswerer();
    harness = await startTeamsHarness(answerer);

    await harness.post(channelMention(harness.connector.url, ''));

    expect(answerer.calls).toEqual([]);
    const [reply] = harness.connector.messages();
    expect(reply!.activity.text).toContain('• Resolution 44 fellowships status<br>• What is action item 44-30?');
  });

  it('hands "digest" to the digest preview provider with the conversation', async () => {
    const answerer = new FakeAnswerer();
    const requests: unknown[] = [];
    harness = await startTeamsHarness(answerer, {
      digestPreview: async (request) => {
        requests.push(request);
        return { type: 'message', text: 'Digest for SG3: 2 action items changed.' };
      },
    });

    await harness.post(personalMessage(harness.connector.url, 'Digest'));

    expect(answerer.calls).toEqual([]);
    expect(requests).toEqual([{ conversationId: `teams:${PERSONAL_CONVERSATION}`, conversationName: `Chat with ${USER.name}` }]);
    expect(harness.connector.messages().map((m) => m.activity.text)).toEqual(['Digest for SG3: 2 action items changed.']);
  });

  it('stores the channel reference when added, then posts proactively to the channel', async () => {
    harness = await startTeamsHarness(new FakeAnswerer());

    expect((await harness.post(botAddedToChannel(harness.connector.url))).status).toBe(200);
    const stored = harness.store.getConversation(`teams:${CHANNEL_CONVERSATION}`);
    expect(stored).toMatchObject({ channel: 'teams', name: 'ITU-T Study Group 3 › General' });
    expect(stored!.reference).toMatchObject({ bot: BOT, conversation: { id: CHANNEL_CONVERSATION }, serviceUrl: harness.connector.url });

    const postedId = await harness.channel.postProactive(`teams:${CHANNEL_CONVERSATION}`, {
      type: 'message',
      text: 'Weekly digest: Resolution 44 has 1 update.',
    });

    const [posted] = harness.connector.messages();
    expect(postedId).toBe(posted!.id);
    expect(posted!.conversationId).toBe(CHANNEL_CONVERSATION);
    expect(posted!.replyToId).toBeUndefined();
    expect(posted!.activity.text).toBe('Weekly digest: Resolution 44 has 1 update.');
  });

  it('deletes the reference when the bot is removed, and refuses proactive posts there', async () => {
    harness = await startTeamsHarness(new FakeAnswerer());
    await harness.post(botAddedToChannel(harness.connector.url));
    expect(harness.store.listConversations('teams').map((c) => c.id)).toEqual([`teams:${CHANNEL_CONVERSATION}`]);

    expect((await harness.post(botRemovedFromChannel(harness.connector.url))).status).toBe(200);

    expect(harness.store.listConversations('teams')).toEqual([]);
    await expect(harness.channel.postProactive(`teams:${CHANNEL_CONVERSATION}`, { type: 'message', text: 'x' })).rejects.toMatchObject({
      code: ErrorCode.ConversationUnknown,
    });
  });

  it('remembers a personal chat on every message and forgets it when the app is uninstalled', async () => {
    harness = await startTeamsHarness(new FakeAnswerer());
    await harness.post(personalMessage(harness.connector.url, 'status of Resolution 44 fellowships'));
    expect(harness.store.getConversation(`teams:${PERSONAL_CONVERSATION}`)).toMatchObject({ name: `Chat with ${USER.name}` });

    expect((await harness.post(appUninstalledFromChat(harness.connector.url))).status).toBe(200);

    expect(harness.store.getConversation(`teams:${PERSONAL_CONVERSATION}`)).toBeUndefined();
  });

  it('stores 👍 feedback with question and answer in the SQLite file and answers the invoke with 200', async () => {
    harness = await startTeamsHarness(new FakeAnswerer());
    await harness.post(personalMessage(harness.connector.url, 'status of Resolution 44 fellowships'));
    const [reply] = harness.connector.messages();

    const response = await harness.post(feedbackInvoke(harness.connector.url, reply!.id, 'like', 'Exactly what I needed'));

    expect(response.status).toBe(200);
    const reopened = new SqliteStateStore(harness.store.file);
    try {
      expect(await reopened.listFeedback()).toEqual([
        expect.objectContaining({
          channel: 'teams',
          userId: USER.aadObjectId,
          question: 'status of Resolution 44 fellowships',
          answer: fellowshipAnswer('status of Resolution 44 fellowships').text,
          rating: 'up',
          comment: 'Exactly what I needed',
        }),
      ]);
    } finally {
      reopened.close();
    }
  });

  it('answers malformed JSON and non-activities with 400 and keeps serving', async () => {
    harness = await startTeamsHarness(new FakeAnswerer());

    const broken = await harness.post('{"type": "message", "text": ');
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toEqual({ error: 'The activity is not valid JSON.' });
    const notActivity = await harness.post({ type: 'message', text: 'hello' });
    expect(notActivity.status).toBe(400);
    expect(JSON.parse(notActivity.body).error).toContain('conversation');

    expect((await harness.post(personalMessage(harness.connector.url, 'status of Resolution 44 fellowships'))).status).toBe(200);
    expect(harness.connector.messages()).toHaveLength(1);
  });

  it('refuses an unsigned activity with 401 once the bot has credentials', async () => {
    const answerer = new FakeAnswerer();
    harness = await startTeamsHarness(answerer, {
      config: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret' },
    });

    const response = await harness.post(personalMessage(harness.connector.url, 'status of Resolution 44 fellowships'));

    expect(response.status).toBe(401);
    expect(answerer.calls).toEqual([]);
    expect(harness.connector.activities).toEqual([]);
  });

  it('retries a reply the connector throttles (429) and delivers it exactly once', async () => {
    harness = await startTeamsHarness(new FakeAnswerer());
    harness.connector.failNext(429, { matching: (activity) => activity.type === 'message' });

    expect((await harness.post(personalMessage(harness.connector.url, 'status of Resolution 44 fellowships'))).status).toBe(200);

    expect(harness.connector.refused.map((r) => [r.status, r.activity.type])).toEqual([[429, 'message']]);
    expect(harness.connector.messages()).toHaveLength(1);
    expect(harness.connector.messages()[0]!.activity.text).toContain('44-30');
  });

  it('apologises in the conversation when answering fails', async () => {
    const failing: Answerer = {
      ask: async () => {
        throw new Error('index exploded');
      },
    };
    harness = await startTeamsHarness(failing);

    await harness.post(personalMessage(harness.connector.url, 'status of Resolution 44 fellowships'));

    expect(harness.connector.messages().map((m) => m.activity.text)).toEqual([
      'Sorry, something went wrong while answering. The problem has been logged; please try again in a moment.',
    ]);
  });

  it('tells the user what is wrong with an invalid question', async () => {
    const strict: Answerer = {
      ask: async () => {
        throw new RapporteurError(ErrorCode.QuestionInvalid, 'Questions are limited to 1000 characters.');
      },
    };
    harness = await startTeamsHarness(strict);

    await harness.post(personalMessage(harness.connector.url, 'x'.repeat(1200)));

    expect(harness.connector.messages().map((m) => m.activity.text)).toEqual(['Questions are limited to 1000 characters.']);
  });

  it('finishes an answer that outlives the turn budget as a proactive reply', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const slow: Answerer & { calls: AskContext[] } = {
      calls: [],
      async ask(question: string, context?: AskContext): Promise<Answer> {
        this.calls.push(context ?? {});
        await released;
        return fellowshipAnswer(question);
      },
    };
    harness = await startTeamsHarness(slow, { turnBudgetMs: 1 });
    const incoming = personalMessage(harness.connector.url, 'status of Resolution 44 fellowships');

    // The turn returns before the answer exists…
    expect((await harness.post(incoming)).status).toBe(200);
    expect(harness.connector.messages()).toEqual([]);

    // …and the answer arrives later as a reply in the same conversation.
    release();
    const reply = await harness.connector.waitFor(isMessage);
    expect(reply.conversationId).toBe(PERSONAL_CONVERSATION);
    expect(reply.replyToId).toBe(incoming.id);
    expect(reply.activity.text).toContain('no fellowships were awarded. [1]');
    expect((reply.activity.entities as WireEntity[])[0]!.citation).toHaveLength(1);
  });
});
