import { afterEach, describe, expect, it } from 'vitest';
import { sharedRapporteur } from '../support/shared-rapporteur.js';
import { eventEnvelope, mentionEvent, sendCommand, sendEvent, slashCommand } from '../support/slack-requests.js';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from '../slack/slack-harness.js';
import { personalMessage } from '../teams/teams-activities.js';
import { startTeamsHarness, type TeamsHarness } from '../teams/teams-harness.js';
import { postJson, serveForTest, type ServedForTest } from './serve-for-test.js';

/** What every entry point says to a 20,000-character question (MAX_QUESTION_CHARS 1000). */
const MESSAGE = 'Your question is 20,000 characters long; please keep it under 1,000.';
const LONG = `status of Resolution 44 fellowships ${'x'.repeat(20_000 - 36)}`;

let slack: SlackHarness | undefined;
let teams: TeamsHarness | undefined;
let served: ServedForTest | undefined;
afterEach(async () => {
  await slack?.close();
  await teams?.close();
  await served?.server.close();
  slack = teams = served = undefined;
});

describe('a 20,000-character question gets the documented message at every entry point', () => {
  it('the playground (POST /api/ask)', async () => {
    expect(LONG).toHaveLength(20_000);
    served = await serveForTest(await sharedRapporteur(), { maxQuestionChars: 1000 });
    expect(await postJson(`${served.url}/api/ask`, { question: LONG })).toMatchObject({ status: 400, json: { error: MESSAGE } });
  });

  it('a Slack mention and /rapporteur', async () => {
    slack = await startSlackHarness(await sharedRapporteur());
    const mention = eventEnvelope(mentionEvent({ text: `<@UBOT> ${LONG}`, ts: '1700000600.000100' }));
    expect((await sendEvent(slack.eventsUrl, SIGNING_SECRET, mention)).status).toBe(200);
    const command = slashCommand({ text: LONG, responseUrl: slack.fake.responseUrl('long') });
    expect((await sendCommand(slack.eventsUrl, SIGNING_SECRET, command)).status).toBe(200);
    await slack.fake.waitFor(() => slack!.fake.okCallsTo('chat.postMessage').length === 1 && slack!.fake.responsesTo('long').length === 1);

    expect(slack.fake.okCallsTo('chat.postMessage')[0]!.args.text).toBe(MESSAGE);
    // The command's reply repeats the question (its first 200 characters) above the message.
    expect(slack.fake.responsesTo('long')[0]!.body.text).toBe(`*Q:* ${LONG.slice(0, 200)}\n\n${MESSAGE}`);
  });

  it('a Teams message', async () => {
    teams = await startTeamsHarness(await sharedRapporteur());
    expect((await teams.post(personalMessage(teams.connector.url, LONG))).status).toBe(200);
    const [reply] = teams.connector.messages();
    expect(reply!.activity.text).toBe(MESSAGE);
  });
});
