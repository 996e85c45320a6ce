import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ErrorCode, RapporteurError } from '../../../retrieval/errors.js';
import type { Logger } from '../../logger.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Any constant: replicas starting together take this advisory lock so one migrates and the others wait. */
const MIGRATION_LOCK = 7_274_631;

/** The database could not be reached or prepared at start; the message says what to check. */
export class DatabaseUnavailable extends RapporteurError {
  constructor(message: string, cause: unknown) {
    super(ErrorCode.ConfigInvalid, message, { cause });
  }
}

/**
 * True for failures that say the database is away (refused, reset, shut down, timed out), not
 * that the statement was wrong: only those are worth retrying.
 */
export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  // pg reports a dropped connection or a timeout without a SQLSTATE, in words.
  if (typeof code !== 'string') return /connect|terminat|timeout|closed|ended/i.test(String((error as Error).message));
  return /^(08|53|57)/.test(code) || /^E[A-Z]+$/.test(code);
}

/**
 * A pool on `url` whose BIGINT columns (epoch ms) read as numbers, with short connect and
 * query timeouts so a lost database fails calls quickly instead of holding answers.
 */
export function createPool(url: string, logger: Logger, max = 10): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: 2_000,
    query_timeout: 5_000,
    idleTimeoutMillis: 10_000,
    types: { getTypeParser: (oid, format) => (oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format)) } as pg.CustomTypesConfig,
  });
  // An idle connection dropped by the server emits here; unhandled it would end the process.
  pool.on('error', (error) => logger.warn({ err: error }, 'a PostgreSQL connection was lost; it is replaced on next use'));
  return pool;
}

/** Where the URL points, without its password, for messages. */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL (unparseable)';
  }
}

/**
 * Applies the SQL files of `migrations/` not applied yet, in name order, each in its own
 * transaction, recording each in `schema_migrations`. Returns the names applied now.
 */
export async function migrate(pool: pg.Pool): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const done = new Set((await client.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name));
    const applied: string[] = [];
    for (const name of readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort()) {
      if (done.has(name)) continue;
      await client.query('BEGIN');
      try {
        await client.query(readFileSync(`${MIGRATIONS_DIR}${name}`, 'utf8'));
        await client.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${name} failed: ${(error as Error).message}`);
      }
      applied.push(name);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** Connects and migrates, or throws DatabaseUnavailable naming the database and the reason. */
export async function openPool(url: string, logger: Logger): Promise<pg.Pool> {
  const pool = createPool(url, logger);
  try {
    const applied = await migrate(pool);
    if (applied.length > 0) logger.info({ migrations: applied }, `PostgreSQL state store migrated (${applied.join(', ')})`);
    return pool;
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = (error as Error).message || (error as { code?: string }).code || String(error);
    throw new DatabaseUnavailable(`Cannot use the PostgreSQL state store at ${describeDatabase(url)}: ${reason}. Check DATABASE_URL and that the server is up.`, error);
  }
}
