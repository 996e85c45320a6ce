import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { PostgresStateStore } from '../../bot/state/postgres/postgres-state-store.js';
import { SqliteStateStore } from '../../bot/state/sqlite/sqlite-state-store.js';
import type { StateStore } from '../../bot/state/state-store.js';
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../support/test-database.js';

/**
 * The backends the state-store contract runs against. `open()` opens another store on the same
 * state (a second process: the same SQLite file, the same PostgreSQL database); every test
 * starts from empty state.
 */
export interface Backend {
  name: 'sqlite' | 'postgres';
  /** False when the backend cannot run here (no TEST_DATABASE_URL). */
  available: boolean;
  open(): Promise<StateStore>;
  /** The SQLite file, for tests of SQLite-only behaviour. */
  file?(): string;
}

/** Registers the hooks that give each test fresh state, and returns both backends. */
export function stateBackends(): Backend[] {
  const opened: StateStore[] = [];
  let dir: string | undefined;
  let database: TestDatabase | undefined;
  let tests = 0;
  const sqliteFile = (): string => {
    dir ??= mkdtempSync(join(tmpdir(), 'rapporteur-state-'));
    return join(dir, 'state.sqlite');
  };
  const track = <T extends StateStore>(store: T): T => {
    opened.push(store);
    return store;
  };
  beforeAll(async () => {
    if (TEST_DATABASE_URL) database = await createTestDatabase();
  });
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
    tests += 1;
  });
  afterAll(async () => {
    await database?.drop();
  });
  return [
    { name: 'sqlite', available: true, open: async () => track(new SqliteStateStore(sqliteFile())), file: sqliteFile },
    {
      name: 'postgres',
      available: TEST_DATABASE_URL !== undefined,
      // One schema per test: the database is the suite's, the schema keeps tests apart.
      open: async () => {
        const url = new URL(database!.url);
        url.searchParams.set('options', `-c search_path=t${tests}`);
        const { default: pg } = await import('pg');
        const client = new pg.Client({ connectionString: database!.url });
        await client.connect();
        await client.query(`CREATE SCHEMA IF NOT EXISTS t${tests}`);
        await client.end();
        return track(await PostgresStateStore.open(url.toString()));
      },
    },
  ];
}
