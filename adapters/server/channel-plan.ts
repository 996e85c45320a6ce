import type { Answerer } from '../../bot/answer.js';
import type { Config } from '../../bot/config.js';
import type { Logger } from '../../bot/logger.js';
import type { StateStore } from '../../bot/state/state-store.js';
import { asRapporteurError } from '../../retrieval/errors.js';
import { createSlackChannel, type SlackChannel, type SlackChannelOptions } from '../slack/slack-channel.js';
import { slackConfigStatus } from '../slack/slack-config.js';
import { createTeamsChannel, type TeamsChannel, type TeamsChannelOptions } from '../teams/teams-channel.js';
import type { ChannelMount } from './channel-mount.js';

/** A channel left off, and what would turn it on. */
export interface ChannelOff {
  name: 'slack' | 'teams';
  /** Variables to set, by name; empty when the channel is off because of `problems`. */
  missing: string[];
  /** Values that are set but wrong, each naming its variable. */
  problems: string[];
}

export interface ChannelPlan {
  mounts: ChannelMount[];
  off: ChannelOff[];
  /** The channels that are on, for proactive posts (digests). */
  slack?: SlackChannel;
  teams?: TeamsChannel;
}

export interface ChannelDeps {
  answerer: Answerer;
  store: StateStore;
  logger: Logger;
  /** `/rapporteur digest` in Slack and "digest" in Teams; without them the channels say digests are off. */
  digestPreviews?: { slack?: SlackChannelOptions['digestPreview']; teams?: TeamsChannelOptions['digestPreview'] };
}

const MICROSOFT_VARIABLES = ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppType', 'MicrosoftAppTenantId'] as const;

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/**
 * Teams needs an app id, and a password unless it runs as a user-assigned managed identity;
 * a single-tenant app also needs its tenant. With none of the Microsoft variables set, the
 * Bot Framework skips authentication: that serves local testing (Bot Framework Emulator)
 * only while the server listens on loopback, where nothing outside this machine can post
 * activities; bound to any other address, Teams stays off instead.
 */
function teamsMissing(config: Config): string[] {
  if (MICROSOFT_VARIABLES.every((name) => !config[name]) && isLoopback(config.HOST)) return [];
  const missing: string[] = [];
  if (!config.MicrosoftAppId) missing.push('MicrosoftAppId');
  if (!config.MicrosoftAppPassword && config.MicrosoftAppType !== 'UserAssignedMSI') missing.push('MicrosoftAppPassword');
  if (config.MicrosoftAppType === 'SingleTenant' && !config.MicrosoftAppTenantId) missing.push('MicrosoftAppTenantId');
  return missing;
}

/**
 * The channels the configuration enables, built around one answerer and state store. A
 * channel whose variables are missing or wrong is left off (and reported) so the others,
 * and the playground, still start.
 */
export function planChannels(config: Config, deps: ChannelDeps): ChannelPlan {
  const plan: ChannelPlan = { mounts: [], off: [] };
  const { mounts, off } = plan;

  const slack = slackConfigStatus(config);
  if (slack.missing.length === 0 && slack.problems.length === 0) {
    const { answerer, store, logger } = deps;
    plan.slack = createSlackChannel({ config, answerer, store, logger, digestPreview: deps.digestPreviews?.slack });
    mounts.push(plan.slack);
  } else {
    off.push({ name: 'slack', missing: slack.missing, problems: slack.problems });
  }

  const teams = teamsMissing(config);
  if (teams.length === 0) {
    try {
      const { answerer, store, logger } = deps;
      plan.teams = createTeamsChannel({ config, answerer, store, logger, digestPreview: deps.digestPreviews?.teams });
      mounts.push(plan.teams);
    } catch (error) {
      off.push({ name: 'teams', missing: [], problems: [asRapporteurError(error).message] });
    }
  } else {
    off.push({ name: 'teams', missing: teams, problems: [] });
  }
  return plan;
}
