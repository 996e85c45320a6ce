import type pg from 'pg';
import { toEntry, type OutboxRow } from '../outbox-row.js';
import type { ConversationFlag, OutboxEntry, OutboxFailure, OutboxPost, OutboxStore } from '../outbox-store.js';
import type { PostgresWriter } from './postgres-writer.js';

const INSERT = `INSERT INTO outbox (key, kind, channel, target, conversation, label, parts, context, expires_at,
  status, next_attempt_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)
  ON CONFLICT (key) DO NOTHING`;

/** Lifts a conversation's flag and requeues its target failures, in one statement. */
export const UNFLAG = `WITH lifted AS (DELETE FROM flagged_conversations WHERE id = $1 RETURNING id)
  UPDATE outbox SET status = 'pending', failure = NULL, attempts = 0, next_attempt_at = $2, updated_at = $2
  WHERE conversation = $1 AND EXISTS (SELECT 1 FROM lifted) AND status = 'failed' AND failure = 'target'
    AND (expires_at IS NULL OR expires_at > $2)`;

/**
 * The outbox on PostgreSQL, shared by every replica. Claims are one conditional UPDATE each, so
 * of two replicas claiming a post at once exactly one gets it; a replica that dies holding a
 * lease leaves it to run out (`lease_until`), and then another claims the post and resumes it
 * after its confirmed parts. `get` and `enqueue` answer from this process's view (the digest
 * scheduler calls them synchronously): the record itself is inserted in the background with
 * `ON CONFLICT DO NOTHING`, and every later call on that key waits for it.
 */
export class PostgresOutboxStore implements OutboxStore {
  private readonly seen = new Map<string, OutboxEntry>();
  private readonly inserting = new Map<string, Promise<void>>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly writer: PostgresWriter,
  ) {}

  /** Loads the digests recorded so far, so the scheduler knows them from the start. */
  async load(): Promise<void> {
    const { rows } = await this.pool.query<OutboxRow>("SELECT * FROM outbox WHERE kind = 'digest'");
    for (const row of rows) this.seen.set(row.key, toEntry(row));
  }

  enqueue(post: OutboxPost, now: number, status: 'pending' | 'skipped' = 'pending'): boolean {
    if (this.seen.has(post.key)) return false;
    const entry: OutboxEntry = { ...post, status, sentIds: [], attempting: null, attempts: 0, nextAttemptAt: now, lastError: null, failure: null, createdAt: now, sentAt: null };
    this.seen.set(post.key, entry);
    const params = [post.key, post.kind, post.channel, post.target, post.conversation, post.label, JSON.stringify(post.parts),
      post.context === undefined ? null : JSON.stringify(post.context), post.expiresAt ?? null, status, now, now];
    const stored = this.writer.write('outbox record', INSERT, params).finally(() => this.inserting.delete(post.key));
    this.inserting.set(post.key, stored);
    return true;
  }

  get(key: string): OutboxEntry | undefined {
    return this.seen.get(key);
  }

  async read(key: string): Promise<OutboxEntry | undefined> {
    return this.one('SELECT * FROM outbox WHERE key = $1', [key]);
  }

  async claim(key: string, owner: string, leaseMs: number, now: number, holderGone: (holder: string) => boolean): Promise<OutboxEntry | undefined> {
    const take = `UPDATE outbox SET lease_owner = $2, lease_until = $3, updated_at = $4 WHERE key = $1 AND status = 'pending'`;
    const free = await this.one(`${take} AND (lease_owner IS NULL OR lease_owner = $2 OR lease_until IS NULL OR lease_until <= $4) RETURNING *`, [key, owner, now + leaseMs, now]);
    if (free) return free;
    const current = await this.pool.query<{ status: string; lease_owner: string | null }>('SELECT status, lease_owner FROM outbox WHERE key = $1', [key]);
    const holder = current.rows[0]?.status === 'pending' ? current.rows[0].lease_owner : null;
    if (!holder || !holderGone(holder)) return undefined;
    // Taken over only from that very holder: a third replica that got there first keeps it.
    return this.one(`${take} AND lease_owner = $5 RETURNING *`, [key, owner, now + leaseMs, now, holder]);
  }

  async renew(key: string, owner: string, leaseMs: number, now: number): Promise<boolean> {
    const result = await this.pool.query("UPDATE outbox SET lease_until = $3, updated_at = $4 WHERE key = $1 AND lease_owner = $2 AND status = 'pending'", [key, owner, now + leaseMs, now]);
    return result.rowCount === 1;
  }

  async markAttempting(key: string, part: number, now: number): Promise<void> {
    await this.one('UPDATE outbox SET attempting = $2, updated_at = $3 WHERE key = $1 RETURNING *', [key, part, now]);
  }

  async recordPart(key: string, part: number, platformId: string | null, now: number): Promise<void> {
    await this.one(
      `UPDATE outbox SET sent_ids = jsonb_set(sent_ids::jsonb, ARRAY[$2::text], COALESCE(to_jsonb($3::text), 'null'::jsonb), true)::text,
         attempting = NULL, updated_at = $4 WHERE key = $1 RETURNING *`,
      [key, part, platformId, now],
    );
  }

  async markSent(key: string, now: number): Promise<void> {
    await this.one(
      "UPDATE outbox SET status = 'sent', sent_at = $2, attempting = NULL, lease_owner = NULL, lease_until = NULL, last_error = NULL, updated_at = $2 WHERE key = $1 RETURNING *",
      [key, now],
    );
  }

  async retryAt(key: string, at: number, error: string, now: number): Promise<void> {
    await this.one(
      'UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $2, last_error = $3, lease_owner = NULL, lease_until = NULL, updated_at = $4 WHERE key = $1 RETURNING *',
      [key, at, error, now],
    );
  }

  async markFailed(key: string, failure: OutboxFailure, error: string, now: number): Promise<void> {
    await this.one(
      "UPDATE outbox SET status = 'failed', failure = $2, last_error = $3, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL, updated_at = $4 WHERE key = $1 RETURNING *",
      [key, failure, error, now],
    );
  }

  async due(now: number, limit = 100): Promise<string[]> {
    const { rows } = await this.pool.query<{ key: string }>(
      "SELECT key FROM outbox WHERE status = 'pending' AND next_attempt_at <= $1 AND (lease_until IS NULL OR lease_until <= $1) ORDER BY next_attempt_at, created_at LIMIT $2",
      [now, limit],
    );
    return rows.map((r) => r.key);
  }

  async pending(limit = 100): Promise<string[]> {
    const { rows } = await this.pool.query<{ key: string }>("SELECT key FROM outbox WHERE status = 'pending' ORDER BY created_at LIMIT $1", [limit]);
    return rows.map((r) => r.key);
  }

  async flag(conversation: string, reason: string, now: number): Promise<void> {
    await this.pool.query(
      'INSERT INTO flagged_conversations (id, reason, flagged_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET reason = excluded.reason, flagged_at = excluded.flagged_at',
      [conversation, reason, now],
    );
  }

  async flagOf(conversation: string): Promise<ConversationFlag | undefined> {
    const { rows } = await this.pool.query<{ reason: string; flagged_at: number }>('SELECT reason, flagged_at FROM flagged_conversations WHERE id = $1', [conversation]);
    return rows[0] ? { reason: rows[0].reason, flaggedAt: rows[0].flagged_at } : undefined;
  }

  async unflag(conversation: string, now: number): Promise<number> {
    return (await this.pool.query(UNFLAG, [conversation, now])).rowCount ?? 0;
  }

  /** Runs a statement on one row after the key's record is stored, and keeps what it returns in view. */
  private async one(sql: string, params: unknown[]): Promise<OutboxEntry | undefined> {
    await this.inserting.get(params[0] as string);
    const row = (await this.pool.query<OutboxRow>(sql, params)).rows[0];
    if (!row) return undefined;
    const entry = toEntry(row);
    // Only digests are asked for synchronously (by the scheduler); other posts are not kept.
    if (entry.kind === 'digest') this.seen.set(entry.key, entry);
    else this.seen.delete(entry.key);
    return entry;
  }
}
