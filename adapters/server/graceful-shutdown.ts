import type { Logger } from '../../bot/logger.js';
import type { RapporteurServer } from './create-server.js';
import { watchParent } from './parent-watch.js';

/** Time past the deadline for the cut work to unwind and the store to close before a hard exit. */
const HARD_EXIT_GRACE_MS = 1000;

export interface ShutdownOptions {
  server: RapporteurServer;
  logger: Logger;
  /** Released last, after every answer in flight is written (e.g. `StateStore.close`). */
  release?: () => void | Promise<void>;
  /**
   * The shutdown deadline (default 25 s, inside Kubernetes' 30 s): at it, requests and channel
   * work still running are cut; a second later the process exits whatever still hangs.
   */
  forceAfterMs?: number;
  /** Injected so tests of this module do not end the test runner. */
  exit?: (code: number) => void;
  signals?: NodeJS.Signals[];
  /** Shut down when the parent process exits (default true; see parent-watch.ts). */
  watchParent?: boolean;
}

/**
 * SIGTERM/SIGINT, or the parent process gone: stop accepting, let answers in flight finish,
 * stop channels, release the state store, exit 0 (1 if something had to be cut). The node
 * process handles this itself because `npm start` exits at once on SIGTERM and does not wait
 * for its child. A second signal while shutting down exits at once.
 */
export function installShutdownHandlers(options: ShutdownOptions): () => void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const forceAfterMs = options.forceAfterMs ?? 25_000;
  let shuttingDown = false;
  let exited = false;
  const exitOnce = (code: number): void => {
    if (exited) return;
    exited = true;
    exit(code);
  };

  const begin = (reason: Record<string, unknown>): void => {
    shuttingDown = true;
    options.logger.info(reason, 'shutting down: finishing answers in flight');
    // The last resort: whatever hangs after the deadline (a release, an unabortable call) cannot keep the process.
    const hardExit = setTimeout(() => {
      options.logger.error({ forceAfterMs }, 'shutdown passed its deadline; exiting now');
      exitOnce(1);
    }, forceAfterMs + HARD_EXIT_GRACE_MS);
    void shutDown(options, forceAfterMs).then((code) => {
      clearTimeout(hardExit);
      exitOnce(code);
    });
  };

  const onSignal = (signal: NodeJS.Signals): void => {
    if (shuttingDown) {
      options.logger.warn({ signal }, 'second signal during shutdown; exiting now');
      exitOnce(1);
      return;
    }
    begin({ signal });
  };

  for (const signal of signals) process.on(signal, onSignal);
  const stopWatching =
    options.watchParent === false
      ? () => undefined
      : watchParent((formerParent) => {
          if (!shuttingDown) begin({ reason: 'parent process exited', formerParent });
        });
  return () => {
    stopWatching();
    for (const signal of signals) process.off(signal, onSignal);
  };
}

async function shutDown(options: ShutdownOptions, forceAfterMs: number): Promise<number> {
  let code = 0;
  try {
    await options.server.close(forceAfterMs);
  } catch (error) {
    options.logger.error({ err: error }, 'shutdown cut work in flight');
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
