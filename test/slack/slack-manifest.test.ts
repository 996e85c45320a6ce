import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLACK_EVENTS_ROUTE, SLACK_OAUTH_REDIRECT_ROUTE } from '../../adapters/slack/slack-channel.js';
import { SLACK_BOT_SCOPES } from '../../adapters/slack/slack-installations.js';
import { SLACK_COMMAND } from '../../adapters/slack/slack-command-handler.js';
import { REPO_ROOT } from '../support/test-paths.js';

interface Manifest {
  features: {
    slash_commands: { command: string; url: string }[];
    app_home: { messages_tab_enabled: boolean };
    agent_view?: { agent_description?: string; suggested_prompts?: { title: string; message: string }[] };
    assistant_view?: unknown;
  };
  oauth_config: { redirect_urls?: string[]; scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
    socket_mode_enabled?: boolean;
    org_deploy_enabled?: boolean;
  };
}

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'adapters/slack/manifest.json'), 'utf8')) as Manifest;

/** Each subscribed event and the scope Slack requires for it (none for app events). */
const EVENT_SCOPES: Record<string, string | undefined> = {
  app_home_opened: undefined,
  app_mention: 'app_mentions:read',
  app_uninstalled: undefined,
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
  'message.im': 'im:history',
  tokens_revoked: undefined,
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
    for (const scope of Object.values(EVENT_SCOPES)) if (scope) expect(scopes).toContain(scope);
    // chat.postMessage, the slash command, ⏳ reactions, DMs.
    for (const scope of ['chat:write', 'commands', 'reactions:write', 'im:read', 'im:write']) expect(scopes).toContain(scope);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  });

  it('can be distributed: the OAuth redirect the server serves, the scopes the install asks for, the agent surface', () => {
    expect(manifest.oauth_config.redirect_urls).toEqual([`https://YOUR-HOST${SLACK_OAUTH_REDIRECT_ROUTE}`]);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...SLACK_BOT_SCOPES].sort());
    expect(manifest.settings).toMatchObject({ socket_mode_enabled: false, org_deploy_enabled: true });
    // Slack's AI apps moved to the agent surface; assistant_view is the legacy one.
    expect(manifest.features.assistant_view).toBeUndefined();
    const description = manifest.features.agent_view?.agent_description ?? '';
    expect(description.length).toBeGreaterThan(20);
    expect(description.length).toBeLessThanOrEqual(300);
    expect(manifest.features.agent_view?.suggested_prompts?.length).toBeLessThanOrEqual(4);
  });
});
