import { performance } from 'node:perf_hooks';
import type { Answerer } from '../../bot/answer.js';
import { FakeAnswerer } from '../support/fake-answerer.js';
import { personalMessage } from '../teams/teams-activities.js';
import { startTeamsHarness } from '../teams/teams-harness.js';

const SEQUENTIAL_ACTIVITIES = 100;
const CONCURRENT_ACTIVITIES = 50;
const QUESTION = 'status of Resolution 44 fellowships';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * The Teams path end to end over loopback: an activity posted to the real CloudAdapter until
 * its reply is recorded by the fake Bot Connector (p50/p95 over sequential activities), and a
 * burst of concurrent activities that must each be answered exactly once. The answerer is
 * canned by default so the figures measure the channel, not retrieval.
 */
export async function benchTeams(answerer: Answerer = new FakeAnswerer()): Promise<Record<string, string | number>> {
  const harness = await startTeamsHarness(answerer);
  try {
    // One warm-up turn: module loading and the first connection are not what is measured.
    await harness.post(personalMessage(harness.connector.url, QUESTION, 'a:bench-warm-up'));

    const latencies: number[] = [];
    for (let i = 0; i < SEQUENTIAL_ACTIVITIES; i++) {
      const incoming = personalMessage(harness.connector.url, QUESTION, `a:bench-sequential-${i}`);
      const started = performance.now();
      const posted = harness.post(incoming);
      await harness.connector.waitFor((r) => r.replyToId === incoming.id && r.activity.type === 'message');
      latencies.push(performance.now() - started);
      await posted;
    }
    latencies.sort((a, b) => a - b);

    const burst = Array.from({ length: CONCURRENT_ACTIVITIES }, (_, i) =>
      personalMessage(harness.connector.url, QUESTION, `a:bench-concurrent-${i}`),
    );
    const burstStarted = performance.now();
    const statuses = await Promise.all(burst.map(async (activity) => (await harness.post(activity)).status));
    const burstMs = performance.now() - burstStarted;
    const repliesPer = burst.map(
      (activity) => harness.connector.messages().filter((r) => r.replyToId === activity.id).length,
    );

    return {
      teams_reply_p50_ms: Number(percentile(latencies, 50).toFixed(1)),
      teams_reply_p95_ms: Number(percentile(latencies, 95).toFixed(1)),
      teams_concurrent_activities: CONCURRENT_ACTIVITIES,
      teams_concurrent_http_200: statuses.filter((s) => s === 200).length,
      teams_concurrent_answered_once: repliesPer.filter((n) => n === 1).length,
      teams_concurrent_total_ms: Number(burstMs.toFixed(1)),
      teams_concurrent_all_once: repliesPer.every((n) => n === 1) ? 'yes' : 'no',
    };
  } finally {
    await harness.close();
  }
}
