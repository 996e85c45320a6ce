import type { Logger } from '../../bot/logger.js';
import type { ChannelOff } from './channel-plan.js';

/** How to turn a channel on, for the start-up log; the README explains each variable. */
const ENABLE_HINT: Record<ChannelOff['name'], string> = {
  slack: 'SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (HTTP at /slack/events) or SLACK_APP_TOKEN (Socket Mode)',
  teams: 'MicrosoftAppId and MicrosoftAppPassword (plus MicrosoftAppTenantId for a single-tenant app)',
};

/** Where each live channel listens, so an operator can paste it into the app settings. */
const ROUTE: Record<string, string> = {
  web: '/',
  slack: '/slack/events',
  teams: '/api/messages',
};

/**
 * One log line per channel: live ones with their URL, the others with the variables that
 * would enable them. Problems (a set but malformed token) are errors, not hints.
 */
export function logChannels(
  logger: Logger,
  url: string,
  live: { name: string; transport?: string }[],
  off: ChannelOff[],
): void {
  for (const { name, transport } of live) {
    if (transport === 'socket') {
      logger.info({ channel: name, transport }, `${name} live over Socket Mode`);
      continue;
    }
    const where = `${url}${ROUTE[name] ?? ''}`;
    logger.info({ channel: name, url: where }, name === 'web' ? `playground live at ${where}` : `${name} live at ${where}`);
  }
  for (const channel of off) {
    if (channel.problems.length > 0) {
      logger.error({ channel: channel.name, problems: channel.problems }, `${channel.name} off: ${channel.problems.join('; ')}`);
    } else {
      logger.info(
        { channel: channel.name, missing: channel.missing },
        `${channel.name} off: set ${ENABLE_HINT[channel.name]} to enable it`,
      );
    }
  }
}
