import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteInstallationStore } from '../installation-store.js';
import type { FeedbackEntry, StateStore, StoredAnswer, StoredConversation } from '../state-store.js';
import { SqliteDeliveryLedger } from './sqlite-delivery-ledger.js';
import { SqliteOutboxStore } from './sqlite-outbox-store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  channel TEXT NOT NULL, user_id TEXT NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL,
  rating TEXT NOT NULL CHECK (rating IN ('up', 'down')), comment TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));
CREATE TABLE IF NOT EXISTS conversations (
  id TEXT PRIMARY KEY, channel TEXT NOT NULL, name TEXT NOT NULL, reference TEXT NOT NULL,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));
CREATE TABLE IF NOT EXISTS conversation_topics (
  conversation_id TEXT PRIMARY KEY, topic TEXT NOT NULL,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));
CREATE TABLE IF NOT EXISTS answers (
  id TEXT PRIMARY KEY, channel TEXT NOT NULL, conversation_id TEXT, question TEXT NOT NULL, answer TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));
CREATE INDEX IF NOT EXISTS answers_by_conversation ON answers (conversation_id);
CREATE TABLE IF NOT EXISTS conversation_askers (
  conversation_id TEXT NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (conversation_id, user_id));
`;

/**
 * The bot's durable state in one SQLite file (the default: one process, no server): feedback,
 * conversations for proactive posts, who asked the bot in which thread, thread topics for
 * follow-ups, deliveries already handled, and the outbox. Every write is made there and then.
 */
export class SqliteStateStore implements StateStore {
  readonly backend = 'sqlite' as const;
  private readonly db: Database.Database;
  readonly deliveries: SqliteDeliveryLedger;
  readonly outbox: SqliteOutboxStore;

  constructor(readonly file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
    this.deliveries = new SqliteDeliveryLedger(this.db);
    this.outbox = new SqliteOutboxStore(this.db);
  }

  recordFeedback(entry: FeedbackEntry): void {
    this.db
      .prepare(
        'INSERT INTO feedback (channel, user_id, question, answer, rating, comment) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(entry.channel, entry.userId, entry.question, entry.answer, entry.rating, entry.comment ?? null);
  }

  async listFeedback(): Promise<(FeedbackEntry & { id: number; createdAt: string })[]> {
    return this.db
      .prepare(
        'SELECT id, channel, user_id AS userId, question, answer, rating, comment, created_at AS createdAt FROM feedback ORDER BY id',
      )
      .all() as (FeedbackEntry & { id: number; createdAt: string })[];
  }

  saveAnswer(entry: Omit<StoredAnswer, 'id'> & { id?: string }): string {
    const id = entry.id ?? randomUUID();
    this.db
      .prepare('INSERT OR REPLACE INTO answers (id, channel, conversation_id, question, answer) VALUES (?, ?, ?, ?, ?)')
      .run(id, entry.channel, entry.conversationId, entry.question, JSON.stringify(entry.answer));
    return id;
  }

  async getAnswer(id: string): Promise<StoredAnswer | undefined> {
    const row = this.db
      .prepare('SELECT id, channel, conversation_id AS conversationId, question, answer FROM answers WHERE id = ?')
      .get(id) as (Omit<StoredAnswer, 'answer'> & { answer: string }) | undefined;
    return row ? { ...row, answer: JSON.parse(row.answer) as unknown } : undefined;
  }

  addAsker(conversationId: string, userId: string): void {
    this.db.prepare('INSERT OR IGNORE INTO conversation_askers (conversation_id, user_id) VALUES (?, ?)').run(conversationId, userId);
  }

  /** True when the bot has answered this user in this conversation. */
  async isAsker(conversationId: string, userId: string): Promise<boolean> {
    return (
      this.db.prepare('SELECT 1 FROM conversation_askers WHERE conversation_id = ? AND user_id = ?').get(conversationId, userId) !==
      undefined
    );
  }

  saveConversation(conversation: StoredConversation): void {
    void this.outbox.unflag(conversation.id, Date.now());
    this.db
      .prepare(
        `INSERT INTO conversations (id, channel, name, reference) VALUES (?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET channel = excluded.channel, name = excluded.name,
           reference = excluded.reference, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
      )
      .run(conversation.id, conversation.channel, conversation.name, JSON.stringify(conversation.reference));
  }

  removeConversation(id: string): void {
    this.db.prepare('DELETE FROM conversations WHERE id = ?').run(id);
  }

  getConversation(id: string): StoredConversation | undefined {
    const row = this.db.prepare('SELECT id, channel, name, reference FROM conversations WHERE id = ?').get(id) as
      | { id: string; channel: StoredConversation['channel']; name: string; reference: string }
      | undefined;
    return row ? { ...row, reference: JSON.parse(row.reference) as unknown } : undefined;
  }

  listConversations(channel?: StoredConversation['channel']): StoredConversation[] {
    const rows = (
      channel
        ? this.db.prepare('SELECT id, channel, name, reference FROM conversations WHERE channel = ?').all(channel)
        : this.db.prepare('SELECT id, channel, name, reference FROM conversations').all()
    ) as { id: string; channel: StoredConversation['channel']; name: string; reference: string }[];
    return rows.map((row) => ({ ...row, reference: JSON.parse(row.reference) as unknown }));
  }

  getTopic<T>(conversationId: string): T | undefined {
    const row = this.db.prepare('SELECT topic FROM conversation_topics WHERE conversation_id = ?').get(conversationId) as
      | { topic: string }
      | undefined;
    return row ? (JSON.parse(row.topic) as T) : undefined;
  }

  async loadTopic<T>(conversationId: string): Promise<T | undefined> {
    return this.getTopic<T>(conversationId);
  }

  setTopic(conversationId: string, topic: unknown): void {
    this.db
      .prepare(
        `INSERT INTO conversation_topics (conversation_id, topic) VALUES (?, ?)
         ON CONFLICT(conversation_id) DO UPDATE SET topic = excluded.topic,
           updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
      )
      .run(conversationId, JSON.stringify(topic));
  }

  openInstallations(): SqliteInstallationStore {
    return new SqliteInstallationStore(this.file);
  }

  async flush(): Promise<void> {}

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
