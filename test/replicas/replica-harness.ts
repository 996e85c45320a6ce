import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer, type SpawnedServer } from '../server/spawn-server.js';
import { REPO_ROOT, SEEDS_DIR, SHARED_INDEX_DIR } from '../support/test-paths.js';

const MAIN = join(REPO_ROOT, 'adapters', 'server', 'main.ts');
export const SIGNING_SECRET = 'replica-secret';

/** A replica: a real `adapters/server/main.ts` process. */
export interface Replica {
  server: SpawnedServer;
  url: string;
  eventsUrl: string;
  teamsUrl: string;
}

/**
 * What several replicas share: one DATA_DIR holding one built index (a copy of the shared
 * test index), one calendar, one database, one fake Slack. `env` is `npm start`'s environment
 * with every channel variable of the test runner's own shell removed.
 */
export class ReplicaSet {
  readonly dir = mkdtempSync(join(tmpdir(), 'rapporteur-replicas-'));
  readonly replicas: Replica[] = [];
  private readonly env: NodeJS.ProcessEnv;

  constructor(options: { databaseUrl: string; slackApiUrl: string; calendar?: unknown; extraEnv?: NodeJS.ProcessEnv }) {
    const dataDir = join(this.dir, 'data');
    cpSync(SHARED_INDEX_DIR, dataDir, { recursive: true });
    const meetingsFile = join(this.dir, 'meetings.json');
    writeFileSync(meetingsFile, JSON.stringify(options.calendar ?? { meetings: [] }));
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of Object.keys(env)) if (/^(SLACK_|Microsoft|LLM_|OPENAI_|ANTHROPIC_|OLLAMA_|npm_|DATABASE_URL)/.test(name)) delete env[name];
    this.env = {
      ...env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEEDS_DIR,
      MEETINGS_FILE: meetingsFile,
      LOG_LEVEL: 'info',
      DATABASE_URL: options.databaseUrl,
      SLACK_BOT_TOKEN: 'xoxb-replicas',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: options.slackApiUrl,
      ...options.extraEnv,
    };
  }

  /** Starts one more replica and resolves when it answers questions. */
  async start(): Promise<Replica> {
    const server = spawnServer(MAIN, [], this.env);
    const url = String((await server.logged('playground live at ')).url).replace(/\/$/, '');
    await server.logged('ready: ask at ');
    const replica = { server, url, eventsUrl: `${url}/slack/events`, teamsUrl: `${url}/api/messages` };
    this.replicas.push(replica);
    return replica;
  }

  /** Stops every replica still running (SIGKILL: the test is over) and removes the shared folder. */
  async close(): Promise<void> {
    for (const { server } of this.replicas.splice(0)) {
      if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
      await server.exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
