import { afterEach, describe, expect, it } from 'vitest';
import { isLoopbackUrl } from '../../adapters/teams/teams-activity-guard.js';
import { capturingLogger } from '../support/capturing-logger.js';
import { FakeAnswerer } from '../support/fake-answerer.js';
import { PERSONAL_CONVERSATION, channelMention, personalMessage } from './teams-activities.js';
import { startTeamsHarness, type TeamsHarness } from './teams-harness.js';

let harness: TeamsHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('Teams inbound activities (real CloudAdapter, fake Bot Connector)', () => {
  it('answers the same activity id delivered four times once', async () => {
    const answerer = new FakeAnswerer();
    const { logger, lines } = capturingLogger();
    harness = await startTeamsHarness(answerer, { logger });
    const incoming = personalMessage(harness.connector.url, 'status of Resolution 44 fellowships');

    const statuses = await Promise.all([1, 2, 3, 4].map(async () => (await harness!.post(incoming)).status));
    await harness.channel.stop?.();

    expect(statuses).toEqual([200, 200, 200, 200]);
    expect(answerer.calls).toEqual([
      { question: 'status of Resolution 44 fellowships', context: { conversationId: `teams:${PERSONAL_CONVERSATION}` } },
    ]);
    expect(harness.connector.messages().map((m) => m.replyToId)).toEqual([incoming.id]);
    expect(lines.filter((l) => l.msg === 'Teams redelivery skipped')).toHaveLength(3);
  });

  it('answers two messages with different ids in the same conversation', async () => {
    const answerer = new FakeAnswerer();
    harness = await startTeamsHarness(answerer);
    await harness.post(personalMessage(harness.connector.url, 'status of Resolution 44 fellowships'));
    await harness.post(personalMessage(harness.connector.url, 'status of Resolution 44 fellowships'));
    expect(answerer.calls).toHaveLength(2);
    expect(harness.connector.messages()).toHaveLength(2);
  });

  it.each([
    ['entities is a string', { entities: 'x' }, 'entities: Expected array, received string'],
    ['an entity has no type', { entities: [{ text: 'x' }] }, 'entities.0.type: Required'],
    ['attachments is an object', { attachments: { contentType: 'x' } }, 'attachments: Expected array, received object'],
    ['membersAdded is a number', { membersAdded: 7 }, 'membersAdded: Expected array, received number'],
    ['channelData is a string', { channelData: 'x' }, 'channelData: Expected object, received string'],
    ['text is a number', { text: 42 }, 'text: Expected string, received number'],
    ['from has no id', { from: { name: 'x' } }, 'from.id: Required'],
  ])('refuses an activity where %s with 400, logs it, and answers the next one', async (_case, change, problem) => {
    const answerer = new FakeAnswerer();
    const { logger, lines } = capturingLogger();
    harness = await startTeamsHarness(answerer, { logger });

    const malformed = await harness.post({ ...channelMention(harness.connector.url, 'status of Resolution 44 fellowships'), ...change });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toEqual({ error: `Not a Bot Framework activity (${problem})` });
    expect(lines.filter((l) => l.msg === 'Teams activity refused').map((l) => l.problem)).toEqual([
      `Not a Bot Framework activity (${problem})`,
    ]);
    expect(answerer.calls).toEqual([]);
    expect(harness.connector.activities).toEqual([]);

    const next = await harness.post(channelMention(harness.connector.url, 'status of Resolution 44 fellowships'));
    expect(next.status).toBe(200);
    expect(answerer.calls.map((c) => c.question)).toEqual(['status of Resolution 44 fellowships']);
    expect(harness.connector.messages()).toHaveLength(1);
  });

  it('reads a null list as absent rather than refusing it', async () => {
    const answerer = new FakeAnswerer();
    harness = await startTeamsHarness(answerer);
    const response = await harness.post({ ...personalMessage(harness.connector.url, 'status of Resolution 44 fellowships'), entities: null });
    expect(response.status).toBe(200);
    expect(harness.connector.messages()).toHaveLength(1);
  });

  it('without a Microsoft app id, refuses to reply to a serviceUrl off this machine (400, logged)', async () => {
    const answerer = new FakeAnswerer();
    const { logger, lines } = capturingLogger();
    harness = await startTeamsHarness(answerer, { logger });

    const response = await harness.post(personalMessage('https://smba.trafficmanager.net/emea/', 'status of Resolution 44 fellowships'));

    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({
      error: 'Without MicrosoftAppId the bot replies only on this machine, not to https://smba.trafficmanager.net/emea/.',
    });
    expect(answerer.calls).toEqual([]);
    expect(lines.filter((l) => l.msg.startsWith('Teams activity refused: without MicrosoftAppId')).map((l) => l.serviceUrl)).toEqual([
      'https://smba.trafficmanager.net/emea/',
    ]);
    expect((await harness.post(personalMessage(harness.connector.url, 'status of Resolution 44 fellowships'))).status).toBe(200);
    expect(harness.connector.messages()).toHaveLength(1);
  });
});

describe('isLoopbackUrl', () => {
  it.each([
    ['http://127.0.0.1:3979/', true],
    ['http://127.8.9.10/', true],
    ['http://localhost:50000/', true],
    ['http://[::1]:3979/', true],
    ['https://smba.trafficmanager.net/emea/', false],
    ['http://10.0.0.5/', false],
    ['http://127.0.0.1.example.com/', false],
    ['http://[::ffff:10.0.0.1]/', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isLoopbackUrl(url)).toBe(expected);
  });
});
