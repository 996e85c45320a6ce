import { silentLogger, type Logger } from '../logger.js';
import { PostgresStateStore } from './postgres/postgres-state-store.js';
import { SqliteStateStore } from './sqlite/sqlite-state-store.js';
import type { StateStore } from './state-store.js';

/**
 * The state store the configuration asks for: PostgreSQL when `databaseUrl` is set (several
 * replicas share it), else the SQLite file `sqliteFile`. Throws DatabaseUnavailable (a message
 * naming the database and the reason) when PostgreSQL cannot be reached or migrated.
 */
export async function openStateStore(options: { databaseUrl?: string; sqliteFile: string; logger?: Logger }): Promise<StateStore> {
  if (options.databaseUrl) return PostgresStateStore.open(options.databaseUrl, options.logger ?? silentLogger);
  return new SqliteStateStore(options.sqliteFile);
}
