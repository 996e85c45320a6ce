import { silentLogger, type Logger } from '../logger.js';
import type { OutboxStore } from '../state/outbox-store.js';
import type { DeliveryOutcome, OutboxDispatcher } from './outbox-dispatcher.js';

export interface OutboxWorkerOptions {
  logger?: Logger;
  now?: () => number;
  /** How often due retries are looked for. Default 30 s. */
  intervalMs?: number;
}

const DEFAULT_INTERVAL_MS = 30_000;

/**
 * Keeps the outbox moving in the server: at start it resumes every post left unfinished (a
 * crash, a restart, a post whose conversation came back), whatever its backoff said, because
 * a restart is a new chance; then it delivers retries as they fall due. One delivery at a time:
 * posts to one channel keep their order and the platform sees no burst.
 */
export class OutboxWorker {
  private readonly logger: Logger;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<DeliveryOutcome[]> = Promise.resolve([]);

  constructor(
    private readonly store: OutboxStore,
    private readonly dispatcher: OutboxDispatcher,
    private readonly options: OutboxWorkerOptions = {},
  ) {
    this.logger = (options.logger ?? silentLogger).child({ component: 'outbox' });
    this.now = options.now ?? Date.now;
  }

  /** Resumes unfinished posts, then checks for due retries every `intervalMs`. */
  async start(): Promise<DeliveryOutcome[]> {
    const resumed = await this.run(() => this.store.pending());
    if (resumed.length > 0) {
      this.logger.info({ posts: resumed.map((o) => ({ label: o.label, status: o.status })) }, `resumed ${resumed.length} unfinished outbox posts`);
    }
    this.timer = setInterval(() => void this.runDue(), this.options.intervalMs ?? DEFAULT_INTERVAL_MS);
    this.timer.unref();
    return resumed;
  }

  /** Delivers every post that is due now (and whose lease is free). */
  runDue(): Promise<DeliveryOutcome[]> {
    return this.run(() => this.store.due(this.now()));
  }

  /** Stops the timer and waits for the delivery in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private run(keys: () => Promise<string[]>): Promise<DeliveryOutcome[]> {
    const run = this.running.then(async () => {
      const outcomes: DeliveryOutcome[] = [];
      for (const key of await keys()) outcomes.push(await this.dispatcher.deliver(key));
      return outcomes;
    });
    this.running = run.catch((error: unknown) => {
      this.logger.error({ err: error }, 'outbox delivery failed');
      return [];
    });
    return run;
  }
}
