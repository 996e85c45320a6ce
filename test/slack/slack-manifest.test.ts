import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLACK_EVENTS_ROUTE } from '../../adapters/slack/slack-channel.js';
import { SLACK_COMMAND } from '../../adapters/slack/slack-command-handler.js';
import { REPO_ROOT } from '../support/test-paths.js';

interface Manifest {
  features: { slash_commands: { command: string; url: string }[]; app_home: { messages_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
  };
}

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'adapters/slack/manifest.json'), 'utf8')) as Manifest;

/** Each subscribed event and the scope Slack requires for it. */
const EVENT_SCOPES: Record<string, string> = {
  app_mention: 'app_mentions:read',
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
  'message.im': 'im:history',
};

describe('Slack app manifest', () => {
  it('sends events, the command and button clicks to the route the channel serves', () => {
    const urls = [
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      ...manifest.features.slash_commands.map((c) => c.url),
    ];
    for (const url of urls) expect(url).toBe(`https://YOUR-HOST${SLACK_EVENTS_ROUTE}`);
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([SLACK_COMMAND]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('subscribes to exactly the events the channel handles, with their scopes and the Web API calls’ scopes', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(Object.keys(EVENT_SCOPES).sort());
    const scopes = manifest.oauth_config.scopes.bot;
    for (const scope of Object.values(EVENT_SCOPES)) expect(scopes).toContain(scope);
    // chat.postMessage, the slash command, ⏳ reactions, DMs.
    for (const scope of ['chat:write', 'commands', 'reactions:write', 'im:read', 'im:write']) expect(scopes).toContain(scope);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  });
});
