import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { editedPlanSeeds } from '../digest/digest-fixtures.js';
import { GUARDED_INTRODUCTION, MODEL_REPLY } from '../digest/introduced-digest.js';
import { FakeOpenAiServer, type CompletionReply } from '../support/fake-openai-server.js';
import { REPO_ROOT } from '../support/test-paths.js';

const run = promisify(execFile);
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const ARGS = ['--dry-run', '--date', '2027-01-25', '--meeting', 'TSAG 5'];

const seedsDir = editedPlanSeeds();
const dataDir = mkdtempSync(join(tmpdir(), 'rapporteur-digest-intro-cli-'));
afterAll(() => {
  rmSync(seedsDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

let server: FakeOpenAiServer | undefined;
let plainRun: Promise<{ stdout: string; stderr: string; code: number }> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** `npm run digest` on the edited editions, with no chat model or with one behind `reply`. */
async function digest(reply?: (request: unknown) => CompletionReply, timeoutMs = 5000): Promise<{ stdout: string; stderr: string; code: number }> {
  const env: NodeJS.ProcessEnv = { ...process.env, SEEDS_DIR: seedsDir, DATA_DIR: dataDir, MEETINGS_FILE: join(dataDir, 'meetings.json'), LOG_LEVEL: 'info' };
  for (const name of Object.keys(env)) if (/^(LLM_|OPENAI_|ANTHROPIC_|OLLAMA_)/.test(name)) delete env[name];
  if (reply) {
    server = await FakeOpenAiServer.start(reply);
    Object.assign(env, { LLM_PROVIDER: 'openai', LLM_MODEL: 'local-test-model', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.baseUrl, LLM_TIMEOUT_MS: String(timeoutMs) });
  }
  try {
    const { stdout, stderr } = await run(TSX, ['adapters/cli/digest-command.ts', ...ARGS], { cwd: REPO_ROOT, env });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

/** The same command without a chat model, run once for both tests. */
function withoutModel(): Promise<{ stdout: string; stderr: string; code: number }> {
  plainRun ??= digest();
  return plainRun;
}

describe('npm run digest with a chat model (real ChatOpenAI, local OpenAI-compatible server)', () => {
  it('prints the digest opening with the model-written introduction, citations guarded', async () => {
    const plain = await withoutModel();
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain('language model');

    const introduced = await digest(() => MODEL_REPLY);
    expect(introduced.code).toBe(0);
    expect(introduced.stderr).toContain('"removed":["99-99"],"msg":"citation guard removed citations from a digest introduction"');
    const lines = introduced.stdout.split('\n');
    expect(lines[0]).toBe('# Digest: TSAG 5 · 25 January 2027 (Europe/Zurich)');
    // The first screen has no blank lines: title, sources, stale-source warning, then the introduction and its label.
    expect(lines[3]).toBe(GUARDED_INTRODUCTION.replace(/\[/g, '\\[').replace(/\]/g, '\\]'));
    expect(lines[4]).toMatch(/^_Written by a language model/);
    const plainLines = plain.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(plainLines.slice(0, 3));
    // The introduction takes two lines of the first screen's budget; the full lists are unchanged.
    const fullLists = (text: string): string => text.slice(text.indexOf('\n---\n'));
    expect(fullLists(introduced.stdout)).toBe(fullLists(plain.stdout));
    expect(lines.indexOf('---')).toBeLessThanOrEqual(plainLines.indexOf('---'));
    expect(server!.requests).toHaveLength(1);
    expect(server!.requests[0]!.body.messages[1]!.content).toContain('<change id="44-30">New status: “Over the period January 2022 to December 2022');
  });

  it('prints the digest without an introduction when the model does not answer in time', async () => {
    const plain = await withoutModel();
    const late = await digest(() => 'hang', 300);
    expect(late.code).toBe(0);
    expect(late.stdout).toBe(plain.stdout);
    expect(late.stderr).toContain('digest introduction failed: the digest goes out without one');
  });
});
