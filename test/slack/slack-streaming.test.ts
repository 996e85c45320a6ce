import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../bot/answer.js';
import { loadConfig } from '../../bot/config.js';
import { prepareAnswerer } from '../../bot/open-answerer.js';
import type { Rapporteur } from '../../bot/rapporteur.js';
import { FakeOpenAiServer, type CompletionReply, type RecordedCompletion } from '../support/fake-openai-server.js';
import { sharedRapporteur } from '../support/shared-rapporteur.js';
import { eventEnvelope, mentionEvent, sendEvent } from '../support/slack-requests.js';
import { contextTexts, feedbackValue, sectionTexts } from './block-queries.js';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from './slack-harness.js';

/** A model reply long enough to go out in several pieces, citing 44-30. */
const MODEL_REPLY =
  'Fellowships under Resolution 44 continue: the TSB provides fellowships to eligible countries so that their delegates can attend ' +
  'relevant ITU-T meetings [44-30]. Over the period October 2021 to December 2021, because of COVID-19 restrictions, no fellowships ' +
  'were awarded, and the action remains ongoing with its periodic goals met [44-30].';
const STREAM_METHODS = new Set(['chat.startStream', 'chat.appendStream', 'chat.stopStream', 'chat.update', 'chat.postMessage']);
const MODEL_LABEL = 'Written by a language model from the sources listed.';

let rapporteur: Rapporteur;
let model: FakeOpenAiServer | undefined;
let h: SlackHarness | undefined;
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

async function slackWithModel(answer: CompletionReply): Promise<SlackHarness> {
  model = await FakeOpenAiServer.start((request) => (isRewrite(request) ? 'status of Resolution 44 fellowships' : answer));
  const config = loadConfig({ LLM_PROVIDER: 'openai', LLM_MODEL: 'local-test-model', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: model.baseUrl, LLM_TIMEOUT_MS: '10000' });
  const answerer: Answerer = prepareAnswerer(config)(rapporteur);
  h = await startSlackHarness(answerer);
  return h;
}

async function askInChannel(harness: SlackHarness): Promise<void> {
  const event = mentionEvent({ text: '<@UBOT> status of Resolution 44 fellowships', ts: '1700000500.000100' });
  expect((await sendEvent(harness.eventsUrl, SIGNING_SECRET, eventEnvelope(event))).status).toBe(200);
  await harness.fake.waitFor(() => harness.fake.calls.some((c) => c.method === 'reactions.remove'));
  await harness.channel.whenIdle();
}

const streamCalls = (harness: SlackHarness) => harness.fake.calls.filter((c) => STREAM_METHODS.has(c.method));

describe('Slack streams a model-written answer in the thread', () => {
  it('starts, appends and stops the stream in order; the stop carries the sources and the feedback buttons', async () => {
    const harness = await slackWithModel(MODEL_REPLY);
    await askInChannel(harness);

    const calls = streamCalls(harness);
    const methods = calls.map((c) => c.method);
    expect(methods[0]).toBe('chat.startStream');
    expect(methods.at(-1)).toBe('chat.stopStream');
    expect(methods.slice(1, -1).length).toBeGreaterThan(0);
    expect(new Set(methods.slice(1, -1))).toEqual(new Set(['chat.appendStream']));
    expect(calls[0]!.args).toMatchObject({ channel: 'C0GENERAL', thread_ts: '1700000500.000100', recipient_user_id: 'U0ASKER', recipient_team_id: 'T0001' });
    const ts = calls[0]!.result.ts;
    for (const call of calls.slice(1)) expect(call.args).toMatchObject({ channel: 'C0GENERAL', ts });
    // Every piece of the text went out once, in order.
    expect(calls.map((c) => c.args.markdown_text ?? '').join('')).toBe(MODEL_REPLY);

    const stop = calls.at(-1)!.args;
    expect(sectionTexts(stop.blocks).some((text) => text.startsWith('*Sources*\n• Action item *44-30*'))).toBe(true);
    expect(contextTexts(stop.blocks)).toContain(MODEL_LABEL);
    expect(feedbackValue(stop.blocks, 'up')).toMatch(/^up:[0-9a-f-]{36}$/);
    expect(model!.requests.find((r) => !isRewrite(r))!.body.stream).toBe(true);
  });

  it('ends with the extractive answer, not half an answer, when an append fails', async () => {
    const harness = await slackWithModel(MODEL_REPLY);
    harness.fake.failNext('chat.appendStream', { error: 'internal_error' });
    await askInChannel(harness);

    const methods = streamCalls(harness).map((c) => c.method);
    expect(methods).toEqual(['chat.startStream', 'chat.appendStream', 'chat.stopStream', 'chat.update']);
    const update = harness.fake.callsTo('chat.update')[0]!.args;
    expect(update).toMatchObject({ channel: 'C0GENERAL', ts: harness.fake.callsTo('chat.startStream')[0]!.result.ts });
    expect(JSON.stringify(update.blocks)).not.toContain('Fellowships under Resolution 44 continue');
    expect(contextTexts(update.blocks)).not.toContain(MODEL_LABEL);
    expect(sectionTexts(update.blocks).some((text) => text.startsWith('*Sources*\n• Action item *44-30*'))).toBe(true);
    expect(feedbackValue(update.blocks, 'down')).toMatch(/^down:/);
  });

  it('ends with the extractive answer when the model’s stream breaks midway', async () => {
    const pieces = MODEL_REPLY.split(/(?<= )/);
    const harness = await slackWithModel({ pieces, breakAfter: Math.floor(pieces.length * 0.7) });
    await askInChannel(harness);

    const methods = streamCalls(harness).map((c) => c.method);
    expect(methods[0]).toBe('chat.startStream');
    expect(methods.slice(-2)).toEqual(['chat.stopStream', 'chat.update']);
    expect(contextTexts(harness.fake.callsTo('chat.update')[0]!.args.blocks)).not.toContain(MODEL_LABEL);
  });
});
