import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackChannel, type SlackChannel } from '../../adapters/slack/slack-channel.js';
import { rememberSlackConversation } from '../../adapters/slack/slack-conversations.js';
import { loadConfig } from '../../bot/config.js';
import { silentLogger } from '../../bot/logger.js';
import { SqliteStateStore } from '../../bot/state/sqlite/sqlite-state-store.js';
import { FakeAnswerer } from '../support/fake-answerer.js';
import { loadFieldCaseCalendar } from '../support/field-cases.js';
import { FakeSlackApi, type StoredSlackMessage } from '../support/fake-slack-api.js';
import { slackDigestProcess, type SlackDigestProcess } from './slack-digest-process.js';

const CHANNEL = 'C0DIGEST01';

/** Digests posted through the outbox when Slack fails part-way, replayed from field case 14. */
describe('Slack digests through the outbox (real Slack channel, fake Slack Web API)', () => {
  let dir: string;
  let stateFile: string;
  let calendarFile: string;
  let fake: FakeSlackApi;
  let slack: SlackChannel;
  let slackStore: SqliteStateStore;
  const running: SlackDigestProcess[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rapporteur-digest-outbox-'));
    stateFile = join(dir, 'state.sqlite');
    calendarFile = join(dir, 'meetings.json');
    writeFileSync(calendarFile, JSON.stringify(loadFieldCaseCalendar('14-digest-partial-failure-meetings.json'), null, 2));
    fake = await FakeSlackApi.start();
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-digest', SLACK_SIGNING_SECRET: 'secret', SLACK_API_URL: fake.apiUrl, DATA_DIR: dir });
    slackStore = new SqliteStateStore(join(dir, 'slack-state.sqlite'));
    slack = createSlackChannel({ config, answerer: new FakeAnswerer(), store: slackStore, logger: silentLogger });
  });
  afterEach(async () => {
    for (const process of running.splice(0)) await process.stop();
    slackStore.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function startProcess(): Promise<SlackDigestProcess> {
    const process = slackDigestProcess(slack, stateFile, calendarFile);
    running.push(process);
    await process.start();
    return process;
  }
  async function stopProcess(process: SlackDigestProcess): Promise<void> {
    running.splice(running.indexOf(process), 1);
    await process.stop();
  }

  /** The one digest head in the channel, and the replies in its thread. */
  function posted(): { heads: StoredSlackMessage[]; replies: StoredSlackMessage[] } {
    const heads = fake.channelMessages(CHANNEL);
    return { heads, replies: heads.length === 1 ? fake.threadReplies(CHANNEL, heads[0]!.ts) : [] };
  }

  it('14: head posted, thread replies refused with HTTP 500, then a restart with Slack healthy: one head, the rest in its thread', async () => {
    const healthy = fake.failWhile('chat.postMessage', (args) => args.thread_ts !== undefined, { httpStatus: 500 });
    const first = await startProcess();
    const key = first.scheduler.plan[0]!.key;

    expect(posted().heads).toHaveLength(1);
    expect(posted().replies).toEqual([]);
    const stopped = first.store.outbox.get(key)!;
    expect(stopped).toMatchObject({ status: 'pending', sentIds: [posted().heads[0]!.ts], attempts: 1 });
    expect(stopped.lastError).toBe('chat.postMessage answered HTTP 500; it may have been posted');
    expect(stopped.parts.length).toBeGreaterThan(1);
    expect(first.lines.find((l) => l.msg === `could not post digest for "TSAG digest (partial-failure test)" to ${CHANNEL}; retrying`)).toMatchObject({ level: 40 });
    await stopProcess(first);

    healthy();
    const second = await startProcess();

    const { heads, replies } = posted();
    expect(heads).toHaveLength(1);
    expect(replies).toHaveLength(stopped.parts.length - 1);
    expect(second.store.outbox.get(key)).toMatchObject({ status: 'sent', sentIds: [heads[0]!.ts, ...replies.map((r) => r.ts)] });
    // Every part names the digest and its place, for finding it again after a crash.
    expect([...heads, ...replies].map((m) => m.metadata)).toEqual(
      Array.from({ length: stopped.parts.length }, (_, part) => ({ event_type: 'rapporteur_digest', event_payload: { key, part } })),
    );
  });

  it('head posted, a thread reply refused with channel_not_found: failed and flagged, nothing retried, resumed in its thread once the channel is heard from', async () => {
    const found = fake.failWhile('chat.postMessage', (args) => args.thread_ts !== undefined, { error: 'channel_not_found' });
    const process = await startProcess();
    const key = process.scheduler.plan[0]!.key;

    expect(process.store.outbox.get(key)).toMatchObject({ status: 'failed', failure: 'target', lastError: 'Slack answered channel_not_found', sentIds: [posted().heads[0]!.ts] });
    expect(await process.store.outbox.flagOf(`slack:${CHANNEL}`)).toMatchObject({ reason: 'Slack answered channel_not_found' });
    const calls = fake.callsTo('chat.postMessage').length;
    expect(await process.worker.runDue()).toEqual([]);
    expect(await process.scheduler.tick()).toEqual({ posted: [], retrying: [], failed: [], skipped: [] });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(calls);

    // The channel is back and the bot is mentioned there (as the message handler records it).
    found();
    rememberSlackConversation(process.store, { channel: CHANNEL, teamId: 'T0001' });
    expect((await process.worker.runDue()).map((o) => o.status)).toEqual(['sent']);

    const { heads, replies } = posted();
    expect(heads).toHaveLength(1);
    expect(replies.length).toBe(process.store.outbox.get(key)!.parts.length - 1);
    expect(await process.store.outbox.flagOf(`slack:${CHANNEL}`)).toBeUndefined();
  });
});
