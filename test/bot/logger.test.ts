import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSmallSeeds } from '../support/small-seeds.js';
import { REPO_ROOT } from '../support/test-paths.js';

const run = promisify(execFile);
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

/** util-linux `script` runs a command on a pseudo-terminal, as a person's shell would. */
function hasScript(): boolean {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const seedsDir = makeSmallSeeds();
const dataDir = mkdtempSync(join(tmpdir(), 'rapporteur-logs-'));
const env = { ...process.env, SEEDS_DIR: seedsDir, DATA_DIR: dataDir, LOG_LEVEL: 'info' };
afterAll(() => {
  rmSync(seedsDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

/** Colours and cursor moves removed, line ends as in a file. */
function plain(terminalText: string): string {
  return terminalText.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').replace(/\r\n/g, '\n');
}

// The ingest command logs through the same logger as `npm start` (whose first run runs it).
describe('log format of the real commands', () => {
  it.skipIf(!hasScript())('is one readable line per entry in a terminal', async () => {
    const { stdout } = await run('script', ['--quiet', '--return', '--command', `"${TSX}" adapters/cli/ingest-command.ts`, '/dev/null'], {
      cwd: REPO_ROOT,
      env,
      timeout: 120_000,
    });
    const line = plain(stdout)
      .split('\n')
      .find((l) => l.includes('index built'));
    expect(line).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: index built and published: .* \{"records":\d+,"embedded":\d+,"dataDir":".+","builtAt":".+"\}$/);
    expect(plain(stdout)).not.toContain('{"level":');
  }, 150_000);

  it('is one JSON object per line when the output is not a terminal, progress included', async () => {
    // A fresh data directory, so the reports are embedded and progress is shown.
    const freshDir = mkdtempSync(join(tmpdir(), 'rapporteur-logs-'));
    try {
      const { stdout, stderr } = await run(TSX, ['adapters/cli/ingest-command.ts'], { cwd: REPO_ROOT, env: { ...env, DATA_DIR: freshDir }, timeout: 120_000 });
      const lines = stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines.find((l) => String(l.msg).startsWith('index built'))).toMatchObject({ level: 30, app: 'rapporteur', dataDir: freshDir, records: expect.any(Number) });
      const embedded = lines.filter((l) => l.msg === 'embedding the reports');
      expect(embedded.at(-1)).toMatchObject({ done: expect.any(Number), total: embedded.at(-1)?.done });
      // `npm start > log 2>&1` mixes both streams: no progress bar in either.
      expect(stderr).toBe('');
    } finally {
      rmSync(freshDir, { recursive: true, force: true });
    }
  }, 150_000);
});
