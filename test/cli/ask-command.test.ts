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
    expect(answer.citations.length).toBeLessThanOrEqual(5);
    expect(answer.citations[0]).toEqual({
      actionItem: '44-30',
      resolution: '44',
      document: '004_34e05be8ad0376c5.txt',
      section: 'Resolution 44 – Bridging the standardization gap between developing and developed countries',
      excerpt: expect.stringContaining('fellowships were awarded'),
      score: expect.any(Number),
    });
  });

  it('adds the complete list of items to a list answer', async () => {
    const { stdout } = await ask(['--json', "Res 65 - what's still open?"]);
    const answer = JSON.parse(stdout);
    expect(answer.listed).toEqual(['65-01', '65-02']);
    expect(answer.answer).toContain('2 Resolution 65 action items not completed');
  });

  it('answers one question per stdin line, one JSON object per line', async () => {
    const { stdout } = await ask(['--json'], 'What is the status of 98-10?\n\nWhat is the capital of Australia?\n');
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].citations[0].actionItem).toBe('98-10');
    expect(lines[1]).toMatchObject({ abstained: true, citations: [] });
  });

  it('prints a readable answer without --json', async () => {
    const { stdout } = await ask(['44-30']);
    expect(stdout).toContain('44-30 — Provision, by the TSB, of fellowships');
    expect(stdout).toContain('Sources:\n  [1] Action item 44-30 — Action Plan for the implementation of WTSA-16 Resolutions and Opinion › Resolution 44');
  });

  it('answers a 20,000-character question with a clear message', async () => {
    const { stdout, code } = await ask(['--json', 'x'.repeat(20_000)]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).answer).toBe('Your question is 20,000 characters long; please keep it under 1,000.');
  });

  it('names the command to run when there is no index', async () => {
    const { stderr, code } = await ask(['--json', 'status of 44-30'], undefined, mkdtempSync(join(tmpdir(), 'no-index-')));
    expect(code).toBe(2);
    expect(stderr).toMatch(/No index in .*Run `npm run ingest` to build it\./);
  });
});
