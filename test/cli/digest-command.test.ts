import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { rememberConversation } from '../../adapters/teams/teams-conversations.js';
import { SqliteStateStore } from '../../bot/state/sqlite/sqlite-state-store.js';
import { startFakeBotConnector } from '../support/fake-bot-connector.js';
import { loadFieldCase } from '../support/field-cases.js';
import { FakeSlackApi } from '../support/fake-slack-api.js';
import { REPO_ROOT } from '../support/test-paths.js';

const run = promisify(execFile);
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

describe('npm run digest', () => {
  let dir: string;
  let calendarFile: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapporteur-digest-cli-'));
    calendarFile = join(dir, 'meetings.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs the real command as `npm run --silent digest -- …` does. */
  async function digest(args: string[], env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string; code: number }> {
    try {
      const { stdout, stderr } = await run(TSX, ['adapters/cli/digest-command.ts', ...args], {
        cwd: REPO_ROOT,
        env: { ...process.env, DATA_DIR: dir, MEETINGS_FILE: calendarFile, LOG_LEVEL: 'warn', ...env },
      });
      return { stdout, stderr, code: 0 };
    } catch (error) {
      const failed = error as { stdout: string; stderr: string; code: number };
      return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
    }
  }

  it('prints the Markdown digest for a meeting given by date, without any calendar', async () => {
    const { stdout, stderr, code } = await digest(['--dry-run', '--date', '2027-01-25', '--meeting', 'TSAG 5']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.startsWith('# Digest: TSAG 5 · 25 January 2027 (Europe/Zurich)\n')).toBe(true);
    expect(stdout).toContain('\n**6 action items need attention** · 4 more in the full lists\n');
    expect(stdout).toContain('\n- **47-01** SG2 to review and study contributions');
    expect(stdout).toContain('\n## Counts per Resolution\n');
  });

  it('prints the next calendar meeting and warns about the entries it left out', async () => {
    writeFileSync(
      calendarFile,
      JSON.stringify({ meetings: [{ name: 'Old', start: '2020-01-20' }, { name: 'TSAG (January 2027)', start: '2027-01-25', end: '2027-01-29' }, { name: 'Bad' }] }, null, 2),
    );
    const { stdout, stderr, code } = await digest([]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('# Digest: TSAG (January 2027) · 25–29 January 2027 (Europe/Zurich)');
    expect(stderr).toBe(`warning: ${calendarFile}:12: meeting 3 ("Bad") ignored: start: Required\n`);
  });

  it('fails clearly, naming the file, when the calendar is not JSON', async () => {
    writeFileSync(calendarFile, '{ "meetings": [ }');
    const { stdout, stderr, code } = await digest(['--dry-run']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^Meetings calendar ${calendarFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid JSON: Unexpected token`));
  });

  it('posts the digest now to the meeting\'s Slack channel with --post', async () => {
    const fake = await FakeSlackApi.start();
    try {
      writeFileSync(calendarFile, JSON.stringify({ meetings: [{ name: 'TSAG (January 2027)', start: '2027-01-25', targets: { slack: ['C0DIGEST01'] } }] }));
      const { stdout, code } = await digest(['--post', '--meeting', 'tsag (january 2027)'], {
        SLACK_BOT_TOKEN: 'xoxb-cli',
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_API_URL: fake.apiUrl,
      });
      expect(stdout).toBe('posted: slack C0DIGEST01\n');
      expect(code).toBe(0);
      const [message, ...replies] = fake.okCallsTo('chat.postMessage');
      expect(message!.args.channel).toBe('C0DIGEST01');
      expect((message!.args.blocks as unknown[])[0]).toMatchObject({ type: 'header', text: { text: 'Digest: TSAG (January 2027)' } });
      expect(replies.length).toBeGreaterThan(0);
      expect(replies.every((r) => r.args.thread_ts === message!.result.ts)).toBe(true);
    } finally {
      await fake.close();
    }
  });

  it('--post exits 1 naming the target it could not post to (Teams 403), after posting to the others', async () => {
    const [fake, connector] = await Promise.all([FakeSlackApi.start(), startFakeBotConnector()]);
    try {
      // The bot was added to the Teams channel earlier (field case 12), then removed without hearing of it.
      const store = new SqliteStateStore(join(dir, 'state.sqlite'));
      const [added] = loadFieldCase('12-teams-bot-added.json', { serviceUrl: connector.url }).steps;
      rememberConversation(store, added!.activity as Partial<Activity>);
      store.close();
      connector.failNext(403, { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.', times: 5 });
      const targets = { slack: ['C0DIGEST01'], teams: ['ITU-T SG3 › TSAG'] };
      writeFileSync(calendarFile, JSON.stringify({ meetings: [{ name: 'TSAG (January 2027)', start: '2027-01-25', targets }] }));

      const { stdout, code } = await digest(['--post', '--meeting', 'TSAG (January 2027)'], {
        SLACK_BOT_TOKEN: 'xoxb-cli',
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_API_URL: fake.apiUrl,
        HOST: '127.0.0.1',
      });

      expect(stdout).toBe(
        'posted: slack C0DIGEST01\n' +
          'failed: teams ITU-T SG3 › TSAG: 403 BotNotInConversationRoster: The bot is not part of the conversation roster.\n',
      );
      expect(code).toBe(1);
      expect(connector.refused).toHaveLength(1);
      expect(connector.messages()).toEqual([]);
      const after = new SqliteStateStore(join(dir, 'state.sqlite'));
      try {
        expect(await after.outbox.flagOf('teams:19:tsag@thread.tacv2')).toMatchObject({ reason: '403 BotNotInConversationRoster: The bot is not part of the conversation roster.' });
      } finally {
        after.close();
      }
    } finally {
      await Promise.all([fake.close(), connector.close()]);
    }
  });

  it('refuses --post for a meeting given only by date', async () => {
    const { stderr, code } = await digest(['--post', '--date', '2027-01-25']);
    expect(code).toBe(2);
    expect(stderr).toContain("--post posts to a calendar meeting's targets; a --date meeting has none.");
  });
});
