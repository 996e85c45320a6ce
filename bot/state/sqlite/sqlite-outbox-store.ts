import type Database from 'better-sqlite3';
import { toEntry, type OutboxRow } from '../outbox-row.js';
import type { ConversationFlag, OutboxEntry, OutboxFailure, OutboxPost, OutboxStore } from '../outbox-store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS outbox (
  key TEXT PRIMARY KEY, kind TEXT NOT NULL, channel TEXT NOT NULL, target TEXT NOT NULL,
  conversation TEXT NOT NULL, label TEXT NOT NULL, parts TEXT NOT NULL, context TEXT, expires_at INTEGER,
  status TEXT NOT NULL, sent_ids TEXT NOT NULL DEFAULT '[]', attempting INTEGER,
  attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL,
  lease_owner TEXT, lease_until INTEGER, last_error TEXT, failure TEXT,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, sent_at INTEGER);
CREATE INDEX IF NOT EXISTS outbox_due ON outbox (status, next_attempt_at);
CREATE TABLE IF NOT EXISTS flagged_conversations (id TEXT PRIMARY KEY, reason TEXT NOT NULL, flagged_at INTEGER NOT NULL);
`;

/** The outbox table and the conversation flags, on the state file's connection (one process: every call is exact). */
export class SqliteOutboxStore implements OutboxStore {
  constructor(private readonly db: Database.Database) {
    db.exec(SCHEMA);
    this.adoptPostedDigests();
  }

  /**
   * Records a post; false when its key is already recorded (whatever its status), so a post
   * decided twice — by two ticks, two processes, or before and after a restart — exists once.
   * `status: 'skipped'` records a post that was decided against (a superseded digest).
   */
  enqueue(post: OutboxPost, now: number, status: 'pending' | 'skipped' = 'pending'): boolean {
    const result = this.db
      .prepare(
        `INSERT OR IGNORE INTO outbox (key, kind, channel, target, conversation, label, parts, context, expires_at,
           status, next_attempt_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        post.key, post.kind, post.channel, post.target, post.conversation, post.label, JSON.stringify(post.parts),
        post.context === undefined ? null : JSON.stringify(post.context), post.expiresAt ?? null, status, now, now, now,
      );
    return result.changes === 1;
  }

  get(key: string): OutboxEntry | undefined {
    const row = this.db.prepare('SELECT * FROM outbox WHERE key = ?').get(key) as OutboxRow | undefined;
    return row ? toEntry(row) : undefined;
  }

  async read(key: string): Promise<OutboxEntry | undefined> {
    return this.get(key);
  }

  /**
   * Takes the lease on a pending post for `leaseMs`: the post is returned when it was free,
   * its lease had run out, or `holderGone` says the process holding it no longer runs.
   */
  async claim(key: string, owner: string, leaseMs: number, now: number, holderGone: (holder: string) => boolean): Promise<OutboxEntry | undefined> {
    return this.db.transaction(() => {
      const row = this.db.prepare('SELECT * FROM outbox WHERE key = ?').get(key) as OutboxRow | undefined;
      if (!row || row.status !== 'pending') return undefined;
      const held = row.lease_owner !== null && row.lease_owner !== owner && (row.lease_until ?? 0) > now;
      if (held && !holderGone(row.lease_owner!)) return undefined;
      this.db.prepare('UPDATE outbox SET lease_owner = ?, lease_until = ?, updated_at = ? WHERE key = ?').run(owner, now + leaseMs, now, key);
      return toEntry(row);
    })();
  }

  /** Extends a lease this owner holds; false when it holds it no longer. */
  async renew(key: string, owner: string, leaseMs: number, now: number): Promise<boolean> {
    const result = this.db
      .prepare("UPDATE outbox SET lease_until = ?, updated_at = ? WHERE key = ? AND lease_owner = ? AND status = 'pending'")
      .run(now + leaseMs, now, key, owner);
    return result.changes === 1;
  }

  /** Marks a part as being sent: from now until it is confirmed, it may or may not be posted. */
  async markAttempting(key: string, part: number, now: number): Promise<void> {
    this.db.prepare('UPDATE outbox SET attempting = ?, updated_at = ? WHERE key = ?').run(part, now, key);
  }

  /** Records a confirmed part and its platform id. */
  async recordPart(key: string, part: number, platformId: string | null, now: number): Promise<void> {
    const row = this.db.prepare('SELECT sent_ids FROM outbox WHERE key = ?').get(key) as { sent_ids: string } | undefined;
    if (!row) return;
    const ids = JSON.parse(row.sent_ids) as (string | null)[];
    ids[part] = platformId;
    this.db.prepare('UPDATE outbox SET sent_ids = ?, attempting = NULL, updated_at = ? WHERE key = ?').run(JSON.stringify(ids), now, key);
  }

  /** Every part is confirmed: the post is done and its lease given back. */
  async markSent(key: string, now: number): Promise<void> {
    this.db
      .prepare("UPDATE outbox SET status = 'sent', sent_at = ?, attempting = NULL, lease_owner = NULL, lease_until = NULL, last_error = NULL, updated_at = ? WHERE key = ?")
      .run(now, now, key);
  }

  /** Gives the lease back after a transient failure; the post is due again at `at`. */
  async retryAt(key: string, at: number, error: string, now: number): Promise<void> {
    this.db
      .prepare('UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?, lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE key = ?')
      .run(at, error, now, key);
  }

  /** The post failed for good, for `failure` in the platform's words `error`; only `unflag` can bring a target failure back. */
  async markFailed(key: string, failure: OutboxFailure, error: string, now: number): Promise<void> {
    this.db
      .prepare("UPDATE outbox SET status = 'failed', failure = ?, last_error = ?, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE key = ?")
      .run(failure, error, now, key);
  }

  /** Keys of pending posts due by `now` whose lease is free or has run out, oldest first. */
  async due(now: number, limit = 100): Promise<string[]> {
    const rows = this.db
      .prepare(
        "SELECT key FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?) ORDER BY next_attempt_at, created_at LIMIT ?",
      )
      .all(now, now, limit) as { key: string }[];
    return rows.map((r) => r.key);
  }

  /** Keys of every pending post, leased or not (a restart resumes those whose holder is gone). */
  async pending(limit = 100): Promise<string[]> {
    const rows = this.db.prepare("SELECT key FROM outbox WHERE status = 'pending' ORDER BY created_at LIMIT ?").all(limit) as { key: string }[];
    return rows.map((r) => r.key);
  }

  /** Flags a conversation the platform refused the bot in; its posts wait until `unflag`. */
  async flag(conversation: string, reason: string, now: number): Promise<void> {
    this.db.prepare('INSERT OR REPLACE INTO flagged_conversations (id, reason, flagged_at) VALUES (?, ?, ?)').run(conversation, reason, now);
  }

  /** Why and since when the conversation is flagged, or `undefined` when it is not. */
  async flagOf(conversation: string): Promise<ConversationFlag | undefined> {
    const row = this.db.prepare('SELECT reason, flagged_at FROM flagged_conversations WHERE id = ?').get(conversation) as
      | { reason: string; flagged_at: number }
      | undefined;
    return row ? { reason: row.reason, flaggedAt: row.flagged_at } : undefined;
  }

  /**
   * The bot is back in a conversation: the flag goes, and posts that failed because of it
   * (and are still worth sending) are due again at once, resuming where they stopped.
   * Returns how many were requeued.
   */
  async unflag(conversation: string, now: number): Promise<number> {
    return this.db.transaction(() => {
      if (this.db.prepare('DELETE FROM flagged_conversations WHERE id = ?').run(conversation).changes === 0) return 0;
      return this.db
        .prepare(
          `UPDATE outbox SET status = 'pending', failure = NULL, attempts = 0, next_attempt_at = ?, updated_at = ?
           WHERE conversation = ? AND status = 'failed' AND failure = 'target' AND (expires_at IS NULL OR expires_at > ?)`,
        )
        .run(now, now, conversation, now).changes;
    })();
  }

  /**
   * Digests recorded as posted by earlier versions (table `digest_posts`) are taken as sent,
   * so upgrading never posts one again.
   */
  private adoptPostedDigests(): void {
    const legacy = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'digest_posts'").get();
    if (!legacy) return;
    this.db.exec(`INSERT OR IGNORE INTO outbox (key, kind, channel, target, conversation, label, parts, status, next_attempt_at, created_at, updated_at, sent_at)
      SELECT key, 'digest', '', '', '', key, '[]', 'sent', 0, 0, 0, 0 FROM digest_posts`);
  }
}
