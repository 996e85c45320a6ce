import type { InstallationStore } from './installation-store.js';
import type { OutboxStore } from './outbox-store.js';

/**
 * The state store contract, kept by SQLite (`DATA_DIR/state.sqlite`, one process) or
 * PostgreSQL (`DATABASE_URL`, any number of replicas). Whatever decides that something happens
 * once — a delivery claim, an outbox lease — asks the database and is async. Writes that only
 * remember something (an answer shown, an asker, a topic, a conversation) return at once: SQLite
 * writes them there and then, PostgreSQL writes them in order in the background and retries
 * while the database is away, so answering never waits on it. The few reads the answer and
 * digest code make synchronously (topics, conversations, outbox keys) come from what this
 * process has seen; PostgreSQL keeps that view fresh (see `PostgresStateStore`).
 */

/** A 👍/👎 on an answer, with what was asked and answered. */
export interface FeedbackEntry {
  channel: 'slack' | 'teams' | 'web';
  userId: string;
  question: string;
  answer: string;
  rating: 'up' | 'down';
  comment?: string;
}

/** An answer as it was shown, so a later click (👍/👎, share) knows what it refers to. */
export interface StoredAnswer {
  id: string;
  channel: FeedbackEntry['channel'];
  /** The thread or conversation it was posted in (`slack:C123:1700000000.000100`), if any. */
  conversationId: string | null;
  question: string;
  /** The channel-neutral answer object, as JSON. */
  answer: unknown;
}

export interface StoredConversation {
  id: string;
  channel: 'slack' | 'teams';
  name: string;
  /** The channel's own reference object (Teams `ConversationReference`, Slack channel info). */
  reference: unknown;
}

/** Incoming deliveries already handled (Slack event ids and channel+ts, Teams activity ids, slash-command bodies). */
export interface DeliveryClaims {
  /**
   * Claims a delivery by all its keys at once: true when none was claimed before (handle it),
   * false when any was, by this process or another sharing the database. Every key is recorded
   * either way, so a twin that arrives under a new key is recognised by that key later too.
   */
  claim(keys: string[], now?: number): Promise<boolean>;
  /** Forgets deliveries claimed more than the keeping time before `now`; returns how many. */
  prune(now?: number): Promise<number>;
}

/** Which backend keeps the state: named in logs and `/readyz`. */
export type StateBackend = 'sqlite' | 'postgres';

/** The bot's durable state; see the module comment for which calls wait on the database. */
export interface StateStore {
  readonly backend: StateBackend;
  /** Incoming deliveries already handled, so redeliveries are answered once (across restarts and replicas). */
  readonly deliveries: DeliveryClaims;
  /** Digests, late answers and apologies: claimed, sent, retried or failed. */
  readonly outbox: OutboxStore;

  /** Records a 👍/👎. */
  recordFeedback(entry: FeedbackEntry): void;
  /** Every 👍/👎, oldest first. */
  listFeedback(): Promise<(FeedbackEntry & { id: number; createdAt: string })[]>;
  /**
   * Keeps an answer that was shown; returns its id (for button values). A channel that can only
   * find the answer again by its message id (Teams feedback) passes that key as `id`.
   */
  saveAnswer(entry: Omit<StoredAnswer, 'id'> & { id?: string }): string;
  /** The answer kept under `id`, by any replica. */
  getAnswer(id: string): Promise<StoredAnswer | undefined>;
  /**
   * Remembers that the bot answered `userId` in this conversation: their later messages there
   * may be follow-ups, while other people's are taken as talk between people.
   */
  addAsker(conversationId: string, userId: string): void;
  /** True when the bot has answered this user in this conversation (on any replica). */
  isAsker(conversationId: string, userId: string): Promise<boolean>;
  /**
   * Keeps a conversation's reference. Hearing from a conversation shows the bot is in it, so a
   * flag set when the platform refused a post there is lifted and its posts resume.
   */
  saveConversation(conversation: StoredConversation): void;
  removeConversation(id: string): void;
  getConversation(id: string): StoredConversation | undefined;
  listConversations(channel?: StoredConversation['channel']): StoredConversation[];
  /** The topic this process last saw for the conversation; `loadTopic` first to see other replicas'. */
  getTopic<T>(conversationId: string): T | undefined;
  /** Reads the conversation's topic from the store (another replica may have set it) and keeps it for `getTopic`. */
  loadTopic<T>(conversationId: string): Promise<T | undefined>;
  setTopic(conversationId: string, topic: unknown): void;
  /** The Slack installations (OAuth) in the same database; the caller closes what it opened. */
  openInstallations(): InstallationStore;
  /** Resolves once every write made so far is stored (PostgreSQL writes in the background). */
  flush(): Promise<void>;
  /** Flushes what it can and releases the database. */
  close(): Promise<void>;
}
