import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config.js';
import { slackConfigStatus, slackSettings } from '../../adapters/slack/slack-config.js';
import { ErrorCode } from '../../retrieval/errors.js';

describe('Slack configuration', () => {
  it('is not requested when no Slack variable is set', () => {
    expect(slackConfigStatus(loadConfig({}))).toEqual({
      requested: false,
      transport: 'http',
      missing: ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET'],
      problems: [],
    });
  });

  it('names the missing variable for HTTP and for Socket Mode', () => {
    expect(slackConfigStatus(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).missing).toEqual(['SLACK_SIGNING_SECRET']);
    expect(slackConfigStatus(loadConfig({ SLACK_APP_TOKEN: 'xapp-1' }))).toMatchObject({ transport: 'socket', missing: ['SLACK_BOT_TOKEN'] });
    expect(slackConfigStatus(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).missing).toEqual([]);
  });

  it('catches swapped tokens', () => {
    expect(slackConfigStatus(loadConfig({ SLACK_BOT_TOKEN: 'xapp-1', SLACK_APP_TOKEN: 'xoxb-1' })).problems).toEqual([
      'SLACK_BOT_TOKEN must be the Bot User OAuth Token (starts with xoxb-)',
      'SLACK_APP_TOKEN must be an app-level token with connections:write (starts with xapp-)',
    ]);
  });

  it('throws a ConfigInvalid error naming every problem', () => {
    expect(() => slackSettings(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' }))).toThrowError(
      expect.objectContaining({
        code: ErrorCode.ConfigInvalid,
        message: 'Slack (HTTP (/slack/events)) cannot start: SLACK_SIGNING_SECRET is not set.',
      }),
    );
    expect(slackSettings(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'http://127.0.0.1:9/api/' }))).toEqual({
      transport: 'http',
      botToken: 'xoxb-1',
      signingSecret: 's',
      appToken: undefined,
      apiUrl: 'http://127.0.0.1:9/api/',
    });
  });

  it('takes OAuth credentials instead of a bot token for distribution, over HTTP only', () => {
    const oauth = { SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 's', SLACK_SIGNING_SECRET: 'x' };
    expect(slackConfigStatus(loadConfig({ SLACK_CLIENT_ID: '1.2' })).missing).toEqual(['SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'SLACK_SIGNING_SECRET']);
    expect(slackSettings(loadConfig(oauth))).toMatchObject({ botToken: undefined, oauth: { clientId: '1.2', clientSecret: 'c', stateSecret: 's' } });
    expect(slackConfigStatus(loadConfig({ ...oauth, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).problems).toEqual([
      'SLACK_BOT_TOKEN must not be set with SLACK_CLIENT_ID: each workspace’s token comes from its installation',
      'SLACK_APP_TOKEN must not be set with SLACK_CLIENT_ID: a distributed app receives events over HTTP',
    ]);
  });
});
