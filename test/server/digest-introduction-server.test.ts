import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editedPlanSeeds } from '../digest/digest-fixtures.js';
import { GUARDED_INTRODUCTION, MODEL_REPLY } from '../digest/introduced-digest.js';
import { FakeOpenAiServer } from '../support/fake-openai-server.js';
import { REPO_ROOT } from '../support/test-paths.js';
import { spawnServer } from './spawn-server.js';

const MAIN = join(REPO_ROOT, 'adapters', 'server', 'main.ts');

let child: ChildProcess | undefined;
let model: FakeOpenAiServer | undefined;
const seedsDir = editedPlanSeeds();
const scratch = mkdtempSync(join(tmpdir(), 'rapporteur-digest-intro-server-'));
afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await model?.close();
  rmSync(seedsDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm start with a chat model: the playground digest', () => {
  it('GET /api/digest opens with the model-written introduction, labelled', async () => {
    model = await FakeOpenAiServer.start(() => MODEL_REPLY);
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(scratch, 'data'), SEEDS_DIR: seedsDir, LOG_LEVEL: 'info' };
    for (const name of Object.keys(env)) if (/^(SLACK_|Microsoft|LLM_|OPENAI_|ANTHROPIC_|OLLAMA_)/.test(name)) delete env[name];
    Object.assign(env, {
      MEETINGS_FILE: join(scratch, 'meetings.json'),
      LLM_PROVIDER: 'openai',
      LLM_MODEL: 'local-test-model',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: model.baseUrl,
    });
    const server = spawnServer(MAIN, [], env);
    child = server.child;
    const url = String((await server.logged('playground live at ')).url).replace(/\/$/, '');
    expect(await server.logged('digests open with an introduction written by a language model')).toMatchObject({ provider: 'openai', model: 'local-test-model' });

    // Digests need the seeds, not the index: the preview answers while the index is built.
    const response = await fetch(`${url}/api/digest`);
    expect(response.status).toBe(200);
    const outline = (await response.json()) as { title: string; introduction?: { text: string; label: string } };
    expect(outline.title).toBe('Digest: Current reports');
    expect(outline.introduction).toEqual({ text: GUARDED_INTRODUCTION, label: 'Written by a language model from the action-item changes under “What changed”.' });
    expect(model.requests).toHaveLength(1);

    child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
