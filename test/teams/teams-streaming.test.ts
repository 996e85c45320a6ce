import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config.js';
import { prepareAnswerer } from '../../bot/open-answerer.js';
import type { Rapporteur } from '../../bot/rapporteur.js';
import { FakeOpenAiServer, type CompletionReply, type RecordedCompletion } from '../support/fake-openai-server.js';
import type { RecordedActivity } from '../support/fake-bot-connector.js';
import { sharedRapporteur } from '../support/shared-rapporteur.js';
import { channelMention, personalMessage } from './teams-activities.js';
import { startTeamsHarness, type TeamsHarness } from './teams-harness.js';

const QUESTION = 'status of Resolution 44 fellowships';
const MODEL_REPLY =
  'Fellowships under Resolution 44 continue: the TSB provides fellowships to eligible countries so that their delegates can attend ' +
  'relevant ITU-T meetings [44-30]. Over the period October 2021 to December 2021, because of COVID-19 restrictions, no fellowships ' +
  'were awarded [44-30].';

interface StreamInfo {
  type: string;
  streamType: string;
  streamSequence?: number;
  streamId?: string;
}

let rapporteur: Rapporteur;
let model: FakeOpenAiServer | undefined;
let h: TeamsHarness | undefined;
beforeAll(async () => {
  rapporteur = await sharedRapporteur();
});
afterEach(async () => {
  await h?.close();
  await model?.close();
  h = undefined;
  model = undefined;
});

const isRewrite = (request: RecordedCompletion): boolean => FakeOpenAiServer.systemPrompt(request).includes('standalone English search query');

async function teamsWithModel(answer: CompletionReply): Promise<TeamsHarness> {
  model = await FakeOpenAiServer.start((request) => (isRewrite(request) ? QUESTION : answer));
  const config = loadConfig({ LLM_PROVIDER: 'openai', LLM_MODEL: 'local-test-model', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: model.baseUrl, LLM_TIMEOUT_MS: '10000' });
  h = await startTeamsHarness(prepareAnswerer(config)(rapporteur), { turnBudgetMs: 10_000 });
  return h;
}

const streamInfoOf = (recorded: RecordedActivity): StreamInfo | undefined =>
  ((recorded.activity.entities ?? []) as StreamInfo[]).find((entity) => entity.type === 'streaminfo');

describe('Teams streams a model-written answer in a personal chat', () => {
  it('sends typing updates with a rising streamSequence, then one final message with the citations and the AI label', async () => {
    const harness = await teamsWithModel(MODEL_REPLY);
    expect((await harness.post(personalMessage(harness.connector.url, QUESTION))).status).toBe(200);
    await harness.connector.waitFor((a) => a.activity.type === 'message');

    const updates = harness.connector.activities.filter((a) => a.activity.type === 'typing' && streamInfoOf(a));
    expect(updates.length).toBeGreaterThanOrEqual(2);
    const infos = updates.map((a) => streamInfoOf(a)!);
    expect(infos[0]).toMatchObject({ streamType: 'informative', streamSequence: 1 });
    expect(infos[0]!.streamId).toBeUndefined();
    const streamId = updates[0]!.id;
    for (const [index, info] of infos.slice(1).entries()) {
      expect(info).toMatchObject({ streamType: 'streaming', streamSequence: index + 2, streamId });
    }
    expect(updates[1]!.activity.text).toBe(MODEL_REPLY.slice(0, MODEL_REPLY.indexOf('[44-30].') + '[44-30].'.length));

    const messages = harness.connector.messages();
    expect(messages).toHaveLength(1);
    const final = messages[0]!.activity;
    expect(streamInfoOf(messages[0]!)).toMatchObject({ streamType: 'final', streamId });
    const entity = (final.entities as { type: string; additionalType?: string[]; citation?: { appearance: { name: string } }[] }[]).find(
      (e) => e.type === 'https://schema.org/Message',
    )!;
    expect(entity.additionalType).toEqual(['AIGeneratedContent']);
    expect(entity.citation!.map((c) => c.appearance.name)[0]).toMatch(/^44-30 · /);
    expect(final.text).toContain('[1]');
    expect(final.text).not.toContain('[44-30]');
  });

  it('does not stream in a channel: one message, as before', async () => {
    const harness = await teamsWithModel(MODEL_REPLY);
    await harness.post(channelMention(harness.connector.url, QUESTION));
    await harness.connector.waitFor((a) => a.activity.type === 'message');
    expect(harness.connector.activities.filter((a) => streamInfoOf(a))).toEqual([]);
  });
});
