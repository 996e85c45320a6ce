import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/test-paths.js';

const run = promisify(execFile);
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

/** Each command as `npm run --silent NAME -- …` runs it, and how its help names it. */
const COMMANDS = [
  {
    script: 'adapters/cli/ask-command.ts',
    invocation: 'npm run --silent ask --',
    usage: 'Usage: npm run --silent ask -- [--json] [QUESTION...]',
    example: 'npm run --silent ask -- "status of Resolution 44 fellowships"',
  },
  { script: 'adapters/cli/ingest-command.ts', invocation: 'npm run ingest --', usage: 'Usage: npm run ingest', example: 'npm run ingest' },
  {
    script: 'adapters/cli/eval-command.ts',
    invocation: 'npm run eval --',
    usage: 'Usage: npm run eval -- [--file PATH]... [--verbose]',
    example: 'npm run eval -- --file test/fixtures/eval/probe.jsonl --verbose',
  },
  {
    script: 'adapters/cli/digest-command.ts',
    invocation: 'npm run digest --',
    usage: 'Usage: npm run digest -- [--dry-run | --post] [--meeting NAME] [--date YYYY-MM-DD]',
    example: 'npm run digest -- --dry-run',
  },
  { script: 'adapters/cli/questions-command.ts', invocation: 'npm run questions --', usage: 'Usage: npm run questions', example: 'LLM_PROVIDER=ollama npm run questions' },
  { script: 'adapters/server/main.ts', invocation: 'npm start --', usage: 'Usage: npm start', example: 'PORT=8080 LOG_LEVEL=debug npm start' },
];

// An empty data folder: help and usage mistakes must answer before any index or port is touched.
const dataDir = mkdtempSync(join(tmpdir(), 'rapporteur-help-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The text as a literal regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function command(script: string, args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(TSX, [script, ...args], {
      cwd: REPO_ROOT,
      // PORT 1 would fail to listen if the server started anyway.
      env: { ...process.env, DATA_DIR: dataDir, PORT: '1', LOG_LEVEL: 'warn' },
      timeout: 30_000,
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe.each(COMMANDS)('$invocation', ({ script, invocation, usage, example }) => {
  it('prints usage, options and examples for --help and -h, and exits 0', async () => {
    for (const { stdout, stderr, code } of await Promise.all([command(script, ['--help']), command(script, ['-h'])])) {
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout.split('\n')[0]).toBe(usage);
      expect(stdout).toMatch(/\nOptions:\n(.+\n)* {2}-h, --help +show this help\n/);
      expect(stdout).toMatch(new RegExp(`\\nExamples:\\n(.+\\n)*  ${escape(example)}\\n`));
    }
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('refuses an unknown option in one line that points to --help, and exits 2', async () => {
    const { stdout, stderr, code } = await command(script, ['--colour']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`Unknown option --colour. Run \`${invocation} --help\` for usage and examples.\n`);
  });
});

describe('usage mistakes other than unknown options', () => {
  it('names an option given without its value', async () => {
    const { stderr, code } = await command('adapters/cli/eval-command.ts', ['--file']);
    expect(code).toBe(2);
    expect(stderr).toBe("Option '--file <value>' argument missing. Run `npm run eval -- --help` for usage and examples.\n");
  });

  it('names an argument given to a command that takes none', async () => {
    const { stderr, code } = await command('adapters/cli/ingest-command.ts', ['seeds']);
    expect(code).toBe(2);
    expect(stderr).toBe('Unexpected argument seeds: this command takes no arguments. Run `npm run ingest -- --help` for usage and examples.\n');
  });

  it('explains a contradiction between digest options the same way', async () => {
    const { stderr, code } = await command('adapters/cli/digest-command.ts', ['--dry-run', '--post']);
    expect(code).toBe(2);
    expect(stderr).toBe('Choose --dry-run or --post, not both. Run `npm run digest -- --help` for usage and examples.\n');
  });
});
