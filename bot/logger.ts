import { isatty } from 'node:tty';
import { pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/**
 * Every module takes a child of this logger instead of printing. In a terminal the lines are
 * for a person (`12:00:01 INFO: playground live at …`); anywhere else — a file, a container,
 * a log shipper, a test following the log — one JSON object per line. Commands whose stdout
 * is their output (`ask --json`) log to stderr instead.
 */
export function createLogger(level: string = 'info', options: { stderr?: boolean } = {}): Logger {
  const fd = options.stderr ? 2 : 1;
  const settings = { level, base: { app: 'rapporteur' } };
  return pino(settings, isatty(fd) ? terminalStream(fd) : pino.destination(fd));
}

/**
 * One coloured line per entry, extra fields after the message. It runs in this process and
 * writes synchronously (not pino's worker-thread transport), so nothing is lost when a
 * command exits right after logging. Request lines already name method, path and status.
 */
function terminalStream(fd: number): DestinationStream {
  return pretty({
    destination: fd,
    sync: true,
    colorize: true,
    translateTime: 'SYS:HH:MM:ss',
    singleLine: true,
    ignore: 'pid,hostname,app,req.method,req.url,res',
  });
}

/** A logger that writes nothing, for tests and library use. */
export const silentLogger: Logger = pino({ level: 'silent' });
