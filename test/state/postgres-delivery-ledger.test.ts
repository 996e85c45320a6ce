import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../bot/logger.js';
import { PostgresDeliveryLedger } from '../../bot/state/postgres/postgres-delivery-ledger.js';
import type { PostgresWriter } from '../../bot/state/postgres/postgres-writer.js';

/** A pool whose first `failures` queries fail with `message`, then insert every key. */
function pool(failures: number, message: string, totalCount: number): { pool: pg.Pool; calls: () => number } {
  let calls = 0;
  const fake = {
    totalCount,
    query: async (_sql: string, params: unknown[]) => {
      calls++;
      if (calls <= failures) throw new Error(message);
      return { rowCount: (params[0] as string[]).length, rows: [] };
    },
  };
  return { pool: fake as unknown as pg.Pool, calls: () => calls };
}

describe('delivery claims on PostgreSQL', () => {
  const writes: unknown[] = [];
  const writer = { write: async (...args: unknown[]) => void writes.push(args) } as unknown as PostgresWriter;

  it('a pool busy with other claims (a burst) makes the claim wait its turn, not fall back to memory', async () => {
    const busy = pool(2, 'timeout exceeded when trying to connect', 10);
    const ledger = new PostgresDeliveryLedger(busy.pool, writer, silentLogger);
    expect(await ledger.claim(['message:C1:1.0'], 0)).toBe(true);
    expect(busy.calls()).toBe(3);
    expect(writes).toEqual([]);
  });

  it('a starved process (connections slow to open, the pool busy again and again) keeps trying, and never claims in memory', async () => {
    const slow = pool(6, 'Connection terminated due to connection timeout', 10);
    const ledger = new PostgresDeliveryLedger(slow.pool, writer, silentLogger);
    expect(await ledger.claim(['message:C1:3.0'], 0)).toBe(true);
    expect(slow.calls()).toBe(7);
    expect(writes).toEqual([]);
  });

  it('a database that is away falls back to this replica at once, and records the claim for later', async () => {
    const away = pool(1, 'connect ECONNREFUSED 127.0.0.1:5432', 0);
    const ledger = new PostgresDeliveryLedger(away.pool, writer, silentLogger);
    expect(await ledger.claim(['message:C1:2.0'], 0)).toBe(true);
    expect(away.calls()).toBe(1);
    expect(writes).toHaveLength(1);
    // A retry to the same replica is recognised while the database is away.
    expect(await ledger.claim(['message:C1:2.0'], 0)).toBe(false);
  });
});
