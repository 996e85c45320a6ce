import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Logger } from '../../logger.js';
import { DELIVERY_KEEP_MS, PRUNE_EVERY_MS } from '../delivery-keeping.js';
import type { DeliveryClaims } from '../state-store.js';
import type { PostgresWriter } from './postgres-writer.js';

/**
 * Inserts the keys as this claim's (`$3`, a nonce per claim) and returns every key's claimant,
 * its own or an earlier one's: the no-op update makes conflicting rows come back too. Run twice
 * with one nonce it answers the same, so a claim whose reply was lost can simply run again.
 */
const CLAIM = `INSERT INTO deliveries (key, claimed_at, claimed_by) SELECT unnest($1::text[]), $2, $3
  ON CONFLICT (key) DO UPDATE SET claimed_by = deliveries.claimed_by RETURNING key, claimed_by`;
/**
 * pg-pool's words when every connection is in use past `connectionTimeoutMillis`, or when a new
 * connection took longer than that to open: the database is there but busy or the process
 * starved (a burst of deliveries on a loaded machine). The insert never reached the server, so
 * the claim tries again instead of falling back to memory, which would let the retry on another
 * replica answer a second time.
 */
const POOL_BUSY = /timeout exceeded when trying to connect|connection terminated due to connection timeout/i;
/**
 * pg's words when the server's reply did not come within `query_timeout`: the insert may have
 * been made (or be waiting on another replica's insert of the same key), so the claim asks
 * again with its nonce instead of falling back to memory, which would answer a second time.
 */
const REPLY_LATE = /query read timeout/i;
/** How long a claim keeps trying while the pool is busy or slow; Slack and Bot Framework retry for longer. */
const BUSY_DEADLINE_MS = 30_000;

/**
 * Delivery claims shared by every replica: each key is a row inserted once, by the claim whose
 * nonce it keeps, so a Slack retry or Teams redelivery that lands on another replica (or this
 * one) is recognised, even when the reply to the winning insert came too late to be read. While
 * the database is away a claim falls back to this process's memory (a retry to the same replica
 * is still recognised; the question is still answered) and the keys are written once it returns.
 */
export class PostgresDeliveryLedger implements DeliveryClaims {
  private lastPrune = 0;
  private readonly heldLocally = new Set<string>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly writer: PostgresWriter,
    private readonly logger: Logger,
    private readonly keepMs = DELIVERY_KEEP_MS,
  ) {}

  async claim(keys: string[], now = Date.now()): Promise<boolean> {
    // Sorted and distinct: two replicas inserting overlapping keys lock them in the same order.
    const unique = [...new Set(keys)].sort();
    const nonce = randomUUID();
    if (now - this.lastPrune >= PRUNE_EVERY_MS) void this.prune(now).catch(() => undefined);
    try {
      const result = await this.insert([unique, now, nonce]);
      const won = result.rows.length === unique.length && result.rows.every((row) => row.claimed_by === nonce);
      return won && !unique.some((key) => this.heldLocally.has(key));
    } catch (error) {
      const fresh = !unique.some((key) => this.heldLocally.has(key));
      for (const key of unique) this.heldLocally.add(key);
      void this.writer.write('delivery claim', CLAIM, [unique, now, nonce]);
      this.logger.warn({ err: error, keys: unique }, 'PostgreSQL unreachable: delivery claimed in this replica only; recorded when it returns');
      return fresh;
    }
  }

  /**
   * The claim's insert (`[keys, claimedAt, nonce]`), tried again for up to `BUSY_DEADLINE_MS`
   * while the pool is busy but holds live connections, or the server's reply was late.
   */
  private async insert(params: [string[], number, string]): Promise<pg.QueryResult<{ key: string; claimed_by: string | null }>> {
    const started = Date.now();
    for (;;) {
      try {
        return await this.pool.query(CLAIM, params);
      } catch (error) {
        const message = String((error as Error).message);
        const again = REPLY_LATE.test(message) || (POOL_BUSY.test(message) && this.pool.totalCount > 0);
        if (!again || Date.now() - started >= BUSY_DEADLINE_MS) throw error;
      }
    }
  }

  async prune(now = Date.now()): Promise<number> {
    this.lastPrune = now;
    const result = await this.pool.query('DELETE FROM deliveries WHERE claimed_at < $1', [now - this.keepMs]);
    return result.rowCount ?? 0;
  }
}
