import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/test-paths.js';

const run = promisify(execFile);

/** Whether `npm ping` reaches the configured registry within a few seconds. */
async function registryReachable(): Promise<boolean> {
  try {
    await run('npm', ['ping', '--fetch-retries=0', '--fetch-timeout=10000'], { timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

/** `git status --porcelain` of a folder: empty when nothing changed and nothing new is unignored. */
async function changes(dir: string): Promise<string> {
  return (await run('git', ['status', '--porcelain'], { cwd: dir })).stdout;
}

/** Runs npm in `dir` and returns what it printed, failing with that output if npm fails. */
async function npm(dir: string, args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await run('npm', [...args, '--no-audit', '--no-fund'], { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
    return `${stdout}${stderr}`;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`npm ${args.join(' ')} failed in a fresh clone:\n${failed.stdout ?? ''}${failed.stderr ?? failed.message}`);
  }
}

const clone = mkdtempSync(join(tmpdir(), 'rapporteur-clone-'));
afterAll(() => rmSync(clone, { recursive: true, force: true }));

// The committed state, as a newcomer gets it: the lockfile must be complete for every platform
// (npm ci refuses one that disagrees with package.json) and installing must not rewrite it.
// Install scripts (the native builds) are skipped: they take minutes and touch no lockfile, and
// `.ci/run` builds them on every run.
describe('a fresh clone of the repository', () => {
  it('installs from the lockfile with npm ci and npm install, on this Node, and stays clean', async (context) => {
    context.skip(!(await registryReachable()), 'the npm registry is unreachable, so nothing can be installed');
    await run('git', ['clone', '--quiet', REPO_ROOT, clone]);

    const ci = await npm(clone, ['ci', '--ignore-scripts']);
    expect(ci).not.toContain('EBADENGINE');
    expect(await changes(clone)).toBe('');

    // The README's first command, on top of that install.
    const install = await npm(clone, ['install', '--ignore-scripts']);
    expect(install).not.toContain('EBADENGINE');
    expect(await changes(clone)).toBe('');
  }, 900_000);
});
