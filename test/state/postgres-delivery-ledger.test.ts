import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../bot/logger.js';
import { migrate } from '../../bot/state/postgres/postgres-connection.js';
import { PostgresDeliveryLedger } from '../../bot/state/postgres/postgres-delivery-ledger.js';
import type { PostgresWriter } from '../../bot/state/postgres/postgres-writer.js';
import { createTestDatabase, postgresSuiteTitle, TEST_DATABASE_URL, type TestDatabase } from '../support/test-database.js';

/** A pool whose first `failures` queries fail with `message`, then insert every key. */
function pool(failures: number, message: string, totalCount: number): { pool: pg.Pool; calls: () => number } {
  let calls = 0;
  const fake = {
    totalCount,
    query: async (_sql: string, params: unknown[]) => {
      calls++;
      if (calls <= failures) throw new Error(message);
      const keys = params[0] as string[];
      return { rowCount: keys.length, rows: keys.map((key) => ({ key, claimed_by: params[2] })) };
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

describe.skipIf(!TEST_DATABASE_URL)(postgresSuiteTitle('delivery claims whose reply comes late (real PostgreSQL server)'), () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  const writes: unknown[] = [];
  const writer = { write: async (...args: unknown[]) => void writes.push(args) } as unknown as PostgresWriter;

  beforeAll(async () => {
    database = await createTestDatabase();
    // A short read timeout, so that another replica's open insert of the same key makes it fire.
    pool = new pg.Pool({ connectionString: database.url, query_timeout: 300 });
    await migrate(pool);
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  /**
   * Another replica inserting `key` in a transaction left open for `holdMs`, then committed or
   * rolled back; `released` settles when it has.
   */
  async function otherReplicaHolding(key: string, holdMs: number, outcome: 'COMMIT' | 'ROLLBACK'): Promise<{ released: Promise<void> }> {
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    await other.query('BEGIN');
    await other.query("INSERT INTO deliveries (key, claimed_at, claimed_by) VALUES ($1, $2, 'replica B')", [key, Date.now()]);
    const released = new Promise<void>((resolve) => setTimeout(resolve, holdMs)).then(async () => {
      await other.query(outcome);
      await other.end();
    });
    return { released };
  }

  it('a retry on another replica that won the key is not answered again, though this claim timed out waiting for it', async () => {
    const { released } = await otherReplicaHolding('message:C1:10.0', 1_200, 'COMMIT');
    const ledger = new PostgresDeliveryLedger(pool, writer, silentLogger);
    expect(await ledger.claim(['message:C1:10.0'])).toBe(false);
    await released;
    expect(writes).toEqual([]);
  });

  it('a claim that timed out waiting for another replica that then gave the key up is this replica\'s', async () => {
    const { released } = await otherReplicaHolding('message:C1:11.0', 1_200, 'ROLLBACK');
    const ledger = new PostgresDeliveryLedger(pool, writer, silentLogger);
    expect(await ledger.claim(['message:C1:11.0'])).toBe(true);
    await released;
    const { rows } = await pool.query<{ claimed_by: string }>('SELECT claimed_by FROM deliveries WHERE key = $1', ['message:C1:11.0']);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.claimed_by).not.toBe('replica B');
  });

  it('the same delivery claimed twice by one replica (a Slack retry to the same server) is answered once', async () => {
    const ledger = new PostgresDeliveryLedger(pool, writer, silentLogger);
    expect(await ledger.claim(['message:C1:12.0', 'event:Ev12'])).toBe(true);
    expect(await ledger.claim(['event:Ev12', 'message:C1:12.0'])).toBe(false);
    // One key already claimed makes the whole delivery a repeat: a channel mention's twin.
    expect(await ledger.claim(['message:C1:12.0', 'event:Ev13'])).toBe(false);
  });
});
