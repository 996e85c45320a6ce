import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { silentLogger, type Logger } from '../../logger.js';
import type { FeedbackEntry, StateStore, StoredAnswer, StoredConversation } from '../state-store.js';
import { openPool } from './postgres-connection.js';
import { PostgresInstallationStore } from './postgres-installation-store.js';
import { PostgresDeliveryLedger } from './postgres-delivery-ledger.js';
import { PostgresOutboxStore, UNFLAG } from './postgres-outbox-store.js';
import { PostgresWriter } from './postgres-writer.js';

/** Conversations another replica stored are seen here within this long (digest targets, proactive posts). */
const CONVERSATIONS_REFRESH_MS = 30_000;
/** Answers kept in memory too, so 👍/👎 on a recent answer works while the database is away. */
const RECENT_ANSWERS = 1_000;
/** Writes still waiting at shutdown get this long to reach the database. */
const CLOSE_DEADLINE_MS = 5_000;

type ConversationRow = { id: string; channel: StoredConversation['channel']; name: string; reference: string };

/**
 * The state store on PostgreSQL (`DATABASE_URL`), shared by every replica. Claims go to the
 * database; remembering writes go through `PostgresWriter` (in order, retried while the
 * database is away). Conversations are read at open and every 30 s, topics when a question
 * arrives (`loadTopic`), so the synchronous reads of the answer and digest code see what other
 * replicas stored; what this replica wrote it sees at once.
 */
export class PostgresStateStore implements StateStore {
  readonly backend = 'postgres' as const;
  readonly deliveries: PostgresDeliveryLedger;
  readonly outbox: PostgresOutboxStore;
  private readonly writer: PostgresWriter;
  private readonly conversations = new Map<string, StoredConversation>();
  private readonly topics = new Map<string, unknown>();
  private readonly recentAnswers = new Map<string, StoredAnswer>();
  private readonly askers = new Set<string>();
  private readonly refresher: NodeJS.Timeout;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly logger: Logger,
  ) {
    this.writer = new PostgresWriter(pool, logger);
    this.deliveries = new PostgresDeliveryLedger(pool, this.writer, logger);
    this.outbox = new PostgresOutboxStore(pool, this.writer);
    this.refresher = setInterval(() => void this.refreshConversations().catch(() => undefined), CONVERSATIONS_REFRESH_MS);
    this.refresher.unref();
  }

  /** Connects, migrates and loads the shared view; throws DatabaseUnavailable when the database cannot be used. */
  static async open(url: string, logger: Logger = silentLogger): Promise<PostgresStateStore> {
    const pool = await openPool(url, logger);
    const store = new PostgresStateStore(pool, logger.child({ component: 'state' }));
    await store.refreshConversations();
    await store.outbox.load();
    return store;
  }

  recordFeedback(entry: FeedbackEntry): void {
    void this.writer.write('feedback', 'INSERT INTO feedback (channel, user_id, question, answer, rating, comment) VALUES ($1, $2, $3, $4, $5, $6)', [
      entry.channel, entry.userId, entry.question, entry.answer, entry.rating, entry.comment ?? null,
    ]);
  }

  async listFeedback(): Promise<(FeedbackEntry & { id: number; createdAt: string })[]> {
    const { rows } = await this.pool.query<FeedbackEntry & { id: number; createdAt: string; comment: string | null }>(
      `SELECT id, channel, user_id AS "userId", question, answer, rating, comment,
         to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt" FROM feedback ORDER BY id`,
    );
    return rows;
  }

  saveAnswer(entry: Omit<StoredAnswer, 'id'> & { id?: string }): string {
    const id = entry.id ?? randomUUID();
    this.recentAnswers.delete(id);
    this.recentAnswers.set(id, { ...entry, id });
    if (this.recentAnswers.size > RECENT_ANSWERS) this.recentAnswers.delete(this.recentAnswers.keys().next().value!);
    void this.writer.write(
      'answer',
      `INSERT INTO answers (id, channel, conversation_id, question, answer) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET channel = excluded.channel, conversation_id = excluded.conversation_id, question = excluded.question, answer = excluded.answer`,
      [id, entry.channel, entry.conversationId, entry.question, JSON.stringify(entry.answer)],
    );
    return id;
  }

  async getAnswer(id: string): Promise<StoredAnswer | undefined> {
    const recent = this.recentAnswers.get(id);
    if (recent) return recent;
    const { rows } = await this.pool.query<Omit<StoredAnswer, 'answer'> & { answer: string }>(
      'SELECT id, channel, conversation_id AS "conversationId", question, answer FROM answers WHERE id = $1',
      [id],
    );
    return rows[0] ? { ...rows[0], answer: JSON.parse(rows[0].answer) as unknown } : undefined;
  }

  addAsker(conversationId: string, userId: string): void {
    this.askers.add(`${conversationId}\n${userId}`);
    void this.writer.write('asker', 'INSERT INTO conversation_askers (conversation_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [conversationId, userId]);
  }

  async isAsker(conversationId: string, userId: string): Promise<boolean> {
    if (this.askers.has(`${conversationId}\n${userId}`)) return true;
    try {
      const { rowCount } = await this.pool.query('SELECT 1 FROM conversation_askers WHERE conversation_id = $1 AND user_id = $2', [conversationId, userId]);
      if (rowCount) this.askers.add(`${conversationId}\n${userId}`);
      return Boolean(rowCount);
    } catch (error) {
      // Away: a follow-up asked on another replica is taken as talk between people, never answered twice.
      this.logger.warn({ err: error }, 'PostgreSQL unreachable: follow-up check answered from this replica only');
      return false;
    }
  }

  saveConversation(conversation: StoredConversation): void {
    this.conversations.set(conversation.id, conversation);
    void this.writer.write('unflag', UNFLAG, [conversation.id, Date.now()]);
    void this.writer.write(
      'conversation',
      `INSERT INTO conversations (id, channel, name, reference) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET channel = excluded.channel, name = excluded.name, reference = excluded.reference, updated_at = now()`,
      [conversation.id, conversation.channel, conversation.name, JSON.stringify(conversation.reference)],
    );
  }

  removeConversation(id: string): void {
    this.conversations.delete(id);
    void this.writer.write('conversation removal', 'DELETE FROM conversations WHERE id = $1', [id]);
  }

  getConversation(id: string): StoredConversation | undefined {
    return this.conversations.get(id);
  }

  listConversations(channel?: StoredConversation['channel']): StoredConversation[] {
    return [...this.conversations.values()].filter((c) => !channel || c.channel === channel);
  }

  getTopic<T>(conversationId: string): T | undefined {
    return this.topics.get(conversationId) as T | undefined;
  }

  async loadTopic<T>(conversationId: string): Promise<T | undefined> {
    try {
      const { rows } = await this.pool.query<{ topic: string }>('SELECT topic FROM conversation_topics WHERE conversation_id = $1', [conversationId]);
      if (rows[0]) this.topics.set(conversationId, JSON.parse(rows[0].topic) as unknown);
    } catch (error) {
      this.logger.warn({ err: error }, 'PostgreSQL unreachable: the thread topic is the one this replica last saw');
    }
    return this.getTopic<T>(conversationId);
  }

  setTopic(conversationId: string, topic: unknown): void {
    this.topics.set(conversationId, topic);
    void this.writer.write(
      'topic',
      `INSERT INTO conversation_topics (conversation_id, topic) VALUES ($1, $2)
       ON CONFLICT (conversation_id) DO UPDATE SET topic = excluded.topic, updated_at = now()`,
      [conversationId, JSON.stringify(topic)],
    );
  }

  flush(): Promise<void> {
    return this.writer.flush();
  }

  async close(): Promise<void> {
    clearInterval(this.refresher);
    await this.writer.close(CLOSE_DEADLINE_MS);
    await this.pool.end();
  }

  openInstallations(): PostgresInstallationStore {
    return new PostgresInstallationStore(this.pool);
  }

  private async refreshConversations(): Promise<void> {
    const { rows } = await this.pool.query<ConversationRow>('SELECT id, channel, name, reference FROM conversations');
    for (const row of rows) this.conversations.set(row.id, { ...row, reference: JSON.parse(row.reference) as unknown });
  }
}
