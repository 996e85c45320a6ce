import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs; every module takes a child logger instead of printing. Commands whose
 * stdout is their output (`ask --json`) log to stderr instead.
 */
export function createLogger(level: string = 'info', options: { stderr?: boolean } = {}): Logger {
  const settings = { level, base: { app: 'rapporteur' } };
  return options.stderr ? pino(settings, pino.destination(2)) : pino(settings);
}

/** A logger that writes nothing, for tests and library use. */
export const silentLogger: Logger = pino({ level: 'silent' });
