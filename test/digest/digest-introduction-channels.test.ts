import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { channelDigestPreviews, startDigestScheduler } from '../../adapters/server/digest-wiring.js';
import { createDigestIntroducer } from '../../bot/digest/digest-introducer.js';
import { DigestService } from '../../bot/digest/digest-service.js';
import { loadPromptTemplates } from '../../bot/llm/prompt-templates.js';
import { silentLogger } from '../../bot/logger.js';
import { OutboxDispatcher } from '../../bot/outbox/outbox-dispatcher.js';
import { recordingChatModel } from '../llm/recording-chat-model.js';
import { FakeAnswerer } from '../support/fake-answerer.js';
import { sendCommand, slashCommand } from '../support/slack-requests.js';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from '../slack/slack-harness.js';
import { botAddedToChannel, CHANNEL_CONVERSATION } from '../teams/teams-activities.js';
import { startTeamsHarness, type TeamsHarness } from '../teams/teams-harness.js';
import { useChannelTestContext } from './channel-test-context.js';
import { editedPlanSeeds } from './digest-fixtures.js';
import { GUARDED_INTRODUCTION, MODEL_REPLY } from './introduced-digest.js';

const CHANNEL_NAME = 'ITU-T Study Group 3 › General';
const LABEL = 'Written by a language model from the action-item changes under “What changed”.';
const seedsDir = editedPlanSeeds();
afterAll(() => rmSync(seedsDir, { recursive: true, force: true }));

/** `YYYY-MM-DD`, `days` from today (UTC). */
const fromToday = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('introduced digests through the server wiring into Teams and Slack', () => {
  const context = useChannelTestContext('rapporteur-digest-intro-');

  /** The digest service as `npm start` builds it with a chat model configured (a fake one here). */
  function introducingService(): { digests: DigestService; prompts: ReturnType<typeof recordingChatModel>['prompts'] } {
    const { model, prompts } = recordingChatModel([MODEL_REPLY]);
    const introducer = createDigestIntroducer({ model, prompts: loadPromptTemplates(), timeoutMs: 5000 });
    return { digests: new DigestService({ seedsDir, calendarFile: context.calendarFile, introducer }), prompts };
  }

  it('posts the scheduled digest to Teams opening with the introduction and the AI label', async () => {
    const teams = (context.teams = await startTeamsHarness(new FakeAnswerer()));
    await teams.post(botAddedToChannel(teams.connector.url));
    // The posting time (five days before) has passed, the meeting has not begun: posted at start.
    const start = fromToday(3);
    writeFileSync(
      context.calendarFile,
      JSON.stringify({ meetings: [{ name: 'TSAG (soon)', start, end: start, postAt: [{ daysBefore: 5, time: '00:00' }], targets: { teams: [CHANNEL_NAME] } }] }),
    );
    const { digests, prompts } = introducingService();

    const dispatcher = new OutboxDispatcher(teams.store.outbox, [teams.channel.outboxPoster]);
    context.scheduler = await startDigestScheduler(
      { MEETINGS_FILE: context.calendarFile },
      { store: teams.store, logger: silentLogger, digests, plan: { teams: teams.channel }, dispatcher },
    );

    const [first, ...rest] = teams.connector.messages();
    expect(first!.conversationId).toBe(CHANNEL_CONVERSATION);
    const paragraphs = first!.activity.text!.split('\n\n');
    expect(paragraphs[0]!.startsWith('**Digest: TSAG (soon)**<br>')).toBe(true);
    // After the headline and the stale-source warning (the seeds' action plan is from 2022).
    expect(paragraphs[1]!.startsWith('⚠️ The newest action plan is dated 1 January 2023')).toBe(true);
    expect(paragraphs[2]).toBe(`${GUARDED_INTRODUCTION}<br>_${LABEL}_`);
    expect(first!.activity.entities).toEqual([expect.objectContaining({ type: 'https://schema.org/Message', additionalType: ['AIGeneratedContent'] })]);
    expect(rest.every((m) => m.activity.entities === undefined)).toBe(true);
    expect(prompts).toHaveLength(1);
  });

  it('answers `/rapporteur digest` with the introduced digest', async () => {
    writeFileSync(context.calendarFile, JSON.stringify({ meetings: [{ name: 'TSAG (January 2027)', start: '2027-01-25', end: '2027-01-29' }] }));
    const { digests } = introducingService();
    const slack = (context.slack = await startSlackHarness(new FakeAnswerer(), { digestPreview: channelDigestPreviews(digests).slack }));

    const response = await sendCommand(slack.eventsUrl, SIGNING_SECRET, slashCommand({ text: 'digest', responseUrl: slack.fake.responseUrl('digest') }));
    expect(response.status).toBe(200);
    await slack.fake.waitFor(() => slack!.fake.responsesTo('digest').length >= 1);
    await slack.channel.whenIdle();

    const blocks = slack.fake.responsesTo('digest')[0]!.body.blocks as { type: string; text?: { text: string }; elements?: { text: string }[] }[];
    // After the header, the totals, the source editions and the stale-source warning.
    expect(blocks[4]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: GUARDED_INTRODUCTION } });
    expect(blocks[5]!.elements![0]!.text).toBe(`_${LABEL}_`);
  });
});
