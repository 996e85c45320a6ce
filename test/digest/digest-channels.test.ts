import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { channelDigestPreviews } from '../../adapters/server/digest-wiring.js';
import { teamsDigestPublisher } from '../../adapters/teams/teams-digest-publisher.js';
import { buildDigest } from '../../bot/digest/build-digest.js';
import { DigestScheduler } from '../../bot/digest/digest-scheduler.js';
import { OutboxDispatcher } from '../../bot/outbox/outbox-dispatcher.js';
import { useChannelTestContext } from './channel-test-context.js';
import { DigestService } from '../../bot/digest/digest-service.js';
import { FakeAnswerer } from '../support/fake-answerer.js';
import { sendCommand, slashCommand } from '../support/slack-requests.js';
import { SEEDS_DIR } from '../support/test-paths.js';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from '../slack/slack-harness.js';
import { botAddedToChannel, CHANNEL_CONVERSATION, PERSONAL_CONVERSATION, personalMessage } from '../teams/teams-activities.js';
import { startTeamsHarness, type TeamsHarness } from '../teams/teams-harness.js';
import { capturingLogger, fullDigestCorpus } from './digest-fixtures.js';

const CHANNEL_NAME = 'ITU-T Study Group 3 › General';

describe('digests in Teams and Slack', () => {
  const context = useChannelTestContext('rapporteur-digest-channels-');

  const writeCalendar = (meetings: unknown[]): void => writeFileSync(context.calendarFile, JSON.stringify({ meetings }, null, 2));

  it('posts the scheduled digest into a Teams channel named in the calendar (real CloudAdapter, fake Bot Connector)', async () => {
    const teams = (context.teams = await startTeamsHarness(new FakeAnswerer()));
    await teams.post(botAddedToChannel(teams.connector.url));
    writeCalendar([{ name: 'TSAG (November 2027)', start: '2027-11-02', end: '2027-11-05', targets: { teams: [CHANNEL_NAME, 'Nowhere'] } }]);
    const { logger, lines } = capturingLogger();
    const scheduler = (context.scheduler = new DigestScheduler({
      calendarFile: context.calendarFile,
      outbox: teams.store.outbox,
      dispatcher: new OutboxDispatcher(teams.store.outbox, [teams.channel.outboxPoster]),
      publishers: [teamsDigestPublisher(teams.store)],
      buildDigest: (meeting) => buildDigest(fullDigestCorpus(), meeting),
      logger,
      now: () => new Date('2027-10-26T07:00:00Z'),
    }));

    await scheduler.start();

    const posted = teams.connector.messages();
    expect(posted.length).toBeGreaterThan(0);
    expect(posted.every((m) => m.conversationId === CHANNEL_CONVERSATION && m.replyToId === undefined)).toBe(true);
    const text = posted.map((m) => m.activity.text).join('\n');
    expect(text.startsWith('**Digest: TSAG (November 2027)**<br>2–5 November 2027 (Europe/Zurich)<br>6 action items need attention')).toBe(true);
    expect(text).toContain('• **66-01** TSB Director to continue the Technology Watch Function in TSB. No status reported. — _Action item 66-01 · Resolution 66_');
    const posted7d = teams.store.outbox.get(`digest:TSAG (November 2027):2027-11-02:7d@09:00:teams:${CHANNEL_NAME}`);
    expect(posted7d).toMatchObject({ status: 'sent', sentIds: posted.map((m) => m.id) });

    // A target the bot was never added to is an error naming what it does know, and is retried later.
    const failure = lines.find((l) => l.level === 50)!;
    expect(failure.msg).toBe('digest for "TSAG (November 2027)" could not be posted to Nowhere; will retry');
    expect((failure.err as { message: string }).message).toBe(
      `No Teams conversation "Nowhere" is stored; add the bot to it (or message it there) first. Known conversations: "${CHANNEL_NAME}" (teams:${CHANNEL_CONVERSATION}).`,
    );
    expect(teams.store.outbox.get('digest:TSAG (November 2027):2027-11-02:7d@09:00:teams:Nowhere')).toBeUndefined();
  });

  it('answers "digest" in Teams with the next meeting that posts to that conversation', async () => {
    writeCalendar([
      { name: 'TSAG (January 2027)', start: '2027-01-25', end: '2027-01-29', targets: { slack: ['C0OTHER001'] } },
      { name: 'SG3 (March 2027)', start: '2027-03-08', end: '2027-03-12', targets: { teams: [`teams:${PERSONAL_CONVERSATION}`] } },
    ]);
    const digests = new DigestService({ seedsDir: SEEDS_DIR, calendarFile: context.calendarFile, now: () => new Date('2027-01-04T10:00:00Z') });
    const teams = (context.teams = await startTeamsHarness(new FakeAnswerer(), { digestPreview: channelDigestPreviews(digests).teams }));

    await teams.post(personalMessage(teams.connector.url, 'digest'));

    const replies = teams.connector.messages();
    expect(replies.length).toBeGreaterThan(0);
    expect(replies[0]!.activity.text).toMatch(/^\*\*Digest: SG3 \(March 2027\)\*\*<br>8–12 March 2027 \(Europe\/Zurich\)<br>/);
    expect(replies.every((r) => r.conversationId === PERSONAL_CONVERSATION)).toBe(true);
  });

  it('answers `/rapporteur digest` in Slack with the whole digest, only for the asker', async () => {
    writeCalendar([{ name: 'TSAG (January 2027)', start: '2027-01-25', end: '2027-01-29', targets: { slack: ['C0OTHER001'] } }]);
    const digests = new DigestService({ seedsDir: SEEDS_DIR, calendarFile: context.calendarFile, now: () => new Date('2027-01-04T10:00:00Z') });
    const slack = (context.slack = await startSlackHarness(new FakeAnswerer(), { digestPreview: channelDigestPreviews(digests).slack }));

    const response = await sendCommand(slack.eventsUrl, SIGNING_SECRET, slashCommand({ text: 'digest', responseUrl: slack.fake.responseUrl('digest') }));
    expect(response.status).toBe(200);
    await slack.fake.waitFor(() => slack!.fake.responsesTo('digest').length >= 3);
    await slack.channel.whenIdle();

    const bodies = slack.fake.responsesTo('digest').map((r) => r.body);
    expect(bodies.every((b) => b.response_type === 'ephemeral')).toBe(true);
    expect((bodies[0]!.blocks as { text: { text: string } }[])[0]!.text.text).toBe('Digest: TSAG (January 2027)');
    const all = bodies.map((b) => String(b.text)).join('\n');
    expect(all).toContain('*Needs attention (6)*');
    expect(all).toContain('*Counts per Resolution*');
    expect(slack.fake.callsTo('chat.postMessage')).toEqual([]);
  });
});
