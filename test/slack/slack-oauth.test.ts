import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteInstallationStore } from '../../bot/state/installation-store.js';
import { SLACK_BOT_SCOPES } from '../../adapters/slack/slack-installations.js';
import { FakeAnswerer } from '../support/fake-answerer.js';
import type { FakeSlackGrant } from '../support/fake-slack-oauth.js';
import { eventEnvelope, mentionEvent, sendEvent } from '../support/slack-requests.js';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from './slack-harness.js';

const WORKSPACE_A: FakeSlackGrant = { token: 'xoxb-workspace-a', botUserId: 'UBOTA', botId: 'BA', teamId: 'TA', installerUserId: 'UADMINA', scopes: [...SLACK_BOT_SCOPES] };
const WORKSPACE_B: FakeSlackGrant = { token: 'xoxb-workspace-b', botUserId: 'UBOTB', botId: 'BB', teamId: 'TB', installerUserId: 'UADMINB', scopes: [...SLACK_BOT_SCOPES] };
const ORGANISATION: FakeSlackGrant = {
  token: 'xoxb-organisation',
  botUserId: 'UBOTE',
  botId: 'BE',
  enterpriseId: 'E1',
  isEnterpriseInstall: true,
  installerUserId: 'UADMINE',
  scopes: [...SLACK_BOT_SCOPES],
};

describe('Slack OAuth distribution', () => {
  let h: SlackHarness;

  beforeEach(async () => {
    h = await startSlackHarness(new FakeAnswerer(), { oauth: true });
  });
  afterEach(async () => {
    await h.close();
  });

  /** What a workspace admin's browser does: the install link, Slack's consent, the redirect back. */
  async function install(code: string, grant: FakeSlackGrant): Promise<Response> {
    h.fake.grants.add(code, grant);
    const start = await fetch(`${h.origin}/slack/install`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const state = new URL(start.headers.get('location')!).searchParams.get('state');
    const cookie = start.headers.get('set-cookie')!.split(';')[0]!;
    return fetch(`${h.origin}/slack/oauth_redirect?code=${code}&state=${state}`, { headers: { cookie }, redirect: 'manual' });
  }

  async function mention(teamId: string, botUserId: string, ts: string, enterprise?: string): Promise<void> {
    const envelope = eventEnvelope(mentionEvent({ text: `<@${botUserId}> status of Resolution 44 fellowships`, ts, channel: `C${teamId}` }), { teamId });
    if (enterprise) {
      envelope.enterprise_id = enterprise;
      envelope.authorizations = [{ enterprise_id: enterprise, team_id: null, user_id: botUserId, is_bot: true, is_enterprise_install: true }];
    }
    const response = await sendEvent(h.eventsUrl, SIGNING_SECRET, envelope);
    expect(response.status).toBe(200);
  }

  const installs = () => new SqliteInstallationStore(h.stateFile);

  it('stores the installation the install flow grants, without logging its token', async () => {
    const done = await install('code-a', WORKSPACE_A);
    expect(done.status).toBe(200);
    const store = installs();
    const stored = await store.find({ teamId: 'TA', isEnterpriseInstall: false });
    store.close();
    expect(stored).toMatchObject({ teamId: 'TA', enterpriseId: null, botToken: 'xoxb-workspace-a', botUserId: 'UBOTA', botId: 'BA', installerUserId: 'UADMINA' });
    expect(stored!.scopes).toEqual([...SLACK_BOT_SCOPES]);
    expect(h.fake.callsTo('oauth.v2.access')[0]!.args).toMatchObject({ code: 'code-a', client_id: '1000.2000' });
    expect(h.logs.find((l) => l.msg === 'Slack app installed')).toMatchObject({ teamId: 'TA', installer: 'UADMINA' });
    expect(JSON.stringify(h.logs)).not.toContain('xoxb-');
  });

  it('answers mentions from two workspaces, each with its own token', async () => {
    await install('code-a', WORKSPACE_A);
    await install('code-b', WORKSPACE_B);
    await mention('TA', 'UBOTA', '1700000000.000100');
    await mention('TB', 'UBOTB', '1700000000.000200');
    await h.fake.waitFor(() => h.fake.okCallsTo('chat.postMessage').length === 2);
    await h.channel.whenIdle();

    const posts = h.fake.okCallsTo('chat.postMessage').map((c) => [c.args.channel, c.token]);
    expect(posts.sort()).toEqual([
      ['CTA', 'xoxb-workspace-a'],
      ['CTB', 'xoxb-workspace-b'],
    ]);
  });

  it('forgets a workspace whose tokens were revoked: its next mention is logged, not answered', async () => {
    await install('code-a', WORKSPACE_A);
    await install('code-b', WORKSPACE_B);
    const revoked = eventEnvelope({ type: 'tokens_revoked', tokens: { bot: ['UBOTA'] }, event_ts: '1700000001.000000' }, { teamId: 'TA' });
    expect((await sendEvent(h.eventsUrl, SIGNING_SECRET, revoked)).status).toBe(200);
    await h.channel.whenIdle();
    expect(h.logs.find((l) => l.msg === 'Slack installation removed')).toMatchObject({ teamId: 'TA', reason: 'tokens_revoked', deleted: true });

    await mention('TA', 'UBOTA', '1700000002.000100');
    await h.channel.whenIdle();
    await expect.poll(() => h.logs.find((l) => l.msg.includes('without an installation'))).toMatchObject({ teamId: 'TA' });
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
    expect(h.fake.callsTo('reactions.add')).toEqual([]);
  });

  it('deletes the install on app_uninstalled', async () => {
    await install('code-a', WORKSPACE_A);
    const uninstalled = eventEnvelope({ type: 'app_uninstalled', event_ts: '1700000001.000000' }, { teamId: 'TA' });
    await sendEvent(h.eventsUrl, SIGNING_SECRET, uninstalled);
    await expect.poll(() => h.logs.find((l) => l.msg === 'Slack installation removed')).toMatchObject({ reason: 'app_uninstalled', deleted: true });
    const store = installs();
    expect(await store.find({ teamId: 'TA', isEnterpriseInstall: false })).toBeUndefined();
    store.close();
  });

  it('answers a mention from a workspace of an organisation installed org-wide, with the organisation’s token', async () => {
    await install('code-e', ORGANISATION);
    const store = installs();
    expect(await store.find({ enterpriseId: 'E1', isEnterpriseInstall: true })).toMatchObject({ teamId: null, botToken: 'xoxb-organisation' });
    store.close();

    await mention('T9', 'UBOTE', '1700000003.000100', 'E1');
    await h.fake.waitFor(() => h.fake.okCallsTo('chat.postMessage').length === 1);
    await h.channel.whenIdle();
    expect(h.fake.okCallsTo('chat.postMessage')[0]).toMatchObject({ token: 'xoxb-organisation', args: { channel: 'CT9' } });
  });

  it('forgets an org-wide install when the organisation uninstalls the app', async () => {
    await install('code-e', ORGANISATION);
    const uninstalled = eventEnvelope({ type: 'app_uninstalled', event_ts: '1700000004.000000' }, { teamId: 'T9' });
    uninstalled.enterprise_id = 'E1';
    uninstalled.authorizations = [{ enterprise_id: 'E1', team_id: null, user_id: 'UBOTE', is_bot: true, is_enterprise_install: true }];
    await sendEvent(h.eventsUrl, SIGNING_SECRET, uninstalled);
    await expect.poll(() => h.logs.find((l) => l.msg === 'Slack installation removed')).toMatchObject({ enterpriseId: 'E1', deleted: true });

    await mention('T9', 'UBOTE', '1700000005.000100', 'E1');
    await expect.poll(() => h.logs.find((l) => l.msg.includes('without an installation'))).toMatchObject({ teamId: 'T9', enterpriseId: 'E1' });
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });
});
