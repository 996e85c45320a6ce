import type { Logger } from '../../bot/logger.js';
import { OutboxDispatcher } from '../../bot/outbox/outbox-dispatcher.js';
import type { OutboxPoster } from '../../bot/outbox/outbox-poster.js';
import { OutboxWorker } from '../../bot/outbox/outbox-worker.js';
import type { StateStore } from '../../bot/state/state-store.js';
import { slackOutboxPoster } from '../slack/slack-outbox-poster.js';
import type { ChannelPlan } from './channel-plan.js';

/** The outbox as the server runs it: one dispatcher for every channel that is on, and its worker. */
export interface RunningOutbox {
  dispatcher: OutboxDispatcher;
  worker: OutboxWorker;
  /** Stops the worker and the dispatcher; unfinished posts stay in the state file for the next start. */
  stop(): Promise<void>;
}

/** A poster for each channel that is on. */
export function outboxPosters(plan: Pick<ChannelPlan, 'slack' | 'teams'>): OutboxPoster[] {
  const posters: OutboxPoster[] = [];
  if (plan.slack) posters.push(slackOutboxPoster(plan.slack));
  if (plan.teams) posters.push(plan.teams.outboxPoster);
  return posters;
}

/**
 * Starts the outbox: posts a previous run left unfinished are resumed now (in the background:
 * a hung platform must not hold up the server), retries go out as they fall due.
 */
export function startOutbox(deps: {
  store: StateStore;
  logger: Logger;
  plan: Pick<ChannelPlan, 'slack' | 'teams'>;
  /** `OUTBOX_LEASE_MS` and `OUTBOX_INTERVAL_MS`: how soon another replica takes over a post whose holder died. */
  settings?: { leaseMs?: number; intervalMs?: number };
}): RunningOutbox {
  const dispatcher = new OutboxDispatcher(deps.store.outbox, outboxPosters(deps.plan), { logger: deps.logger, leaseMs: deps.settings?.leaseMs });
  const worker = new OutboxWorker(deps.store.outbox, dispatcher, { logger: deps.logger, intervalMs: deps.settings?.intervalMs });
  void worker.start().catch((error: unknown) => deps.logger.error({ err: error }, 'outbox could not resume unfinished posts'));
  return {
    dispatcher,
    worker,
    async stop() {
      await worker.stop();
      await dispatcher.close();
    },
  };
}
