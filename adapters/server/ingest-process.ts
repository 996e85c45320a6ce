import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ErrorCode, RapporteurError } from '../../retrieval/errors.js';

/** `npm run ingest`'s entry: the same progress bar, logs and error messages. */
const INGEST_COMMAND = fileURLToPath(new URL('../cli/ingest-command.ts', import.meta.url));

/**
 * Builds the index in a child process running the ingest command. Embedding keeps a CPU busy
 * for minutes in long synchronous stretches; in this process that would stall `/healthz`
 * and every channel, and an orchestrator would kill the server mid-ingest. The child
 * inherits the terminal, so its progress bar (count and ETA) shows as with `npm run ingest`.
 * Aborting `signal` (shutdown) stops the child.
 */
export function runIngestProcess(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    // execArgv carries the TypeScript loader (tsx) this process was started with.
    const child = spawn(process.execPath, [...process.execArgv, INGEST_COMMAND], {
      stdio: 'inherit',
      env: process.env,
      signal,
    });
    child.once('error', reject);
    child.once('exit', (code, exitSignal) => {
      if (code === 0) resolve();
      else
        reject(
          new RapporteurError(
            ErrorCode.IndexMissing,
            `Building the index failed (${exitSignal ?? `exit code ${code}`}); the reason is printed above. Fix it and run \`npm start\` again.`,
          ),
        );
    });
  });
}
