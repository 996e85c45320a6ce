/**
 * The workspaces a fake Slack knows by token, and the installs it grants: what
 * `oauth.v2.access` and `auth.test` answer for a distributed app.
 */

/** One install the fake grants for an authorization `code`. */
export interface FakeSlackGrant {
  token: string;
  botUserId: string;
  botId: string;
  /** The workspace; absent for an org-wide (Enterprise Grid) install. */
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall?: boolean;
  installerUserId: string;
  scopes: string[];
}

/** Grants by code and by token, and Slack's answers built from them. */
export class FakeSlackGrants {
  private readonly byCode = new Map<string, FakeSlackGrant>();
  private readonly byToken = new Map<string, FakeSlackGrant>();

  /** `oauth.v2.access` with `code` grants `grant`; `auth.test` then knows its token. */
  add(code: string, grant: FakeSlackGrant): void {
    this.byCode.set(code, grant);
    this.byToken.set(grant.token, grant);
  }

  /** Slack's `oauth.v2.access` answer (bot token, no user token), or `invalid_code`. */
  access(code: unknown): Record<string, unknown> {
    const grant = typeof code === 'string' ? this.byCode.get(code) : undefined;
    if (!grant) return { ok: false, error: 'invalid_code' };
    return {
      ok: true,
      app_id: 'A0001',
      authed_user: { id: grant.installerUserId },
      scope: grant.scopes.join(','),
      token_type: 'bot',
      access_token: grant.token,
      bot_user_id: grant.botUserId,
      team: grant.teamId ? { id: grant.teamId, name: `Workspace ${grant.teamId}` } : null,
      enterprise: grant.enterpriseId ? { id: grant.enterpriseId, name: `Org ${grant.enterpriseId}` } : null,
      is_enterprise_install: grant.isEnterpriseInstall === true,
    };
  }

  /** `auth.test` for a granted token, or `undefined` for tokens the fake did not grant. */
  authTest(token: string | undefined): Record<string, unknown> | undefined {
    const grant = token ? this.byToken.get(token) : undefined;
    if (!grant) return undefined;
    return {
      ok: true,
      url: 'https://fake.slack.test/',
      team_id: grant.teamId,
      enterprise_id: grant.enterpriseId,
      user_id: grant.botUserId,
      bot_id: grant.botId,
    };
  }
}
