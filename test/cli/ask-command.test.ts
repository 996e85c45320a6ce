import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SHARED_INDEX_DIR } from '../support/test-paths.js';

const run = promisify(execFile);
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

/** Runs the real ask command as a user would (`npm run --silent ask -- …` runs exactly this). */
async function ask(args: string[], input?: string, dataDir = SHARED_INDEX_DIR): Promise<{ stdout: string; stderr: string; code: number }> {
  const child = run(TSX, ['adapters/cli/ask-command.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe('npm run ask', () => {
  it('prints the JSON contract for one question', async () => {
    const { stdout, code } = await ask(['--json', 'status of Resolution 44 fellowships']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer)).toEqual(['question', 'answer', 'abstained', 'citations']);
    expect(answer.question).toBe('status of Resolution 44 fellowships');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]).toEqual({
      actionItem: '44-30',
      resolution: '44',
      document: '004_34e05be8ad0376c5.txt',
      documentTitle: 'Action Plan for the implementation of WTSA-16 Resolutions and Opinion (2022 edition)',
      edition: '2022-01-01',
      section: 'Resolution 44 – Bridging the standardization gap between developing and developed countries',
      excerpt: expect.stringContaining('fellowships were awarded'),
      score: expect.any(Number),
      role: 'source',
    });
    // One source, the item the answer describes; the other near hits after it, as related.
    expect(answer.citations.map((c: { actionItem: string; role: string }) => [c.actionItem, c.role])).toEqual([
      ['44-30', 'source'],
      ['44-01', 'related'],
      ['44-21', 'related'],
      ['44-15', 'related'],
      // The row after 44-35 without a number of its own is a Resolution 44 item too.
      ['unnumbered row after 44-35', 'related'],
    ]);
  });

  it('cites a passage answer by the passage it quotes, the file name only in `document`', async () => {
    const { stdout } = await ask(['--json', 'How many field offices does ITU have?']);
    const [source, ...related] = JSON.parse(stdout).citations;
    expect(source).toMatchObject({
      role: 'source',
      document: '001_8bc5aacc5d96b944.txt',
      documentTitle: 'Contribution of the ITU Regional Offices to the ITU-T operational plan (2025)',
      section: 'Introduction: ITU Regional Presence',
    });
    expect(related.map((c: { role: string }) => c.role)).toEqual(['related', 'related', 'related', 'related']);
    expect(related[0]).toMatchObject({ document: '000_2fa1642e87176136.txt', documentTitle: 'Contribution of the ITU Regional Offices to the ITU-T operational plan (2021)' });
  });

  it('adds the complete list of items to a list answer', async () => {
    const { stdout } = await ask(['--json', "Res 65 - what's still open?"]);
    const answer = JSON.parse(stdout);
    expect(answer.listed).toEqual(['65-01', '65-02']);
    expect(answer.citations.map((c: { actionItem: string; role: string }) => [c.actionItem, c.role])).toEqual([
      ['65-01', 'source'],
      ['65-02', 'source'],
    ]);
    expect(answer.answer).toContain('2 Resolution 65 action items not completed');
  });

  it('answers one question per stdin line, one JSON object per line', async () => {
    const { stdout } = await ask(['--json'], 'What is the status of 98-10?\n\n進展如何？\nWhat is the capital of Australia?\n');
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].citations[0].actionItem).toBe('98-10');
    expect(lines[1]).toMatchObject({ question: '進展如何？', abstained: true });
    expect(lines[2]).toMatchObject({ abstained: true, citations: [] });
  });

  it('prints a readable answer without --json: the whole item, its source, the related items, no file name', async () => {
    const { stdout } = await ask(['status of Resolution 44 fellowships']);
    const plan = 'Action Plan for the implementation of WTSA-16 Resolutions and Opinion (2022 edition) › Resolution 44 – Bridging the standardization gap between developing and developed countries';
    const [text, sources, related] = stdout.trim().split('\n\n');
    expect(text!.split('\n')).toEqual([
      '44-30 — Provision, by the TSB, of fellowships to eligible countries to attend relevant ITU-T meetings. (Resolution 44)',
      'Milestone: Ongoing · Periodic goals met: yes · Completed: no',
      expect.stringMatching(/^Latest status: Over the period January to August 2020, 33 fellowships were awarded/),
    ]);
    expect(sources!.split('\n')).toEqual([
      'Sources:',
      `  [1] Action item 44-30 — ${plan}`,
      expect.stringMatching(/^ {6}“Over the period January to August 2020, .*no fellowships were awarded\.”$/),
    ]);
    expect(related).toBe(['Related:', ...['44-01', '44-21', '44-15', 'unnumbered row after 44-35'].map((id) => `  • Action item ${id} — ${plan}`)].join('\n'));
    expect(stdout).not.toMatch(/\d{3}_[0-9a-f]{16}/);
  });

  it('answers a 20,000-character question with a clear message, and exits 1', async () => {
    const { stdout, code } = await ask(['--json', 'x'.repeat(20_000)]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).answer).toBe('Your question is 20,000 characters long; please keep it under 1,000.');
  });

  it('answers an empty question with an example, and exits 1', async () => {
    const { stdout, code } = await ask(['--json', '']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).answer).toBe('Please type a question, for example "status of Resolution 44 fellowships".');
  });

  it('names the command to run when there is no index', async () => {
    const { stderr, code } = await ask(['--json', 'status of 44-30'], undefined, mkdtempSync(join(tmpdir(), 'no-index-')));
    expect(code).toBe(2);
    expect(stderr).toMatch(/No index in .*Run `npm run ingest` to build it\./);
  });
});
