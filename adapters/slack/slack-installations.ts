import type { App, Installation, InstallationQuery, InstallationStore as BoltInstallationStore } from '@slack/bolt';
import type { Logger } from '../../bot/logger.js';
import type { InstallationKey, InstallationStore } from '../../bot/state/installation-store.js';

/** The bot scopes a workspace grants on install; the manifest asks for the same. */
export const SLACK_BOT_SCOPES = [
  'app_mentions:read',
  'assistant:write',
  'channels:history',
  'chat:write',
  'commands',
  'groups:history',
  'im:history',
  'im:read',
  'im:write',
  'reactions:write',
] as const;

/** What Bolt calls on the way to a request's installation, in its query's terms. */
function keyOf(query: InstallationQuery<boolean>): InstallationKey {
  return { teamId: query.teamId, enterpriseId: query.enterpriseId, isEnterpriseInstall: query.isEnterpriseInstall };
}

/**
 * Bolt's installation store over ours: the OAuth redirect stores an install (logged without its
 * token), Bolt's authorize finds the one serving each request (an org-wide install for any of
 * its workspaces), uninstalls delete it. A request from a workspace with no install fails
 * authorization, so it is never answered with another workspace's token.
 */
export function boltInstallationStore(store: InstallationStore, logger: Logger): BoltInstallationStore {
  return {
    async storeInstallation(installation: Installation<'v1' | 'v2', boolean>) {
      const bot = installation.bot;
      if (!bot) throw new Error('The Slack install granted no bot token; the app needs bot scopes');
      const key = {
        teamId: installation.team?.id ?? null,
        enterpriseId: installation.enterprise?.id ?? null,
        isEnterpriseInstall: installation.isEnterpriseInstall === true,
      };
      await store.save({
        ...key,
        botToken: bot.token,
        botUserId: bot.userId,
        botId: bot.id ?? null,
        installerUserId: installation.user.id,
        scopes: bot.scopes,
        raw: installation,
      });
      logger.info({ ...key, installer: installation.user.id, scopes: bot.scopes }, 'Slack app installed');
    },
    async fetchInstallation(query) {
      const found = await store.find(keyOf(query));
      if (!found) throw new Error(`no Slack installation for ${query.isEnterpriseInstall ? `enterprise ${query.enterpriseId}` : `team ${query.teamId}`}`);
      return found.raw as Installation<'v1' | 'v2', boolean>;
    },
    async deleteInstallation(query) {
      await store.delete(keyOf(query));
    },
  };
}

/**
 * `app_uninstalled` and `tokens_revoked` (bot tokens) delete the workspace's or organisation's
 * install, and say so in the log. Bolt delivers both without authorizing them, since the token
 * is already gone.
 */
export function registerInstallationEvents(app: App, store: InstallationStore, logger: Logger): void {
  const forget = async (reason: string, context: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }) => {
    const key = { teamId: context.teamId, enterpriseId: context.enterpriseId, isEnterpriseInstall: context.isEnterpriseInstall === true };
    const deleted = await store.delete(key).catch((error: unknown) => {
      logger.error({ err: error, ...key }, 'could not delete a Slack installation');
      return false;
    });
    logger.info({ ...key, reason, deleted }, 'Slack installation removed');
  };
  app.event('app_uninstalled', async ({ context }) => forget('app_uninstalled', context));
  app.event('tokens_revoked', async ({ event, context }) => {
    // Only the bot token answers; revoked user tokens (none are requested) change nothing.
    if ((event.tokens.bot ?? []).length > 0) await forget('tokens_revoked', context);
  });
}

/** The workspace and organisation a request came from, for the log when it has no install. */
export function requestOrigin(body: unknown): { teamId?: string; enterpriseId?: string } {
  const b = (body ?? {}) as { team_id?: unknown; enterprise_id?: unknown; team?: { id?: unknown }; enterprise?: { id?: unknown } };
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return { teamId: text(b.team_id) ?? text(b.team?.id), enterpriseId: text(b.enterprise_id) ?? text(b.enterprise?.id) };
}
