import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Whose install a Slack request belongs to: an org-wide (Enterprise Grid) install is keyed by
 * its enterprise id and serves every workspace of the organisation; any other install is keyed
 * by its workspace (team) id.
 */
export interface InstallationKey {
  teamId?: string | null;
  enterpriseId?: string | null;
  isEnterpriseInstall: boolean;
}

/** One install of the Slack app, as the OAuth flow reported it. */
export interface SlackInstallation {
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
  botToken: string;
  botUserId: string;
  botId: string | null;
  /** The Slack user who installed the app. */
  installerUserId: string;
  scopes: string[];
  /** Slack's whole installation object (as Bolt hands it over), so nothing it reports is lost. */
  raw: unknown;
}

/**
 * Where Slack installations are kept. Narrow on purpose (save, find, delete) so another
 * database can implement it; every method is async for the same reason.
 */
export interface InstallationStore {
  /** Adds an install, or replaces the one with the same key (a reinstall with new scopes). */
  save(installation: SlackInstallation): Promise<void>;
  /** The install serving `key`, or `undefined` when the app is not (or no longer) installed there. */
  find(key: InstallationKey): Promise<SlackInstallation | undefined>;
  /** Forgets the install for `key`; resolves to whether there was one. */
  delete(key: InstallationKey): Promise<boolean>;
  close(): void;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS slack_installations (
  key TEXT PRIMARY KEY, team_id TEXT, enterprise_id TEXT, is_enterprise_install INTEGER NOT NULL,
  bot_token TEXT NOT NULL, bot_user_id TEXT NOT NULL, bot_id TEXT, installer_user_id TEXT NOT NULL,
  scopes TEXT NOT NULL, raw TEXT NOT NULL,
  installed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));
`;

/** A `slack_installations` row as either database returns it (SQLite stores the flag as 0/1). */
export interface InstallationRow {
  team_id: string | null;
  enterprise_id: string | null;
  is_enterprise_install: number | boolean;
  bot_token: string;
  bot_user_id: string;
  bot_id: string | null;
  installer_user_id: string;
  scopes: string;
  raw: string;
}

/** The row's columns in table order, after its key: what both stores write. */
export function installationColumns(installation: SlackInstallation): [string | null, string | null, boolean, string, string, string | null, string, string, string] {
  return [
    installation.teamId,
    installation.enterpriseId,
    installation.isEnterpriseInstall,
    installation.botToken,
    installation.botUserId,
    installation.botId,
    installation.installerUserId,
    installation.scopes.join(','),
    JSON.stringify(installation.raw),
  ];
}

/** An installation from its stored row. */
export function installationFromRow(row: InstallationRow): SlackInstallation {
  return {
    teamId: row.team_id,
    enterpriseId: row.enterprise_id,
    isEnterpriseInstall: row.is_enterprise_install === 1 || row.is_enterprise_install === true,
    botToken: row.bot_token,
    botUserId: row.bot_user_id,
    botId: row.bot_id,
    installerUserId: row.installer_user_id,
    scopes: row.scopes === '' ? [] : row.scopes.split(','),
    raw: JSON.parse(row.raw) as unknown,
  };
}

/** `enterprise:E…` for an org-wide install, `team:T…` otherwise; throws when the id is missing. */
export function installationKey(key: InstallationKey): string {
  const id = key.isEnterpriseInstall ? key.enterpriseId : key.teamId;
  if (!id) throw new Error(`A Slack installation needs ${key.isEnterpriseInstall ? 'an enterprise' : 'a team'} id`);
  return key.isEnterpriseInstall ? `enterprise:${id}` : `team:${id}`;
}

/**
 * Installations in a table of the state file. Its own connection (the file is in WAL mode, so
 * it shares the file safely with the state store's) keeps this module independent of how the
 * rest of the state is stored.
 */
export class SqliteInstallationStore implements InstallationStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
  }

  async save(installation: SlackInstallation): Promise<void> {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO slack_installations
           (key, team_id, enterprise_id, is_enterprise_install, bot_token, bot_user_id, bot_id, installer_user_id, scopes, raw)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      // SQLite has no boolean: the flag is stored as 0/1.
      .run(installationKey(installation), ...installationColumns(installation).map((value) => (typeof value === 'boolean' ? Number(value) : value)));
  }

  async find(key: InstallationKey): Promise<SlackInstallation | undefined> {
    const row = this.db.prepare('SELECT * FROM slack_installations WHERE key = ?').get(installationKey(key)) as InstallationRow | undefined;
    return row ? installationFromRow(row) : undefined;
  }

  async delete(key: InstallationKey): Promise<boolean> {
    return this.db.prepare('DELETE FROM slack_installations WHERE key = ?').run(installationKey(key)).changes > 0;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
