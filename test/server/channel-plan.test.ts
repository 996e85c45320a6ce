import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config.js';
import { silentLogger } from '../../bot/logger.js';
import { SqliteStateStore } from '../../bot/state/sqlite/sqlite-state-store.js';
import { planChannels } from '../../adapters/server/channel-plan.js';
import { logChannels } from '../../adapters/server/startup-report.js';
import { FakeAnswerer } from '../support/fake-answerer.js';

const store = new SqliteStateStore(':memory:');

function plan(env: Record<string, string>) {
  return planChannels(loadConfig(env), { answerer: new FakeAnswerer(), store, logger: silentLogger });
}

/** A pino logger whose lines the test can read. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

describe('planChannels', () => {
  it('with no credentials serves Teams unauthenticated on loopback only, and names what would enable Slack', () => {
    const result = plan({});
    expect(result.mounts.map((m) => m.name)).toEqual(['teams']);
    expect(result.off).toEqual([{ name: 'slack', missing: ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET'], problems: [] }]);
    const exposed = plan({ HOST: '0.0.0.0' });
    expect(exposed.mounts).toEqual([]);
    expect(exposed.off[1]).toEqual({ name: 'teams', missing: ['MicrosoftAppId', 'MicrosoftAppPassword'], problems: [] });
  });

  it('mounts Slack over HTTP and Teams when their variables are set', () => {
    const result = plan({
      SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
      SLACK_SIGNING_SECRET: 'secret',
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'password',
      MicrosoftAppType: 'MultiTenant',
    });
    expect(result.mounts.map((m) => m.name)).toEqual(['slack', 'teams']);
    expect(result.off).toEqual([]);
  });

  it('leaves Slack off, with the reason, when a token is malformed', () => {
    const result = plan({ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_SIGNING_SECRET: 'secret' });
    expect(result.mounts.map((m) => m.name)).not.toContain('slack');
    expect(result.off[0]).toEqual({
      name: 'slack',
      missing: [],
      problems: ['SLACK_BOT_TOKEN must be the Bot User OAuth Token (starts with xoxb-)'],
    });
  });

  it('asks a single-tenant Teams app for its tenant, and a managed identity for no password', () => {
    expect(plan({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant' }).off[1]).toEqual({
      name: 'teams',
      missing: ['MicrosoftAppTenantId'],
      problems: [],
    });
    expect(
      plan({ MicrosoftAppId: 'id', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 'tenant' }).mounts.map((m) => m.name),
    ).toEqual(['teams']);
  });
});

describe('logChannels', () => {
  it('logs live channels with their URL and the variables that would enable the others', () => {
    const { logger, lines } = capturingLogger();
    const { off } = plan({ HOST: '0.0.0.0' });
    logChannels(logger, 'http://127.0.0.1:3978', [{ name: 'web' }], off);
    expect(lines.map((l) => l.msg)).toEqual([
      'playground live at http://127.0.0.1:3978/',
      'slack off: set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (HTTP at /slack/events) or SLACK_APP_TOKEN (Socket Mode) to enable it',
      'teams off: set MicrosoftAppId and MicrosoftAppPassword (plus MicrosoftAppTenantId for a single-tenant app) to enable it',
    ]);
    expect(lines[1]).toMatchObject({ channel: 'slack', missing: ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET'] });
  });

  it('logs Slack over Socket Mode, Teams at /api/messages, and malformed values as errors', () => {
    const { logger, lines } = capturingLogger();
    logChannels(
      logger,
      'http://127.0.0.1:3978',
      [{ name: 'slack', transport: 'socket' }, { name: 'teams' }],
      [{ name: 'slack', missing: [], problems: ['SLACK_APP_TOKEN must be an app-level token'] }],
    );
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [30, 'slack live over Socket Mode'],
      [30, 'teams live at http://127.0.0.1:3978/api/messages'],
      [50, 'slack off: SLACK_APP_TOKEN must be an app-level token'],
    ]);
  });
});
