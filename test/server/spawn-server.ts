import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface LogLine {
  msg: string;
  [key: string]: unknown;
}

export interface SpawnedServer {
  child: ChildProcess;
  /** Every JSON log line printed so far. */
  lines: LogLine[];
  /** Resolves with the first log line whose `msg` starts with `prefix` (now or later). */
  logged(prefix: string): Promise<LogLine>;
  /** The exit code. */
  exited: Promise<number | null>;
  /** Non-JSON output, e.g. the progress bar and npm noise. */
  stderr(): string;
}

/** How long an exit waits for the output still in the pipe. */
const OUTPUT_GRACE_MS = 2_000;

/** Runs a TypeScript entry (`node --import tsx`) and follows its pino log lines on stdout. */
export function spawnServer(entry: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env): SpawnedServer {
  return spawnLogged(process.execPath, ['--import', 'tsx', entry, ...args], { env });
}

/** Runs any command (e.g. `npm start`) and follows the pino log lines it prints on stdout. */
export function spawnLogged(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): SpawnedServer {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: options.env ?? process.env, cwd: options.cwd });
  const lines: LogLine[] = [];
  const waiters: { prefix: string; resolve: (line: LogLine) => void }[] = [];
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += String(chunk)));
  const reader = createInterface({ input: child.stdout! });
  const outputRead = new Promise<void>((resolve) => reader.once('close', resolve));
  reader.on('line', (text) => {
    if (!text.startsWith('{')) return;
    const line = JSON.parse(text) as LogLine;
    lines.push(line);
    for (const waiter of waiters.filter((w) => line.msg.startsWith(w.prefix))) waiter.resolve(line);
  });
  // 'exit' can come before the last lines are read: a loaded machine had lost "stopped". The
  // output is waited for, but not for long: a grandchild (npm start's server) may still hold it.
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      const late = new Promise<void>((done) => setTimeout(done, OUTPUT_GRACE_MS).unref());
      void Promise.race([outputRead, late]).then(() => resolve(code));
    }),
  );
  const logged = (prefix: string) =>
    new Promise<LogLine>((resolve, reject) => {
      const seen = lines.find((l) => l.msg.startsWith(prefix));
      if (seen) return resolve(seen);
      waiters.push({ prefix, resolve });
      void exited.then((code) =>
        reject(new Error(`server exited (${code}) before logging "${prefix}". Log: ${lines.map((l) => l.msg).join(' | ')} ${errors}`)),
      );
    });
  return { child, lines, logged, exited, stderr: () => errors };
}
