import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; every module takes a child logger instead of printing. */
export function createLogger(level: string = 'info'): Logger {
  return pino({ level, base: { app: 'rapporteur' } });
}

/** A logger that writes nothing, for tests and library use. */
export const silentLogger: Logger = pino({ level: 'silent' });
