import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFieldCaseCalendar } from '../support/field-cases.js';
import { FakeSlackApi } from '../support/fake-slack-api.js';
import { REPO_ROOT, SEEDS_DIR, SHARED_INDEX_DIR } from '../support/test-paths.js';
import { spawnServer, type SpawnedServer } from './spawn-server.js';

const MAIN = join(REPO_ROOT, 'adapters', 'server', 'main.ts');
const CHANNEL = 'C0DIGEST01';

let children: ChildProcess[] = [];
let fake: FakeSlackApi | undefined;
let scratch: string | undefined;
afterEach(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children = [];
  await fake?.close();
  fake = undefined;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

/**
 * `npm start`'s environment over a copy of the shared index (ready in seconds), with Slack
 * pointed at the fake Web API and a calendar whose digest is due now (field case 14).
 */
function serverEnv(slackApiUrl: string): NodeJS.ProcessEnv {
  scratch = mkdtempSync(join(tmpdir(), 'rapporteur-outbox-restart-'));
  const dataDir = join(scratch, 'data');
  cpSync(SHARED_INDEX_DIR, dataDir, { recursive: true });
  const meetingsFile = join(scratch, 'meetings.json');
  writeFileSync(meetingsFile, JSON.stringify(loadFieldCaseCalendar('14-digest-partial-failure-meetings.json')));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEEDS_DIR, MEETINGS_FILE: meetingsFile, LOG_LEVEL: 'info' };
  for (const name of Object.keys(env)) if (/^(SLACK_|Microsoft|LLM_|OPENAI_|ANTHROPIC_|OLLAMA_|npm_)/.test(name)) delete env[name];
  return { ...env, SLACK_BOT_TOKEN: 'xoxb-restart', SLACK_SIGNING_SECRET: 'restart-secret', SLACK_API_URL: slackApiUrl };
}

function start(env: NodeJS.ProcessEnv): SpawnedServer {
  const server = spawnServer(MAIN, [], env);
  children.push(server.child);
  return server;
}

/** Kills the server while Slack holds its digest head unanswered, then starts it again with Slack answering. */
async function killDuringHungPostThenRestart(accepted: boolean): Promise<SpawnedServer> {
  fake = await FakeSlackApi.start();
  fake.stall('chat.postMessage', { accept: accepted });
  const env = serverEnv(fake.apiUrl);
  const first = start(env);
  await fake.waitFor(() => fake!.callsTo('chat.postMessage').length === 1, 60_000, 'the digest head, hanging');
  first.child.kill('SIGKILL');
  await first.exited;

  fake.unstall();
  const second = start(env);
  await second.logged('digest schedule ready');
  await second.logged('resumed 1 unfinished outbox posts');
  return second;
}

/** Exactly one digest head in the channel, and every other part in its thread. */
function expectOneDigest(): void {
  const heads = fake!.channelMessages(CHANNEL);
  expect(heads).toHaveLength(1);
  const replies = fake!.threadReplies(CHANNEL, heads[0]!.ts);
  expect(replies.length).toBeGreaterThan(0);
  const parts = [heads[0]!, ...replies].map((m) => (m.metadata as { event_payload: { part: number } }).event_payload.part);
  expect(parts).toEqual(parts.map((_, i) => i));
}

describe('a digest post interrupted by SIGKILL, then a restart (real server processes)', () => {
  it('Slack had posted the head: the restart finds it by its metadata, does not post it again, and finishes the thread', { timeout: 120_000 }, async () => {
    const server = await killDuringHungPostThenRestart(true);

    expectOneDigest();
    const heads = fake!.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === undefined);
    expect(heads).toHaveLength(1);
    expect(fake!.callsTo('conversations.history').map((c) => c.args.include_all_metadata)).toEqual(['true']);
    expect(server.lines.find((l) => l.msg === 'outbox part was already posted before the interruption; not sending it again')).toMatchObject({ part: 0 });
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('Slack had not posted the head: the restart looks, then posts the digest once', { timeout: 120_000 }, async () => {
    const server = await killDuringHungPostThenRestart(false);

    expectOneDigest();
    expect(fake!.callsTo('conversations.history')).toHaveLength(1);
    expect(server.lines.some((l) => l.msg === 'outbox part was already posted before the interruption; not sending it again')).toBe(false);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
