import type pg from 'pg';
import { installationKey, type InstallationKey, type InstallationStore, type SlackInstallation } from '../installation-store.js';

interface Row {
  team_id: string | null;
  enterprise_id: string | null;
  is_enterprise_install: boolean;
  bot_token: string;
  bot_user_id: string;
  bot_id: string | null;
  installer_user_id: string;
  scopes: string;
  raw: string;
}

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
      [
        installationKey(installation), installation.teamId, installation.enterpriseId, installation.isEnterpriseInstall,
        installation.botToken, installation.botUserId, installation.botId, installation.installerUserId,
        installation.scopes.join(','), JSON.stringify(installation.raw),
      ],
    );
  }

  async find(key: InstallationKey): Promise<SlackInstallation | undefined> {
    const row = (await this.pool.query<Row>('SELECT * FROM slack_installations WHERE key = $1', [installationKey(key)])).rows[0];
    if (!row) return undefined;
    return {
      teamId: row.team_id,
      enterpriseId: row.enterprise_id,
      isEnterpriseInstall: row.is_enterprise_install,
      botToken: row.bot_token,
      botUserId: row.bot_user_id,
      botId: row.bot_id,
      installerUserId: row.installer_user_id,
      scopes: row.scopes === '' ? [] : row.scopes.split(','),
      raw: JSON.parse(row.raw) as unknown,
    };
  }

  async delete(key: InstallationKey): Promise<boolean> {
    return ((await this.pool.query('DELETE FROM slack_installations WHERE key = $1', [installationKey(key)])).rowCount ?? 0) > 0;
  }

  close(): void {}
}
