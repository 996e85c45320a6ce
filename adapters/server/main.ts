/**
 * `npm start`: one process serving the playground, and Slack and Teams when configured.
 * config → channels → listen (health probes answer at once) → open or build the index →
 * ready. The node process handles SIGTERM/SIGINT itself, and shuts down when the process that
 * started it (npm) exits (see graceful-shutdown.ts).
 */
import { loadConfig, type Config } from '../../bot/config.js';
import { indexedDigestCorpus } from '../../bot/digest/digest-corpus.js';
import { digestOutline } from '../../bot/digest/digest-outline.js';
import { prepareDigestIntroducer } from '../../bot/digest/digest-introducer.js';
import type { DigestScheduler } from '../../bot/digest/digest-scheduler.js';
import { DigestService } from '../../bot/digest/digest-service.js';
import { createLogger, type Logger } from '../../bot/logger.js';
import { prepareAnswerer } from '../../bot/open-answerer.js';
import { stateFile, type Rapporteur } from '../../bot/rapporteur.js';
import { openStateStore } from '../../bot/state/open-state-store.js';
import { ErrorCode, RapporteurError, asRapporteurError } from '../../retrieval/errors.js';
import { HELP_OPTION, readCommandLine } from '../cli/command-line.js';
import { planChannels } from './channel-plan.js';
import { createServer, type RapporteurServer } from './create-server.js';
import { DeferredAnswerer } from './deferred-answerer.js';
import { channelDigestPreviews, startDigestScheduler } from './digest-wiring.js';
import { installShutdownHandlers } from './graceful-shutdown.js';
import { startLiveIndex } from './live-index.js';
import { startOutbox, type RunningOutbox } from './outbox-wiring.js';
import { prepareRapporteur } from './prepare-rapporteur.js';
import { Readiness } from './readiness.js';
import { logChannels } from './startup-report.js';

const HELP = {
  invocation: 'npm start --',
  text: `
Usage: npm start

Serves Rapporteur on one HTTP port: the playground at http://HOST:PORT/, GET /healthz and
GET /readyz, and Slack (/slack/events) and Teams (/api/messages) when their variables are set.
Builds the index from the seeds first when there is none (one to two minutes on two cores,
once). Settings are environment variables, not flags; README › Configuration lists them.
Ctrl-C stops it cleanly.

Options:
  -h, --help   show this help

Examples:
  npm start
  PORT=8080 LOG_LEVEL=debug npm start
  HOST=0.0.0.0 SLACK_BOT_TOKEN=xoxb-… SLACK_SIGNING_SECRET=… npm start
`,
};

function listenProblem(error: unknown, config: Config): string | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return `Port ${config.PORT} on ${config.HOST} is already in use. Stop the other process or set PORT.`;
  if (code === 'EADDRNOTAVAIL') return `HOST=${config.HOST} is not an address of this machine.`;
  if (code === 'EACCES') return `Not allowed to listen on port ${config.PORT}; use a port above 1024.`;
  return undefined;
}

async function main(config: Config, logger: Logger): Promise<void> {
  // Chat model settings and prompts are checked before anything listens or loads.
  const configuredAnswerer = prepareAnswerer(config, { logger });
  const introducer = prepareDigestIntroducer(config, { logger });
  // PostgreSQL unreachable here ends the start with a message naming it (exit 1).
  const store = await openStateStore({ databaseUrl: config.DATABASE_URL, sqliteFile: stateFile(config), logger });
  logger.info({ backend: store.backend }, `state store: ${store.backend === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : stateFile(config)}`);
  const answerer = new DeferredAnswerer();
  const readiness = new Readiness();
  // Digests come from the index edition answers use once it is loaded, from the seeds until then,
  // so previews work at once and chat and digest never disagree.
  let answering: Rapporteur | undefined;
  const digests = new DigestService({
    seedsDir: config.SEEDS_DIR,
    calendarFile: config.MEETINGS_FILE,
    logger,
    introducer,
    edition: () => answering && indexedDigestCorpus(answering.index),
  });
  const plan = planChannels(config, { answerer, store, logger, digestPreviews: channelDigestPreviews(digests) });
  let scheduling: Promise<DigestScheduler> | undefined;
  let outbox: RunningOutbox | undefined;
  // Unfinished outbox posts stay in the state file: the next start resumes them.
  const stopDigests = async (): Promise<void> => {
    await (await scheduling)?.stop();
    await outbox?.stop();
  };
  const server: RapporteurServer = createServer({
    answerer,
    readiness,
    channels: plan.mounts,
    logger,
    maxQuestionChars: config.MAX_QUESTION_CHARS,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    digestPreview: async () => digestOutline(await digests.introduce(digests.digestFor())),
  });
  // Shutdown also stops a first-run ingest that is still building the index.
  const building = new AbortController();
  installShutdownHandlers({
    server,
    logger,
    forceAfterMs: config.SHUTDOWN_TIMEOUT_MS,
    release: async () => {
      building.abort();
      await stopDigests();
      await store.close();
    },
  });

  let url: string;
  try {
    ({ url } = await server.listen(config.PORT, config.HOST));
  } catch (error) {
    const problem = listenProblem(error, config);
    throw problem ? new RapporteurError(ErrorCode.ConfigInvalid, problem, { cause: error }) : error;
  }
  logChannels(logger, url, [...plan.mounts, { name: 'web' }], plan.off);
  // Posts a previous run left unfinished are resumed; scheduled digests need the seeds and the
  // calendar, not the index, so catch-up posts go out now.
  outbox = startOutbox({ store, logger, plan, settings: { leaseMs: config.OUTBOX_LEASE_MS, intervalMs: config.OUTBOX_INTERVAL_MS } });
  scheduling = startDigestScheduler(config, { store, logger, digests, plan, dispatcher: outbox.dispatcher });

  try {
    const rapporteur = await prepareRapporteur(config, { logger, store, readiness, signal: building.signal });
    answerer.resolve(configuredAnswerer(rapporteur));
    answering = rapporteur;
    // Each edition `npm run ingest` publishes is swapped in between questions.
    startLiveIndex(config, { rapporteur, readiness, logger });
    readiness.markReady();
    logger.info({ url, records: rapporteur.index.manifest.records }, `ready: ask at ${url}/`);
  } catch (error) {
    // A shutdown signal (Ctrl-C reaches the ingest child too) ended the build; the shutdown
    // handler is already finishing and exits cleanly.
    if (readiness.state === 'draining' || building.signal.aborted) return;
    await server.close().catch(() => undefined);
    await stopDigests();
    await store.close();
    throw error;
  }
}

readCommandLine(HELP, { options: HELP_OPTION });

let logger: Logger | undefined;
try {
  const config = loadConfig();
  logger = createLogger(config.LOG_LEVEL);
  await main(config, logger);
} catch (thrown) {
  const error = asRapporteurError(thrown);
  // Coded errors already say what to fix; only the unexpected ones need a stack.
  const details = error.code === ErrorCode.Unknown ? { err: error, code: error.code } : { code: error.code };
  if (logger) logger.fatal(details, error.message);
  else process.stderr.write(`Rapporteur cannot start: ${error.message}\n`);
  process.exit(1);
}
