import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSlackChannel, type SlackChannel } from '../../adapters/slack/slack-channel.js';
import { slackDigestPublisher } from '../../adapters/slack/slack-digest-publisher.js';
import { slackOutboxPoster } from '../../adapters/slack/slack-outbox-poster.js';
import { buildDigest } from '../../bot/digest/build-digest.js';
import { DigestScheduler } from '../../bot/digest/digest-scheduler.js';
import { loadConfig } from '../../bot/config.js';
import { silentLogger } from '../../bot/logger.js';
import { OutboxDispatcher } from '../../bot/outbox/outbox-dispatcher.js';
import { OutboxWorker } from '../../bot/outbox/outbox-worker.js';
import { SqliteStateStore } from '../../bot/state/sqlite/sqlite-state-store.js';
import { FakeAnswerer } from '../support/fake-answerer.js';
import { FakeSlackApi, type RecordedSlackCall } from '../support/fake-slack-api.js';
import { capturingLogger, fullDigestCorpus, type LogLine } from './digest-fixtures.js';

const CHANNEL = 'C0DIGEST01';
const MEETING = { name: 'TSAG (November 2027)', start: '2027-11-02', end: '2027-11-05', targets: { slack: [CHANNEL] } };
const KEY_7D = `digest:TSAG (November 2027):2027-11-02:7d@09:00:slack:${CHANNEL}`;
const KEY_1D = `digest:TSAG (November 2027):2027-11-02:1d@09:00:slack:${CHANNEL}`;
// Zurich is on summer time (UTC+2) until Sunday 31 October 2027, then UTC+1.
const SEVEN_DAYS_BEFORE = '2027-10-26T07:00:00.000Z';
const ONE_DAY_BEFORE = '2027-11-01T08:00:00.000Z';

describe('DigestScheduler posting to Slack (real Slack channel, fake Slack Web API)', () => {
  let dir: string;
  let stateFile: string;
  let calendarFile: string;
  let fake: FakeSlackApi;
  let slack: SlackChannel;
  let slackStore: SqliteStateStore;
  let log: { lines: LogLine[] };
  const opened: { store: SqliteStateStore; scheduler: DigestScheduler; dispatcher: OutboxDispatcher }[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rapporteur-digest-'));
    stateFile = join(dir, 'state.sqlite');
    calendarFile = join(dir, 'meetings.json');
    writeFileSync(calendarFile, JSON.stringify({ meetings: [MEETING] }, null, 2));
    fake = await FakeSlackApi.start();
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-digest', SLACK_SIGNING_SECRET: 'secret', SLACK_API_URL: fake.apiUrl, DATA_DIR: dir });
    // The channel's own store (answers, feedback); the scheduler's is the state file below.
    slackStore = new SqliteStateStore(join(dir, 'slack-state.sqlite'));
    slack = createSlackChannel({ config, answerer: new FakeAnswerer(), store: slackStore, logger: silentLogger });
  });

  afterEach(async () => {
    vi.useRealTimers();
    for (const { scheduler, store, dispatcher } of opened.splice(0)) {
      await scheduler.stop();
      await dispatcher.close();
      store.close();
    }
    slackStore.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A scheduler and its outbox over the state file, as a fresh process would have them. */
  function startProcess(now?: () => Date): DigestScheduler {
    const store = new SqliteStateStore(stateFile);
    const captured = capturingLogger();
    log = captured;
    const clock = () => (now?.() ?? new Date()).getTime();
    const dispatcher = new OutboxDispatcher(store.outbox, [slackOutboxPoster(slack)], { logger: captured.logger, now: clock });
    const scheduler = new DigestScheduler({
      calendarFile,
      outbox: store.outbox,
      dispatcher,
      publishers: [slackDigestPublisher()],
      buildDigest: (meeting) => buildDigest(fullDigestCorpus(), meeting, now?.() ?? new Date()),
      logger: captured.logger,
      now,
    });
    opened.push({ store, scheduler, dispatcher });
    return scheduler;
  }

  /** The outbox of the latest process, and a worker over it (the server's, for retries). */
  function outboxOf(scheduler: DigestScheduler): { store: SqliteStateStore; worker: OutboxWorker } {
    const { store, dispatcher } = opened.find((o) => o.scheduler === scheduler)!;
    return { store, worker: new OutboxWorker(store.outbox, dispatcher) };
  }

  async function stopProcess(scheduler: DigestScheduler): Promise<void> {
    const index = opened.findIndex((o) => o.scheduler === scheduler);
    const [{ store, dispatcher }] = opened.splice(index, 1) as [(typeof opened)[number]];
    await scheduler.stop();
    await dispatcher.close();
    store.close();
  }

  const digestPosts = (): RecordedSlackCall[] => fake.okCallsTo('chat.postMessage').filter((c) => c.args.thread_ts === undefined);
  const threadReplies = (): RecordedSlackCall[] => fake.okCallsTo('chat.postMessage').filter((c) => c.args.thread_ts !== undefined);
  /** Digests the outbox holds as posted (status `sent`), with when the platform confirmed them. */
  const recorded = (): { key: string; posted_at: string }[] => {
    const db = new Database(stateFile, { readonly: true });
    try {
      const rows = db.prepare("SELECT key, sent_at FROM outbox WHERE status = 'sent' ORDER BY sent_at").all() as { key: string; sent_at: number }[];
      return rows.map((r) => ({ key: r.key, posted_at: new Date(r.sent_at).toISOString() }));
    } finally {
      db.close();
    }
  };
  const statusOf = (key: string): string | undefined => {
    const db = new Database(stateFile, { readonly: true });
    try {
      return (db.prepare('SELECT status FROM outbox WHERE key = ?').get(key) as { status: string } | undefined)?.status;
    } finally {
      db.close();
    }
  };
  const at = (iso: string) => () => new Date(iso);

  it('posts at 09:00 Zurich time 7 days and 1 day before, on either side of the October DST change', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2027-10-26T06:00:00Z'));
    const scheduler = startProcess();
    await scheduler.start();

    await vi.advanceTimersByTimeAsync(59 * 60_000 + 59_000);
    await scheduler.whenIdle();
    expect(digestPosts()).toEqual([]);

    await vi.advanceTimersByTimeAsync(1_000);
    await scheduler.whenIdle();
    expect(digestPosts()).toHaveLength(1);
    expect(recorded()).toEqual([{ key: KEY_7D, posted_at: SEVEN_DAYS_BEFORE }]);

    vi.setSystemTime(new Date('2027-11-01T07:59:00Z'));
    await vi.advanceTimersByTimeAsync(59_000);
    await scheduler.whenIdle();
    expect(digestPosts()).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1_000);
    await scheduler.whenIdle();
    expect(recorded()).toEqual([
      { key: KEY_7D, posted_at: SEVEN_DAYS_BEFORE },
      { key: KEY_1D, posted_at: ONE_DAY_BEFORE },
    ]);

    const posts = digestPosts();
    expect(posts.map((p) => p.args.channel)).toEqual([CHANNEL, CHANNEL]);
    const [first] = posts;
    const blocks = first!.args.blocks as { type: string; text?: { text: string } }[];
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Digest: TSAG (November 2027)', emoji: true } });
    expect(String(first!.args.text)).toContain('2–5 November 2027 (Europe/Zurich)');
    expect(String(first!.args.text)).toContain('6 action items need attention');
    // The full lists of each digest continue in its own thread.
    const replies = threadReplies();
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.map((r) => String(r.args.text)).join('\n')).toContain('• *66-01* TSB Director to continue the Technology Watch Function in TSB.');
    expect(new Set(replies.map((r) => r.args.thread_ts))).toEqual(new Set(posts.map((p) => p.result.ts)));
  });

  it('posts each digest exactly once across restarts on the same state file', async () => {
    const first = startProcess(at('2027-10-26T07:00:00Z'));
    expect((await first.start()).planned).toBe(2);
    expect(digestPosts()).toHaveLength(1);
    await stopProcess(first);

    // Restarted five minutes later: the 7-day digest is already recorded.
    const second = startProcess(at('2027-10-26T07:05:00Z'));
    await second.start();
    expect(digestPosts()).toHaveLength(1);
    await stopProcess(second);

    // Restarted on the day before: only the 1-day digest is new, and only once.
    const third = startProcess(at('2027-11-01T08:00:00Z'));
    await third.start();
    const report = await third.tick();
    expect(report).toEqual({ posted: [], retrying: [], failed: [], skipped: [] });
    await stopProcess(third);
    const fourth = startProcess(at('2027-11-01T09:30:00Z'));
    await fourth.start();

    expect(digestPosts()).toHaveLength(2);
    expect(recorded().map((r) => r.key)).toEqual([KEY_7D, KEY_1D]);
  });

  it('catches up on a digest missed while the bot was down, once, if the meeting has not begun', async () => {
    const scheduler = startProcess(at('2027-10-28T12:00:00Z'));
    await scheduler.start();
    expect(digestPosts()).toHaveLength(1);
    expect(recorded()).toEqual([{ key: KEY_7D, posted_at: '2027-10-28T12:00:00.000Z' }]);
    expect(log.lines.find((l) => l.msg === 'digest posted (catching up after downtime)')).toMatchObject({ key: KEY_7D, late: true });

    expect(await scheduler.tick()).toEqual({ posted: [], retrying: [], failed: [], skipped: [] });
    expect(digestPosts()).toHaveLength(1);
  });

  it('after a long downtime posts only the latest missed digest', async () => {
    const scheduler = startProcess(at('2027-11-01T20:00:00Z'));
    await scheduler.start();
    expect(digestPosts()).toHaveLength(1);
    expect(recorded().map((r) => r.key)).toEqual([KEY_1D]);
    expect(statusOf(KEY_7D)).toBe('skipped');
    expect(log.lines.some((l) => l.msg === 'missed digest superseded by a later one for the same target; not posted' && l.key === KEY_7D)).toBe(true);
  });

  it('skips missed digests with a log line once the meeting has begun', async () => {
    const scheduler = startProcess(at('2027-11-02T10:00:00Z'));
    const report = await scheduler.start();
    expect(report.planned).toBe(2);
    expect(digestPosts()).toEqual([]);
    expect(recorded()).toEqual([]);
    expect(log.lines.filter((l) => l.msg.includes('was missed while the bot was down; the meeting has begun, so it is skipped')).map((l) => l.key)).toEqual([
      KEY_7D,
      KEY_1D,
    ]);
  });

  it('records a channel that refuses the bot as failed and flagged, tries nothing more there, and posts once the bot is heard from there', async () => {
    let now = new Date('2027-10-26T07:00:00Z');
    fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    const scheduler = startProcess(() => now);
    await scheduler.start();
    expect(digestPosts()).toEqual([]);
    expect(recorded()).toEqual([]);
    expect(statusOf(KEY_7D)).toBe('failed');
    expect(log.lines.find((l) => l.level === 50)?.msg).toBe(
      `could not post digest for "TSAG (November 2027)" to ${CHANNEL}: Slack answered not_in_channel; not retried until the bot is heard from in that conversation again`,
    );

    // Later ticks and the outbox worker leave it alone: no call to Slack at all.
    const { store, worker } = outboxOf(scheduler);
    now = new Date('2027-10-26T07:05:00Z');
    expect(await scheduler.tick()).toEqual({ posted: [], retrying: [], failed: [], skipped: [] });
    expect(await worker.runDue()).toEqual([]);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);

    // Someone invites the bot and mentions it there: the channel is heard from, the digest goes out.
    store.saveConversation({ id: `slack:${CHANNEL}`, channel: 'slack', name: CHANNEL, reference: { channel: CHANNEL } });
    expect((await worker.runDue()).map((o) => o.status)).toEqual(['sent']);
    expect(digestPosts()).toHaveLength(1);
    expect(statusOf(KEY_7D)).toBe('sent');
  });

  it('reports an invalid calendar file by name and keeps running', async () => {
    writeFileSync(calendarFile, '{ "meetings": [ { "name": "TSAG" ');
    const scheduler = startProcess(at('2027-10-26T07:00:00Z'));
    const report = await scheduler.start();
    expect(report.planned).toBe(0);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatch(new RegExp(`^Meetings calendar ${calendarFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid JSON`));
    expect(log.lines.find((l) => l.level === 50)?.msg).toContain('Scheduled digests are off until it is fixed and the bot restarted.');
    expect(digestPosts()).toEqual([]);
  });

  it('reports a bad entry with file and line and still posts the valid meetings', async () => {
    const text = JSON.stringify({ meetings: [{ name: 'Typo', start: '2027-10-40', targets: { slack: [CHANNEL] } }, MEETING] }, null, 2);
    writeFileSync(calendarFile, text);
    const scheduler = startProcess(at('2027-10-26T07:00:00Z'));
    const report = await scheduler.start();
    expect(report.problems).toEqual([`${calendarFile}:3: meeting 1 ("Typo") ignored: start: expected a real date as YYYY-MM-DD`]);
    expect(log.lines.some((l) => l.level === 50 && l.msg === report.problems[0])).toBe(true);
    expect(report.planned).toBe(2);
    expect(digestPosts()).toHaveLength(1);
  });

  it('logs a target whose channel is not configured instead of posting', async () => {
    writeFileSync(calendarFile, JSON.stringify({ meetings: [{ ...MEETING, targets: { teams: ['Delegates'] } }] }));
    const scheduler = startProcess(at('2027-10-26T07:00:00Z'));
    await scheduler.start();
    expect(await scheduler.tick()).toMatchObject({ posted: [], skipped: ['digest:TSAG (November 2027):2027-11-02:7d@09:00:teams:Delegates'] });
    expect(log.lines.filter((l) => l.msg.startsWith('teams is not configured'))).toHaveLength(1);
  });
});
