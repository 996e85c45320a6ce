import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { FakeOpenAiServer, type CompletionReply } from '../support/fake-openai-server.js';
import { readRecordQuestions } from '../../retrieval/index/record-questions.js';
import { makeSmallSeeds } from '../support/small-seeds.js';
import { REPO_ROOT } from '../support/test-paths.js';

const run = promisify(execFile);
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

// The small seeds come with the shipped questions, but for one action a new edition rewrote.
const seedsDir = makeSmallSeeds();
const excerpt = join(seedsDir, 'action-plan-excerpt.txt');
const REWRITTEN = 'TSB to develop a programme to assist developing countries to link national innovations to standardization and to report yearly to TSAG (resolves 2)';
writeFileSync(excerpt, readFileSync(excerpt, 'utf8').replace(/\tTSB to develop a programme to assist developing countries to develop methods[^\n]*/, `\t${REWRITTEN}`));
const dataDirs: string[] = [];
afterAll(() => {
  rmSync(seedsDir, { recursive: true, force: true });
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

let server: FakeOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const REPLY = '1. is anyone helping poorer countries get their homegrown inventions into standards?\n2. who supports local innovators in developing nations joining standards work?\n3. does TSAG hear every year about the innovation programme for developing countries';

async function questions(dataDir: string, reply?: (request: unknown) => CompletionReply, timeoutMs = 5000): Promise<{ stdout: string; stderr: string; code: number }> {
  const env: NodeJS.ProcessEnv = { ...process.env, SEEDS_DIR: seedsDir, DATA_DIR: dataDir, LOG_LEVEL: 'info' };
  for (const name of Object.keys(env)) if (/^(LLM_|OPENAI_|ANTHROPIC_|OLLAMA_)/.test(name)) delete env[name];
  if (reply) {
    server ??= await FakeOpenAiServer.start(reply);
    Object.assign(env, { LLM_PROVIDER: 'openai', LLM_MODEL: 'local-test-model', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.baseUrl, LLM_TIMEOUT_MS: String(timeoutMs) });
  }
  try {
    const { stdout, stderr } = await run(TSX, ['adapters/cli/questions-command.ts'], { cwd: REPO_ROOT, env, timeout: 120_000 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

function newDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapporteur-questions-cli-'));
  dataDirs.push(dir);
  return dir;
}

describe('npm run questions (real ChatOpenAI, local OpenAI-compatible server)', () => {
  it('writes questions only for the record that has none, rebuilds the index, and asks nothing on a second run', async () => {
    const dataDir = newDataDir();
    const first = await questions(dataDir, () => REPLY);
    // The excerpt drops the titles of Resolutions 44 and 45, so their records differ from the
    // shipped ones too; every other record of the small seeds has its questions already.
    expect(first.stdout).toContain('"written":3,"failed":0');
    expect(first.code).toBe(0);
    expect(server!.requests).toHaveLength(3);
    const asked = server!.requests.map((r) => r.body.messages[1]!.content);
    expect(asked.filter((content) => content.includes(`Action: ${REWRITTEN}`))).toHaveLength(1);
    const lines = readFileSync(join(dataDir, 'record-questions.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.record).sort()).toEqual(['item:44-02', 'res:44', 'res:45']);
    expect(lines.find((line) => line.record === 'item:44-02').questions).toEqual([
      'is anyone helping poorer countries get their homegrown inventions into standards?',
      'who supports local innovators in developing nations joining standards work?',
      'does TSAG hear every year about the innovation programme for developing countries',
    ]);
    expect(existsSync(join(dataDir, 'manifest.json'))).toBe(true);
    const keywords = readFileSync(join(dataDir, 'editions', JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')).edition, 'keyword-index.json'), 'utf8');
    // "homegrown" is no word of the reports: only the question put it in the index.
    expect(keywords).toContain('homegrown');

    const again = await questions(dataDir, () => REPLY);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('"written":0,"failed":0');
    expect(server!.requests).toHaveLength(3);
  }, 180_000);

  it('keeps going when the model does not answer, says which record has no questions, and exits 1', async () => {
    const dataDir = newDataDir();
    const late = await questions(dataDir, () => 'hang', 300);
    expect(late.code).toBe(1);
    expect(late.stdout).toContain('"record":"item:44-02"');
    expect(late.stdout).toContain('no questions for this record');
    expect(late.stdout).toContain('"msg":"some records have no search questions yet: run npm run questions again once the model answers"');
    expect(existsSync(join(dataDir, 'record-questions.jsonl'))).toBe(false);
  }, 60_000);

  it('starts a new line after a line an interrupted run left half written, losing none it writes', async () => {
    const dataDir = newDataDir();
    const file = join(dataDir, 'record-questions.jsonl');
    writeFileSync(file, '{"record":"item:44-02","subject":"0123","questions":["what did the ru');
    const run = await questions(dataDir, () => REPLY);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"written":3,"failed":0');
    const { questions: read, invalid } = readRecordQuestions([file]);
    expect(invalid).toBe(1);
    expect(read.size).toBe(3);
  }, 180_000);

  it('says how to configure a model when none is, and writes nothing', async () => {
    const dataDir = newDataDir();
    const none = await questions(dataDir);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('No chat model is configured: set LLM_PROVIDER (openai, anthropic or ollama) and its key, then run this again.\n');
    expect(existsSync(join(dataDir, 'record-questions.jsonl'))).toBe(false);
  });
});
