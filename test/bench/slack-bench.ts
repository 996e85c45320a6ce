import { performance } from 'node:perf_hooks';
import type { Answerer } from '../../bot/answer.js';
import { FakeAnswerer } from '../support/fake-answerer.js';
import { eventEnvelope, mentionEvent, sendEvent } from '../support/slack-requests.js';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from '../slack/slack-harness.js';

const SEQUENTIAL_MENTIONS = 100;
const CONCURRENT_MENTIONS = 50;
const QUESTION = 'status of Resolution 44 fellowships';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (ms: number): number => Number(ms.toFixed(1));

/** A mention with its own `ts` (and so its own thread), signed with the real v0 scheme. */
function mention(harness: SlackHarness, n: number, retryNum?: number): { ts: string; sent: Promise<Response> } {
  const ts = `${1_800_000_000 + n}.000100`;
  const envelope = eventEnvelope(mentionEvent({ text: `<@UBOT> ${QUESTION}`, ts }), { eventId: `EvBench${n}` });
  return { ts, sent: sendEvent(harness.eventsUrl, SIGNING_SECRET, envelope, { retryNum }) };
}

function postsIn(harness: SlackHarness, ts: string): number {
  return harness.fake.okCallsTo('chat.postMessage').filter((c) => c.args.thread_ts === ts).length;
}

/**
 * The Slack path end to end over loopback: a signed event into the real Bolt app until its
 * HTTP ack (p50/p95), and until the reply reaches the fake Web API (p50/p95), over sequential
 * mentions; then a burst of concurrent mentions, each also redelivered as a Slack retry, that
 * must each be answered exactly once. Pass the real pipeline to include retrieval; the default
 * canned answerer measures the channel alone. `slack_answerer` says which was used.
 */
export async function benchSlack(answerer: Answerer = new FakeAnswerer()): Promise<Record<string, string | number>> {
  const harness = await startSlackHarness(answerer);
  try {
    // Warm-up: module loading, the first connection and auth.test are not what is measured.
    const warm = mention(harness, 0);
    await warm.sent;
    await harness.fake.waitFor(() => postsIn(harness, warm.ts) === 1, 60_000);

    const acks: number[] = [];
    const replies: number[] = [];
    for (let i = 1; i <= SEQUENTIAL_MENTIONS; i++) {
      const started = performance.now();
      const { ts, sent } = mention(harness, i);
      const response = await sent;
      acks.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`Slack bench: mention ${i} got HTTP ${response.status}`);
      await harness.fake.waitFor(() => postsIn(harness, ts) === 1, 60_000);
      replies.push(harness.fake.okCallsTo('chat.postMessage').find((c) => c.args.thread_ts === ts)!.at - started);
    }
    await harness.channel.whenIdle();
    acks.sort((a, b) => a - b);
    replies.sort((a, b) => a - b);

    const base = SEQUENTIAL_MENTIONS + 1;
    const burstStarted = performance.now();
    const burst = Array.from({ length: CONCURRENT_MENTIONS }, (_, i) => [mention(harness, base + i), mention(harness, base + i, 1)]).flat();
    const statuses = await Promise.all(burst.map(async ({ sent }) => (await sent).status));
    const threads = [...new Set(burst.map((m) => m.ts))];
    await harness.fake.waitFor(() => threads.every((ts) => postsIn(harness, ts) >= 1), 120_000);
    await harness.channel.whenIdle();
    const burstMs = performance.now() - burstStarted;
    const answeredOnce = threads.filter((ts) => postsIn(harness, ts) === 1).length;

    return {
      slack_answerer: answerer instanceof FakeAnswerer ? 'FakeAnswerer (canned answer)' : answerer.constructor.name,
      slack_ack_p50_ms: round(percentile(acks, 50)),
      slack_ack_p95_ms: round(percentile(acks, 95)),
      slack_reply_posted_p50_ms: round(percentile(replies, 50)),
      slack_reply_posted_p95_ms: round(percentile(replies, 95)),
      slack_concurrent_mentions: CONCURRENT_MENTIONS,
      slack_concurrent_deliveries_incl_retries: burst.length,
      slack_concurrent_http_200: statuses.filter((s) => s === 200).length,
      slack_concurrent_answered_once: answeredOnce,
      slack_concurrent_all_once: answeredOnce === CONCURRENT_MENTIONS ? 'yes' : 'no',
      slack_concurrent_total_ms: round(burstMs),
    };
  } finally {
    await harness.close();
  }
}
