import type { Logger } from '../../bot/logger.js';
import type { RapporteurServer } from './create-server.js';

export interface ShutdownOptions {
  server: RapporteurServer;
  logger: Logger;
  /** Released last, after every answer in flight is written (e.g. `StateStore.close`). */
  release?: () => void | Promise<void>;
  /** How long answers in flight may take before they are cut (default 25 s, inside Kubernetes' 30 s). */
  forceAfterMs?: number;
  /** Injected so tests of this module do not end the test runner. */
  exit?: (code: number) => void;
  signals?: NodeJS.Signals[];
}

/**
 * SIGTERM/SIGINT: stop accepting, let answers in flight finish, stop channels, release the
 * state store, exit 0 (1 if something had to be cut). The node process handles the signal
 * itself because `npm start` exits at once on SIGTERM and does not wait for its child.
 * A second signal while shutting down exits at once.
 */
export function installShutdownHandlers(options: ShutdownOptions): () => void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  let shuttingDown = false;

  const onSignal = (signal: NodeJS.Signals): void => {
    if (shuttingDown) {
      options.logger.warn({ signal }, 'second signal during shutdown; exiting now');
      exit(1);
      return;
    }
    shuttingDown = true;
    options.logger.info({ signal }, 'shutting down: finishing answers in flight');
    void shutDown(options).then(exit);
  };

  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}

async function shutDown(options: ShutdownOptions): Promise<number> {
  let code = 0;
  try {
    await options.server.close(options.forceAfterMs);
  } catch (error) {
    options.logger.error({ err: error }, 'shutdown cut requests in flight');
    code = 1;
  }
  try {
    await options.release?.();
  } catch (error) {
    options.logger.error({ err: error }, 'could not release resources');
    code = 1;
  }
  options.logger.info({ code }, 'stopped');
  return code;
}
