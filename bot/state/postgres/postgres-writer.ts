import type pg from 'pg';
import type { Logger } from '../../logger.js';
import { isConnectionError } from './postgres-connection.js';

const FIRST_DELAY_MS = 200;
const MAX_DELAY_MS = 5_000;

/**
 * Writes that only remember something (an answer shown, an asker, a topic, a conversation),
 * made in order in the background so answering never waits on the database. While the database
 * is away each write is retried with backoff and the outage is logged once, with its end; a
 * write the database rejects for its content is logged and dropped.
 */
export class PostgresWriter {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;
  private away = false;
  /** Back after an outage, with held writes still being stored. */
  private catchingUp = false;
  private closing = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly logger: Logger,
  ) {}

  /** Queues `sql`; the promise resolves once it is stored (or dropped), never rejects. */
  write(label: string, sql: string, params: unknown[]): Promise<void> {
    this.waiting += 1;
    const done = this.tail.then(() => this.persist(label, sql, params)).finally(() => this.settled());
    this.tail = done;
    return done;
  }

  /** Resolves when every write queued so far is stored or dropped. */
  flush(): Promise<void> {
    return this.tail;
  }

  /** Stops retrying: writes still waiting after `deadlineMs` are logged as lost. */
  async close(deadlineMs: number): Promise<void> {
    const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), deadlineMs).unref());
    if ((await Promise.race([this.tail.then(() => 'done' as const), timer])) === 'late') {
      this.closing = true;
      this.logger.error({ writes: this.waiting }, 'state writes could not reach PostgreSQL before shutdown; they are lost');
    }
  }

  private settled(): void {
    this.waiting -= 1;
    if (this.waiting > 0 || !this.catchingUp) return;
    this.catchingUp = false;
    // From here on another replica sees every claim this one made while the database was away.
    this.logger.info('held state writes stored: PostgreSQL has everything this replica did while it was away');
  }

  private async persist(label: string, sql: string, params: unknown[]): Promise<void> {
    for (let delay = FIRST_DELAY_MS; ; delay = Math.min(delay * 2, MAX_DELAY_MS)) {
      try {
        await this.pool.query(sql, params);
        if (this.away) this.logger.info({ waiting: this.waiting }, 'PostgreSQL is back; held state writes are being stored');
        this.catchingUp ||= this.away;
        this.away = false;
        return;
      } catch (error) {
        if (this.closing || !isConnectionError(error)) {
          this.logger.error({ err: error, write: label }, `state write (${label}) failed; not retried`);
          return;
        }
        if (!this.away) this.logger.warn({ err: error, write: label }, 'PostgreSQL unreachable: state writes are held and retried until it returns');
        this.away = true;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }
}
