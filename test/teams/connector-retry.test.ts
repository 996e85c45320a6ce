import { describe, expect, it } from 'vitest';
import { withConnectorRetry } from '../../adapters/teams/connector-retry.js';

/** A call that fails with the given connector statuses, then returns `done`. */
function failingWith(...statuses: number[]) {
  const calls: number[] = [];
  return {
    calls,
    call: async () => {
      calls.push(calls.length + 1);
      const status = statuses[calls.length - 1];
      if (status !== undefined) throw Object.assign(new Error(`HTTP ${status}`), { statusCode: status });
      return 'done';
    },
  };
}

const fast = { baseDelayMs: 1, maxDelayMs: 2 };

describe('withConnectorRetry', () => {
  it.each([429, 412, 502, 504])('retries %i and returns the eventual success', async (status) => {
    const flaky = failingWith(status, status);
    const retries: number[] = [];

    await expect(withConnectorRetry(flaky.call, fast, (s) => retries.push(s))).resolves.toBe('done');

    expect(flaky.calls).toEqual([1, 2, 3]);
    expect(retries).toEqual([status, status]);
  });

  it('does not retry what retrying cannot fix (403: bot removed from the conversation)', async () => {
    const forbidden = failingWith(403);
    await expect(withConnectorRetry(forbidden.call, fast)).rejects.toMatchObject({ statusCode: 403 });
    expect(forbidden.calls).toEqual([1]);
  });

  it('gives up after the configured attempts with the last failure', async () => {
    const busy = failingWith(429, 429, 429, 429);
    await expect(withConnectorRetry(busy.call, { ...fast, attempts: 3 })).rejects.toMatchObject({ statusCode: 429 });
    expect(busy.calls).toEqual([1, 2, 3]);
  });
});
