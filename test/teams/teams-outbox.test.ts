import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { teamsDigestPublisher } from '../../adapters/teams/teams-digest-publisher.js';
import type { Answer, Answerer } from '../../bot/answer.js';
import { buildDigest } from '../../bot/digest/build-digest.js';
import { DigestScheduler } from '../../bot/digest/digest-scheduler.js';
import { OutboxDispatcher } from '../../bot/outbox/outbox-dispatcher.js';
import { OutboxWorker } from '../../bot/outbox/outbox-worker.js';
import { capturingLogger, fullDigestCorpus } from '../digest/digest-fixtures.js';
import { useChannelTestContext } from '../digest/channel-test-context.js';
import { FakeAnswerer, fellowshipAnswer } from '../support/fake-answerer.js';
import { loadFieldCase, loadFieldCaseCalendar } from '../support/field-cases.js';
import { personalMessage, PERSONAL_CONVERSATION } from './teams-activities.js';
import { startTeamsHarness, type TeamsHarness } from './teams-harness.js';

const ROSTER = { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' };
const TSAG = 'teams:19:tsag@thread.tacv2';

/** Proactive Teams posts through the outbox: the real CloudAdapter, the fake Bot Connector refusing them. */
describe('Teams posts through the outbox', () => {
  const context = useChannelTestContext('rapporteur-teams-outbox-');

  /** Field case 12: the bot added to the TSAG channel (its reference stored), then a digest due now. */
  async function botAddedWithDigestDue(): Promise<{ teams: TeamsHarness; scheduler: DigestScheduler; worker: OutboxWorker; lines: ReturnType<typeof capturingLogger>['lines'] }> {
    const teams = (context.teams = await startTeamsHarness(new FakeAnswerer()));
    const [added] = loadFieldCase('12-teams-bot-added.json', { serviceUrl: teams.connector.url }).steps;
    expect((await teams.post(added!.activity)).status).toBe(200);
    writeFileSync(context.calendarFile, JSON.stringify(loadFieldCaseCalendar('12-teams-403-meetings.json')));
    const { logger, lines } = capturingLogger();
    const dispatcher = new OutboxDispatcher(teams.store.outbox, [teams.channel.outboxPoster], { logger });
    const scheduler = (context.scheduler = new DigestScheduler({
      calendarFile: context.calendarFile,
      outbox: teams.store.outbox,
      dispatcher,
      publishers: [teamsDigestPublisher(teams.store)],
      buildDigest: (meeting) => buildDigest(fullDigestCorpus(), meeting),
      logger,
    }));
    return { teams, scheduler, worker: new OutboxWorker(teams.store.outbox, dispatcher, { logger }), lines };
  }

  it('12: a digest refused with 403 BotNotInConversationRoster is recorded as failed, never as posted, the conversation flagged, and not retried', async () => {
    const { teams, scheduler, worker, lines } = await botAddedWithDigestDue();
    teams.connector.failNext(403, { ...ROSTER, times: 20 });

    await scheduler.start();

    const key = scheduler.plan[0]!.key;
    const reason = `403 ${ROSTER.code}: ${ROSTER.message}`;
    expect(teams.store.outbox.get(key)).toMatchObject({ status: 'failed', failure: 'target', lastError: reason, sentIds: [], sentAt: null });
    expect(await teams.store.outbox.flagOf(TSAG)).toMatchObject({ reason });
    expect(teams.connector.refused).toHaveLength(1);
    expect(lines.filter((l) => l.level === 50).map((l) => l.msg)).toEqual([
      `could not post digest for "SG3 digest (Teams 403 test)" to ITU-T SG3 › TSAG: ${reason}; not retried until the bot is heard from in that conversation again`,
    ]);

    // Five minutes later, and at every later tick: nothing is sent.
    expect(await worker.runDue()).toEqual([]);
    expect(await scheduler.tick()).toEqual({ posted: [], retrying: [], failed: [], skipped: [] });
    expect(teams.connector.refused).toHaveLength(1);
    expect(teams.connector.messages()).toEqual([]);
  });

  it('12: once the bot is added back, the refused digest goes out, once', async () => {
    const { teams, scheduler, worker } = await botAddedWithDigestDue();
    teams.connector.failNext(403, ROSTER);
    await scheduler.start();
    const key = scheduler.plan[0]!.key;

    const [added] = loadFieldCase('12-teams-bot-added.json', { serviceUrl: teams.connector.url }).steps;
    await teams.post(added!.activity);
    expect(await teams.store.outbox.flagOf(TSAG)).toBeUndefined();
    expect((await worker.runDue()).map((o) => o.status)).toEqual(['sent']);

    const parts = teams.store.outbox.get(key)!.parts.length;
    expect(teams.connector.messages()).toHaveLength(parts);
    expect(teams.store.outbox.get(key)).toMatchObject({ status: 'sent', sentIds: teams.connector.messages().map((m) => m.id) });
    expect(await worker.runDue()).toEqual([]);
  });

  it('a 503 and then success: the digest is posted once', async () => {
    const { teams, scheduler } = await botAddedWithDigestDue();
    teams.connector.failNext(503);

    const report = await scheduler.start();

    const key = scheduler.plan[0]!.key;
    const entry = teams.store.outbox.get(key)!;
    expect(entry.status).toBe('sent');
    expect(teams.connector.refused.map((r) => r.status)).toEqual([503]);
    expect(teams.connector.messages()).toHaveLength(entry.parts.length);
    expect(teams.connector.messages()[0]!.activity.text).toBe(teams.connector.refused[0]!.activity.text);
    expect(report.problems).toEqual([]);
  });

  it('a late answer the connector refuses is recorded as failed with its reason, not lost silently', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const slow: Answerer = {
      async ask(question: string): Promise<Answer> {
        await released;
        return fellowshipAnswer(question);
      },
    };
    const teams = (context.teams = await startTeamsHarness(slow, { turnBudgetMs: 1 }));
    const incoming = personalMessage(teams.connector.url, 'status of Resolution 44 fellowships');
    expect((await teams.post(incoming)).status).toBe(200);
    teams.connector.failNext(403, ROSTER);

    release();
    // Stopping waits for answers still being posted.
    await teams.channel.stop?.();

    const entry = teams.store.outbox.get(`teams:late-answer:${PERSONAL_CONVERSATION}:${String(incoming.id)}`);
    expect(entry).toMatchObject({ kind: 'late-answer', status: 'failed', failure: 'target', lastError: `403 ${ROSTER.code}: ${ROSTER.message}` });
    expect(await teams.store.outbox.flagOf(`teams:${PERSONAL_CONVERSATION}`)).toBeDefined();
    expect(teams.connector.messages()).toEqual([]);
  });
});
