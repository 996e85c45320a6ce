import type pg from 'pg';
import {
  installationColumns,
  installationFromRow,
  installationKey,
  type InstallationKey,
  type InstallationRow,
  type InstallationStore,
  type SlackInstallation,
} from '../installation-store.js';

/**
 * Slack installations on the state store's PostgreSQL pool, so an install made through one
 * replica serves every replica at once. The pool is the state store's: `close` leaves it open.
 */
export class PostgresInstallationStore implements InstallationStore {
  constructor(private readonly pool: pg.Pool) {}

  async save(installation: SlackInstallation): Promise<void> {
    await this.pool.query(
      `INSERT INTO slack_installations
         (key, team_id, enterprise_id, is_enterprise_install, bot_token, bot_user_id, bot_id, installer_user_id, scopes, raw)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (key) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
         is_enterprise_install = excluded.is_enterprise_install, bot_token = excluded.bot_token, bot_user_id = excluded.bot_user_id,
         bot_id = excluded.bot_id, installer_user_id = excluded.installer_user_id, scopes = excluded.scopes, raw = excluded.raw,
         installed_at = now()`,
      [installationKey(installation), ...installationColumns(installation)],
    );
  }

  async find(key: InstallationKey): Promise<SlackInstallation | undefined> {
    const row = (await this.pool.query<InstallationRow>('SELECT * FROM slack_installations WHERE key = $1', [installationKey(key)])).rows[0];
    return row ? installationFromRow(row) : undefined;
  }

  async delete(key: InstallationKey): Promise<boolean> {
    return ((await this.pool.query('DELETE FROM slack_installations WHERE key = $1', [installationKey(key)])).rowCount ?? 0) > 0;
  }

  close(): void {}
}
