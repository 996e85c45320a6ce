import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresStateStore } from '../../bot/state/postgres/postgres-state-store.js';
import { SqliteStateStore } from '../../bot/state/sqlite/sqlite-state-store.js';
import type { StateStore } from '../../bot/state/state-store.js';
import { ReplicaSet, SIGNING_SECRET, type Replica } from '../replicas/replica-harness.js';
import { FakeSlackApi } from '../support/fake-slack-api.js';
import { eventEnvelope, mentionEvent, sendEvent } from '../support/slack-requests.js';
import { createTestDatabase, TEST_DATABASE_URL } from '../support/test-database.js';

const TIMED_MENTIONS = 60;
const RETRIED_MENTIONS = 200;
/** Mentions in flight at once in the retry burst: a busy meeting, not a flood. */
const BURST_CONCURRENCY = 20;
const STORE_WRITES = 500;

type Figures = Record<string, string | number>;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (ms: number): number => Number(ms.toFixed(2));

function envelope(n: number): { ts: string; body: Record<string, unknown> } {
  const ts = `${1_900_000_000 + n}.000100`;
  return { ts, body: eventEnvelope(mentionEvent({ text: '<@UBOT> status of Resolution 44 fellowships', ts }), { eventId: `EvReplica${n}` }) };
}

function postsIn(fake: FakeSlackApi, ts: string): number {
  return fake.okCallsTo('chat.postMessage').filter((c) => c.args.thread_ts === ts).length;
}

/** Slack request → ack and → posted reply, alternating replicas, one mention at a time. */
async function timedMentions(fake: FakeSlackApi, replicas: Replica[]): Promise<Figures> {
  const acks: number[] = [];
  const replies: number[] = [];
  for (let n = 1; n <= TIMED_MENTIONS; n++) {
    const { ts, body } = envelope(n);
    const start = performance.now();
    await sendEvent(replicas[n % 2]!.eventsUrl, SIGNING_SECRET, body);
    acks.push(performance.now() - start);
    await fake.waitFor(() => postsIn(fake, ts) === 1, 30_000, `the reply to mention ${n}`);
    replies.push(performance.now() - start);
  }
  return {
    replicas_slack_ack_p95_ms: round(percentile(acks, 95)),
    replicas_slack_reply_p95_ms: round(percentile(replies, 95)),
  };
}

/** Each mention sent to one replica and retried to the other, `BURST_CONCURRENCY` at a time. */
async function retriedMentions(fake: FakeSlackApi, replicas: Replica[]): Promise<Figures> {
  const sent = Array.from({ length: RETRIED_MENTIONS }, (_, i) => envelope(1_000 + i));
  for (let i = 0; i < sent.length; i += BURST_CONCURRENCY) {
    await Promise.all(
      sent.slice(i, i + BURST_CONCURRENCY).map(async ({ body }, j) => {
        const first = replicas[(i + j) % 2]!;
        const other = replicas[(i + j + 1) % 2]!;
        await Promise.all([sendEvent(first.eventsUrl, SIGNING_SECRET, body), sendEvent(other.eventsUrl, SIGNING_SECRET, body, { retryNum: 1 })]);
      }),
    );
  }
  await fake.waitFor(() => sent.every(({ ts }) => postsIn(fake, ts) >= 1), 120_000, 'every retried mention answered');
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const once = sent.filter(({ ts }) => postsIn(fake, ts) === 1).length;
  return { replicas_retried_mentions_answered_exactly_once: `${once}/${RETRIED_MENTIONS}` };
}

/** p50 of a delivery claim (one awaited write) on a store. */
async function writeP50(store: StateStore): Promise<number> {
  const times: number[] = [];
  for (let n = 0; n < STORE_WRITES; n++) {
    const start = performance.now();
    await store.deliveries.claim([`bench:${n}`]);
    times.push(performance.now() - start);
  }
  return round(percentile(times, 50));
}

/**
 * Two real replicas (server processes) on one PostgreSQL database behind no proxy, with the
 * fake Slack Web API; and the state-store write latency on each backend. Needs
 * TEST_DATABASE_URL (a throwaway database is created there and dropped).
 */
export async function benchReplicas(): Promise<Figures> {
  if (!TEST_DATABASE_URL) return { replicas: 'skipped: set TEST_DATABASE_URL (a PostgreSQL where databases may be created)' };
  const database = await createTestDatabase();
  const fake = await FakeSlackApi.start();
  const set = new ReplicaSet({ databaseUrl: database.url, slackApiUrl: fake.apiUrl });
  const dir = mkdtempSync(join(tmpdir(), 'rapporteur-bench-state-'));
  try {
    const replicas = [await set.start(), await set.start()];
    // Warm-up: the first request of each replica loads modules and opens connections.
    for (const [i, replica] of replicas.entries()) {
      const { ts, body } = envelope(-1 - i);
      await sendEvent(replica.eventsUrl, SIGNING_SECRET, body);
      await fake.waitFor(() => postsIn(fake, ts) === 1, 30_000, 'the warm-up reply');
    }
    const figures: Figures = { ...(await timedMentions(fake, replicas)), ...(await retriedMentions(fake, replicas)) };
    await set.close();
    const sqlite = new SqliteStateStore(join(dir, 'state.sqlite'));
    figures.state_write_p50_ms_sqlite = await writeP50(sqlite);
    await sqlite.close();
    const postgres = await PostgresStateStore.open(database.url);
    figures.state_write_p50_ms_postgres = await writeP50(postgres);
    await postgres.close();
    return figures;
  } finally {
    await set.close();
    await fake.close();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}
