import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * PostgreSQL for the tests: `TEST_DATABASE_URL` names a server where the test user may create
 * databases (`.ci/run` sets it). Each suite gets a throwaway database of its own, so suites
 * running at once never see each other's rows. Without the variable the suites skip.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

if (!TEST_DATABASE_URL) {
  console.info('PostgreSQL suites skipped: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test (bash .ci/run does) to run them.');
}

/** The line a skipped suite shows in place of its title. */
export function postgresSuiteTitle(title: string): string {
  return TEST_DATABASE_URL ? title : `${title} (skipped: TEST_DATABASE_URL is not set, so there is no PostgreSQL to test against)`;
}

export interface TestDatabase {
  url: string;
  name: string;
  /** Drops the database, closing whatever is still connected to it. */
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database on the test server; `drop` removes it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const name = `rapporteur_test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
