import type { Config } from '../../bot/config.js';
import { ErrorCode, RapporteurError } from '../../retrieval/errors.js';

/** Socket Mode when an app-level token is set (no public URL needed), else HTTP at `/slack/events`. */
export type SlackTransport = 'socket' | 'http';

export interface SlackConfigStatus {
  /** Any SLACK_* variable is set: the operator means to run Slack. */
  requested: boolean;
  transport: SlackTransport;
  /** Variables still needed, by name. */
  missing: string[];
  /** Values that are set but cannot work, each naming its variable. */
  problems: string[];
}

/** The app's OAuth credentials when it is distributed (installed by any workspace). */
export interface SlackOAuthSettings {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
}

/** What the Slack channel needs once configured. */
export interface SlackSettings {
  transport: SlackTransport;
  /** The one workspace's token; absent when installations come from OAuth. */
  botToken: string | undefined;
  signingSecret: string | undefined;
  appToken: string | undefined;
  apiUrl: string | undefined;
  /** Set in OAuth distribution mode: each workspace's token comes from its installation. */
  oauth?: SlackOAuthSettings;
}

/**
 * Checks the Slack variables without throwing, so the server can log which are missing and
 * start the other channels. Socket Mode needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN; HTTP needs
 * SLACK_SIGNING_SECRET and either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID,
 * SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (OAuth distribution, HTTP only).
 */
export function slackConfigStatus(config: Config): SlackConfigStatus {
  const transport: SlackTransport = config.SLACK_APP_TOKEN ? 'socket' : 'http';
  const oauthNames = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;
  const oauth = oauthNames.some((name) => config[name]);
  const requested = oauth || [config.SLACK_BOT_TOKEN, config.SLACK_SIGNING_SECRET, config.SLACK_APP_TOKEN].some(Boolean);
  const missing: string[] = [];
  if (oauth) missing.push(...oauthNames.filter((name) => !config[name]));
  else if (!config.SLACK_BOT_TOKEN) missing.push('SLACK_BOT_TOKEN');
  if (transport === 'http' && !config.SLACK_SIGNING_SECRET) missing.push('SLACK_SIGNING_SECRET');
  const problems: string[] = [];
  if (oauth && config.SLACK_BOT_TOKEN) {
    problems.push('SLACK_BOT_TOKEN must not be set with SLACK_CLIENT_ID: each workspace’s token comes from its installation');
  }
  if (oauth && config.SLACK_APP_TOKEN) {
    // Slack does not let Socket Mode apps be distributed.
    problems.push('SLACK_APP_TOKEN must not be set with SLACK_CLIENT_ID: a distributed app receives events over HTTP');
  }
  if (config.SLACK_BOT_TOKEN && !config.SLACK_BOT_TOKEN.startsWith('xoxb-')) {
    problems.push('SLACK_BOT_TOKEN must be the Bot User OAuth Token (starts with xoxb-)');
  }
  if (config.SLACK_APP_TOKEN && !config.SLACK_APP_TOKEN.startsWith('xapp-')) {
    problems.push('SLACK_APP_TOKEN must be an app-level token with connections:write (starts with xapp-)');
  }
  if (config.SLACK_API_URL && !/^https?:\/\//.test(config.SLACK_API_URL)) {
    problems.push('SLACK_API_URL must be an http(s) URL such as https://slack.com/api/');
  }
  return { requested, transport, missing, problems };
}

/** The settings, or a ConfigInvalid error that names every missing or wrong variable. */
export function slackSettings(config: Config): SlackSettings {
  const status = slackConfigStatus(config);
  const issues = [...status.missing.map((name) => `${name} is not set`), ...status.problems];
  if (issues.length > 0) {
    const mode = status.transport === 'socket' ? 'Socket Mode' : 'HTTP (/slack/events)';
    throw new RapporteurError(ErrorCode.ConfigInvalid, `Slack (${mode}) cannot start: ${issues.join('; ')}.`);
  }
  const { SLACK_CLIENT_ID: clientId, SLACK_CLIENT_SECRET: clientSecret, SLACK_STATE_SECRET: stateSecret } = config;
  return {
    transport: status.transport,
    botToken: config.SLACK_BOT_TOKEN,
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: config.SLACK_APP_TOKEN,
    apiUrl: config.SLACK_API_URL,
    ...(clientId && clientSecret && stateSecret ? { oauth: { clientId, clientSecret, stateSecret } } : {}),
  };
}
