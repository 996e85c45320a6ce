import { afterEach, describe, expect, it } from 'vitest';
import { startFakeBotConnector, type FakeBotConnector } from '../support/fake-bot-connector.js';
import { FakeSlackApi } from '../support/fake-slack-api.js';
import { loadFieldCaseCalendar } from '../support/field-cases.js';
import { eventEnvelope, mentionEvent, sendEvent } from '../support/slack-requests.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { createTestDatabase, postgresSuiteTitle, TEST_DATABASE_URL, type TestDatabase } from '../support/test-database.js';
import { channelMention } from '../teams/teams-activities.js';
import { ReplicaSet, SIGNING_SECRET } from './replica-harness.js';

const DIGEST_CHANNEL = 'C0DIGEST01';

let set: ReplicaSet | undefined;
let fake: FakeSlackApi | undefined;
let connector: FakeBotConnector | undefined;
let database: TestDatabase | undefined;
let proxy: TcpProxy | undefined;
afterEach(async () => {
  await set?.close();
  await fake?.close();
  await connector?.close();
  await proxy?.close();
  await database?.drop();
  [set, fake, connector, proxy, database] = [undefined, undefined, undefined, undefined, undefined];
});

/** A throwaway database, a fake Slack and the replicas' shared folder; `viaProxy` puts a cuttable TCP proxy before the database. */
async function replicaSet(options: { calendar?: unknown; extraEnv?: NodeJS.ProcessEnv; viaProxy?: boolean } = {}): Promise<ReplicaSet> {
  database = await createTestDatabase();
  fake = await FakeSlackApi.start();
  let databaseUrl = database.url;
  if (options.viaProxy) {
    const target = new URL(database.url);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    target.port = String(proxy.port);
    databaseUrl = target.toString();
  }
  set = new ReplicaSet({ databaseUrl, slackApiUrl: fake.apiUrl, calendar: options.calendar, extraEnv: options.extraEnv });
  return set;
}

/** Answers posted in each mention's thread, by thread. */
function answersByThread(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of fake!.okCallsTo('chat.postMessage')) {
    const thread = String(call.args.thread_ts ?? '');
    if (thread) counts.set(thread, (counts.get(thread) ?? 0) + 1);
  }
  return counts;
}

function mention(i: number, prefix = '1700001'): { ts: string; envelope: Record<string, unknown> } {
  const ts = `${prefix}${String(i).padStart(3, '0')}.000100`;
  const envelope = eventEnvelope(mentionEvent({ text: `<@UBOT> status of Resolution 44 fellowships (${i})`, ts }), { eventId: `Ev${prefix}R${i}` });
  return { ts, envelope };
}

/** Exactly one digest head in the channel, and every other part in its thread. */
function expectOneDigest(): void {
  const heads = fake!.channelMessages(DIGEST_CHANNEL);
  expect(heads).toHaveLength(1);
  const replies = fake!.threadReplies(DIGEST_CHANNEL, heads[0]!.ts);
  const parts = [heads[0]!, ...replies].map((m) => (m.metadata as { event_payload: { part: number } }).event_payload.part);
  expect(parts).toEqual(parts.map((_, i) => i));
}

describe.skipIf(!TEST_DATABASE_URL)(postgresSuiteTitle('two replicas sharing one PostgreSQL database (real server processes)'), () => {
  it('answers 50 Slack mentions, each sent to replica A and retried to replica B, once each', { timeout: 180_000 }, async () => {
    const replicas = await replicaSet();
    const [a, b] = [await replicas.start(), await replicas.start()];
    const mentions = Array.from({ length: 50 }, (_, i) => mention(i));
    const statuses = await Promise.all(
      mentions.map(async ({ envelope }) => {
        const first = await sendEvent(a.eventsUrl, SIGNING_SECRET, envelope);
        const retry = await sendEvent(b.eventsUrl, SIGNING_SECRET, envelope, { retryNum: 1 });
        return [first.status, retry.status];
      }),
    );
    expect(statuses.flat().every((s) => s === 200)).toBe(true);
    await fake!.waitFor(() => answersByThread().size === 50, 60_000, '50 answers');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const counts = answersByThread();
    expect([...counts.keys()].sort()).toEqual(mentions.map((m) => m.ts).sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('answers 30 Teams activities, each delivered to both replicas at once, once each', { timeout: 180_000 }, async () => {
    const replicas = await replicaSet();
    connector = await startFakeBotConnector();
    const [a, b] = [await replicas.start(), await replicas.start()];
    const activities = Array.from({ length: 30 }, (_, i) => channelMention(connector!.url, `status of Resolution 44 fellowships (${i})`, `17000000${i}`));
    const post = (url: string, activity: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const responses = await Promise.all(activities.flatMap((activity) => [post(a.teamsUrl, activity), post(b.teamsUrl, activity)]));
    expect(responses.every((r) => r.status < 300)).toBe(true);
    const ids = new Set(activities.map((activity) => String(activity.id)));
    const replies = () => connector!.messages().filter((m) => m.replyToId !== undefined && ids.has(m.replyToId));
    const deadline = Date.now() + 60_000;
    while (new Set(replies().map((m) => m.replyToId)).size < 30 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const byActivity = new Map<string, number>();
    for (const reply of replies()) byActivity.set(reply.replyToId!, (byActivity.get(reply.replyToId!) ?? 0) + 1);
    expect(byActivity.size).toBe(30);
    expect([...byActivity.values()].every((n) => n === 1)).toBe(true);
  });

  it('posts a digest due now once, with both replicas running its schedule', { timeout: 180_000 }, async () => {
    const replicas = await replicaSet({ calendar: loadFieldCaseCalendar('14-digest-partial-failure-meetings.json') });
    // Started together, so both schedules find the digest due at the same moment.
    const [a, b] = await Promise.all([replicas.start(), replicas.start()]);
    await Promise.all([a, b].map((r) => r.server.logged('digest schedule ready')));
    await fake!.waitFor(() => fake!.channelMessages(DIGEST_CHANNEL).length === 1, 60_000, 'the digest head');
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expectOneDigest();
    const posted = [a, b].flatMap((r) => r.server.lines.filter((l) => l.msg.startsWith('digest posted')));
    expect(posted).toHaveLength(1);
  });

  it('replica A killed (SIGKILL) after claiming the digest and before Slack confirmed it: replica B posts it once when the lease runs out', { timeout: 180_000 }, async () => {
    const replicas = await replicaSet({
      calendar: loadFieldCaseCalendar('14-digest-partial-failure-meetings.json'),
      extraEnv: { OUTBOX_LEASE_MS: '4000', OUTBOX_INTERVAL_MS: '500' },
    });
    fake!.stall('chat.postMessage', { accept: false });
    const a = await replicas.start();
    await fake!.waitFor(() => fake!.callsTo('chat.postMessage').length === 1, 60_000, 'the digest head, hanging');
    const b = await replicas.start();
    a.server.child.kill('SIGKILL');
    const killedAt = Date.now();
    await a.server.exited;
    fake!.unstall();
    await fake!.waitFor(() => fake!.channelMessages(DIGEST_CHANNEL).length === 1, 60_000, 'the digest head, from B');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expectOneDigest();
    // B looked for the head A may have posted before it sent its own.
    expect(fake!.callsTo('conversations.history').length).toBeGreaterThanOrEqual(1);
    // Taken over when the lease ran out (OUTBOX_LEASE_MS=4000), not after the default two minutes.
    expect(Date.now() - killedAt).toBeLessThan(30_000);
    expect(b.server.child.exitCode).toBeNull();
  });

  it('keeps answering while the database is away, stores what it held when it returns, and answers nothing twice', { timeout: 180_000 }, async () => {
    const replicas = await replicaSet({ viaProxy: true });
    const [a, b] = [await replicas.start(), await replicas.start()];
    const before = Array.from({ length: 5 }, (_, i) => mention(i, '1700002'));
    for (const { envelope } of before) expect((await sendEvent(a.eventsUrl, SIGNING_SECRET, envelope)).status).toBe(200);
    await fake!.waitFor(() => answersByThread().size === 5, 30_000, 'answers before the outage');

    proxy!.cut();
    const during = Array.from({ length: 10 }, (_, i) => mention(i, '1700003'));
    for (const [i, { envelope }] of during.entries()) {
      const replica = i % 2 ? b : a;
      expect((await sendEvent(replica.eventsUrl, SIGNING_SECRET, envelope)).status).toBe(200);
      // A retry to the same replica is still recognised while the database is away.
      expect((await sendEvent(replica.eventsUrl, SIGNING_SECRET, envelope, { retryNum: 1 })).status).toBe(200);
    }
    await fake!.waitFor(() => answersByThread().size === 15, 60_000, 'answers during the outage');

    proxy!.restore();
    await Promise.all([a, b].map((r) => r.server.logged('held state writes stored')));
    // Every delivery, retried now to the other replica (and the earlier ones too): none answered again.
    for (const [i, { envelope }] of [...before, ...during].entries()) {
      const other = i >= before.length && (i - before.length) % 2 ? a : b;
      expect((await sendEvent(other.eventsUrl, SIGNING_SECRET, envelope, { retryNum: 2 })).status).toBe(200);
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const counts = answersByThread();
    expect(counts.size).toBe(15);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect([a, b].every((r) => r.server.child.exitCode === null)).toBe(true);
    expect([a, b].some((r) => r.server.lines.some((l) => l.msg.startsWith('PostgreSQL unreachable')))).toBe(true);
  });
});
