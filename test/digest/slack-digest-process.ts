import { slackDigestPublisher } from '../../adapters/slack/slack-digest-publisher.js';
import { slackOutboxPoster } from '../../adapters/slack/slack-outbox-poster.js';
import type { SlackChannel } from '../../adapters/slack/slack-channel.js';
import { buildDigest } from '../../bot/digest/build-digest.js';
import { DigestScheduler } from '../../bot/digest/digest-scheduler.js';
import { OutboxDispatcher } from '../../bot/outbox/outbox-dispatcher.js';
import { OutboxWorker } from '../../bot/outbox/outbox-worker.js';
import { SqliteStateStore } from '../../bot/state/sqlite/sqlite-state-store.js';
import { capturingLogger, fullDigestCorpus, type LogLine } from './digest-fixtures.js';

/** What `npm start` runs for Slack digests, over one state file: a process a test can stop and start again. */
export interface SlackDigestProcess {
  store: SqliteStateStore;
  dispatcher: OutboxDispatcher;
  worker: OutboxWorker;
  scheduler: DigestScheduler;
  lines: LogLine[];
  /** Starts as the server does: unfinished outbox posts resumed, then the calendar's due digests. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** A process posting the calendar's digests through `slack` (a real Slack channel on the fake Web API). */
export function slackDigestProcess(slack: SlackChannel, stateFile: string, calendarFile: string): SlackDigestProcess {
  const store = new SqliteStateStore(stateFile);
  const { logger, lines } = capturingLogger();
  const dispatcher = new OutboxDispatcher(store.outbox, [slackOutboxPoster(slack)], { logger });
  const worker = new OutboxWorker(store.outbox, dispatcher, { logger });
  const scheduler = new DigestScheduler({
    calendarFile,
    outbox: store.outbox,
    dispatcher,
    publishers: [slackDigestPublisher()],
    buildDigest: (meeting) => buildDigest(fullDigestCorpus(), meeting),
    logger,
  });
  return {
    store,
    dispatcher,
    worker,
    scheduler,
    lines,
    async start() {
      await worker.start();
      await scheduler.start();
    },
    async stop() {
      await scheduler.stop();
      await worker.stop();
      await dispatcher.close();
      store.close();
    },
  };
}
