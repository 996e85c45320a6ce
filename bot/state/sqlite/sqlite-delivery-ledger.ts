import type Database from 'better-sqlite3';
import type { DeliveryClaims } from '../state-store.js';
import { DELIVERY_KEEP_MS, PRUNE_EVERY_MS } from '../delivery-keeping.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS deliveries (key TEXT PRIMARY KEY, claimed_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS deliveries_by_age ON deliveries (claimed_at);
`;

/**
 * Which incoming deliveries were already handled (Slack event ids and channel+ts, Teams
 * activity ids, slash-command bodies), kept in the state file so a redelivery after a restart,
 * or one racing the first on another process, is still recognised. Keys older than a day go.
 */
export class SqliteDeliveryLedger implements DeliveryClaims {
  private readonly insert: Database.Statement<[string, number]>;
  private readonly claimAll: (keys: string[], now: number) => boolean;
  private lastPrune = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly keepMs = DELIVERY_KEEP_MS,
  ) {
    db.exec(SCHEMA);
    this.insert = db.prepare('INSERT OR IGNORE INTO deliveries (key, claimed_at) VALUES (?, ?)');
    // One transaction: either this call claims every key or it learns one was taken, and no
    // other connection can claim a key in between.
    this.claimAll = db.transaction((keys: string[], now: number) => {
      let fresh = 0;
      for (const key of keys) fresh += this.insert.run(key, now).changes;
      return fresh === keys.length;
    });
  }

  /**
   * Claims a delivery by all its keys at once: true when none was claimed before (handle it),
   * false when any was (a redelivery or its twin). Every key is recorded either way, so a twin
   * that arrives under a new key is recognised by that key later too.
   */
  async claim(keys: string[], now = Date.now()): Promise<boolean> {
    if (now - this.lastPrune >= PRUNE_EVERY_MS) await this.prune(now);
    return this.claimAll(keys, now);
  }

  /** Forgets deliveries claimed more than `keepMs` before `now`; returns how many. */
  async prune(now = Date.now()): Promise<number> {
    this.lastPrune = now;
    return this.db.prepare('DELETE FROM deliveries WHERE claimed_at < ?').run(now - this.keepMs).changes;
  }
}
