import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSlackChannel, type SlackChannel } from '../../adapters/slack/slack-channel.js';
import { slackDigestPublisher } from '../../adapters/slack/slack-digest-publisher.js';
import { buildDigest } from '../../bot/digest/build-digest.js';
import { DigestScheduler } from '../../bot/digest/digest-scheduler.js';
import { loadConfig } from '../../bot/config.js';
import { silentLogger } from '../../bot/logger.js';
import { StateStore } from '../../bot/state/state-store.js';
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
  let slackStore: StateStore;
  let log: { lines: LogLine[] };
  const opened: { store: StateStore; scheduler: DigestScheduler }[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rapporteur-digest-'));
    stateFile = join(dir, 'state.sqlite');
    calendarFile = join(dir, 'meetings.json');
    writeFileSync(calendarFile, JSON.stringify({ meetings: [MEETING] }, null, 2));
    fake = await FakeSlackApi.start();
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-digest', SLACK_SIGNING_SECRET: 'secret', SLACK_API_URL: fake.apiUrl, DATA_DIR: dir });
    // The channel's own store (answers, feedback); the scheduler's is the state file below.
    slackStore = new StateStore(join(dir, 'slack-state.sqlite'));
    slack = createSlackChannel({ config, answerer: new FakeAnswerer(), store: slackStore, logger: silentLogger });
  });

  afterEach(async () => {
    vi.useRealTimers();
    for (const { scheduler, store } of opened.splice(0)) {
      await scheduler.stop();
      store.close();
    }
    slackStore.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A scheduler over the state file, as a fresh process would have it. */
  function startProcess(now?: () => Date): DigestScheduler {
    const store = new StateStore(stateFile);
    const captured = capturingLogger();
    log = captured;
    const scheduler = new DigestScheduler({
      calendarFile,
      store,
      publishers: [slackDigestPublisher(slack)],
      buildDigest: (meeting) => buildDigest(fullDigestCorpus(), meeting, now?.() ?? new Date()),
      logger: captured.logger,
      now,
    });
    opened.push({ store, scheduler });
    return scheduler;
  }

  async function stopProcess(scheduler: DigestScheduler): Promise<void> {
    const index = opened.findIndex((o) => o.scheduler === scheduler);
    const [{ store }] = opened.splice(index, 1) as [{ store: StateStore; scheduler: DigestScheduler }];
    await scheduler.stop();
    store.close();
  }

  const digestPosts = (): RecordedSlackCall[] => fake.okCallsTo('chat.postMessage').filter((c) => c.args.thread_ts === undefined);
  const threadReplies = (): RecordedSlackCall[] => fake.okCallsTo('chat.postMessage').filter((c) => c.args.thread_ts !== undefined);
  const recorded = (): { key: string; posted_at: string }[] => {
    const db = new Database(stateFile, { readonly: true });
    try {
      return db.prepare('SELECT key, posted_at FROM digest_posts ORDER BY posted_at').all() as { key: string; posted_at: string }[];
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
    expect(String(first!.args.text)).toContain('• *66-01* TSB Director to continue the Technology Watch Function in TSB.');
    // The rest of each digest continues in its own thread.
    const replies = threadReplies();
    expect(replies.length).toBeGreaterThan(0);
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
    expect(report).toEqual({ posted: [], failed: [], skipped: [] });
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

    expect(await scheduler.tick()).toEqual({ posted: [], failed: [], skipped: [] });
    expect(digestPosts()).toHaveLength(1);
  });

  it('after a long downtime posts only the latest missed digest', async () => {
    const scheduler = startProcess(at('2027-11-01T20:00:00Z'));
    await scheduler.start();
    expect(digestPosts()).toHaveLength(1);
    expect(recorded().map((r) => r.key).sort()).toEqual([KEY_1D, KEY_7D].sort());
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

  it('gives a failed post back and posts it on a later tick', async () => {
    let now = new Date('2027-10-26T07:00:00Z');
    fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    const scheduler = startProcess(() => now);
    await scheduler.start();
    expect(digestPosts()).toEqual([]);
    expect(recorded()).toEqual([]);
    expect(log.lines.find((l) => l.level === 50)?.msg).toBe(`digest for "TSAG (November 2027)" could not be posted to ${CHANNEL}; will retry`);

    now = new Date('2027-10-26T07:05:00Z');
    expect(await scheduler.tick()).toEqual({ posted: [KEY_7D], failed: [], skipped: [] });
    expect(digestPosts()).toHaveLength(1);
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
