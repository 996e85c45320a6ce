import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config.js';
import { silentLogger } from '../../bot/logger.js';
import { SqliteStateStore } from '../../bot/state/sqlite/sqlite-state-store.js';
import { planChannels } from '../../adapters/server/channel-plan.js';
import { FakeAnswerer } from '../support/fake-answerer.js';
import { sendEvent } from '../support/slack-requests.js';
import { postJson, serveForTest, type ServedForTest } from './serve-for-test.js';

let served: ServedForTest | undefined;
const store = new SqliteStateStore(':memory:');
afterEach(async () => {
  await served?.server.close(5000);
  served = undefined;
});

/**
 * Slack, Teams and the playground on one server, as `npm start` builds them from a fully
 * configured environment: each route reaches its own channel and no body parser, 404 or
 * rate limit of one leaks into another.
 */
describe('every channel on the one server', () => {
  it('routes /slack/events to Bolt, /api/messages to the Bot Framework, /api/ask to the playground', async () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1-2-test',
      SLACK_SIGNING_SECRET: 'slack-secret',
      // Nothing listens here: the channels never need Slack for this test.
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'password',
      MicrosoftAppType: 'MultiTenant',
    });
    const answerer = new FakeAnswerer();
    const plan = planChannels(config, { answerer, store, logger: silentLogger });
    expect(plan.mounts.map((m) => m.name)).toEqual(['slack', 'teams']);
    served = await serveForTest(answerer, { channels: plan.mounts, rateLimitPerMinute: 1 });
    expect(served.server.channels).toEqual(['slack', 'teams', 'web']);

    // Slack: Bolt checks the signature over the raw body, so a wrong secret is refused.
    const forged = await sendEvent(`${served.url}/slack/events`, 'wrong-secret', { type: 'url_verification', challenge: 'c' });
    expect(forged.status).toBe(401);
    const challenge = await sendEvent(`${served.url}/slack/events`, 'slack-secret', {
      type: 'url_verification',
      token: 't',
      challenge: 'challenge-123',
    });
    expect(challenge.status).toBe(200);
    expect(await challenge.json()).toEqual({ challenge: 'challenge-123' });

    // Teams: with credentials set, an activity without a Bot Framework token is refused.
    const unsigned = await fetch(`${served.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: '1',
        text: 'status of Resolution 44 fellowships',
        channelId: 'msteams',
        serviceUrl: 'http://127.0.0.1:9/',
        from: { id: 'user' },
        recipient: { id: 'bot' },
        conversation: { id: 'conversation' },
      }),
    });
    expect(unsigned.status).toBe(401);

    // The playground still answers, and its rate limit counts only its own requests.
    const asked = await postJson(`${served.url}/api/ask`, { question: 'status of Resolution 44 fellowships' });
    expect(asked.status).toBe(200);
    expect(asked.json.citations[0].actionItem).toBe('44-30');
    expect(answerer.calls).toHaveLength(1);
  });

  it('sends the same security headers on every route: page, probes, JSON, Slack, Teams, errors', async () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-test', SLACK_SIGNING_SECRET: 'slack-secret', SLACK_API_URL: 'http://127.0.0.1:9/api/' });
    const answerer = new FakeAnswerer();
    served = await serveForTest(answerer, { channels: planChannels(config, { answerer, store, logger: silentLogger }).mounts });
    const url = served.url;
    const json = { method: 'POST', headers: { 'content-type': 'application/json' } };

    const responses = {
      page: await fetch(`${url}/`),
      script: await fetch(`${url}/app.js`),
      healthz: await fetch(`${url}/healthz`),
      ask: await fetch(`${url}/api/ask`, { ...json, body: JSON.stringify({ question: 'status of Resolution 44 fellowships' }) }),
      askRefused: await fetch(`${url}/api/ask`, { ...json, body: '{"question": ' }),
      unknownApi: await fetch(`${url}/api/nothing`),
      slack: await sendEvent(`${url}/slack/events`, 'slack-secret', { type: 'url_verification', token: 't', challenge: 'c' }),
      slackForged: await sendEvent(`${url}/slack/events`, 'wrong-secret', { type: 'url_verification', challenge: 'c' }),
      teamsRefused: await fetch(`${url}/api/messages`, { ...json, body: JSON.stringify({ type: 'message', entities: 'x' }) }),
    };

    expect(Object.fromEntries(Object.entries(responses).map(([name, r]) => [name, r.status]))).toEqual({
      page: 200,
      script: 200,
      healthz: 200,
      ask: 200,
      askRefused: 400,
      unknownApi: 404,
      slack: 200,
      slackForged: 401,
      teamsRefused: 400,
    });
    for (const [name, response] of Object.entries(responses)) {
      const headers = Object.fromEntries(
        ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'strict-transport-security', 'x-powered-by'].map(
          (header) => [header, response.headers.get(header)],
        ),
      );
      expect({ name, ...headers }).toEqual({
        name,
        'content-security-policy':
          "default-src 'self';script-src 'self';script-src-attr 'none';style-src 'self';img-src 'self' data:;connect-src 'self';object-src 'none';base-uri 'none';form-action 'self';frame-ancestors 'none'",
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
        'x-powered-by': null,
      });
    }
  });
});
