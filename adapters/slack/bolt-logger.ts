import { format } from 'node:util';
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../bot/logger.js';

/**
 * Lets Bolt, its WebClient and the Socket Mode client log through the bot's pino logger, so
 * their lines carry the same fields and obey LOG_LEVEL. Bolt logs `(message, error)` pairs;
 * errors become pino's `err` field.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]): void => {
      if (!logger.isLevelEnabled(level)) return;
      const err = args.find((arg) => arg instanceof Error);
      const message = format(...args.filter((arg) => arg !== err));
      if (err) logger[level]({ err }, message);
      else logger[level](message);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    // LOG_LEVEL decides; Bolt calls setLevel with its own default, which must not override it.
    setLevel: () => undefined,
    getLevel: () => boltLevelOf(logger.level),
    setName: () => undefined,
  };
}

function boltLevelOf(level: string): LogLevel {
  if (level === 'debug' || level === 'trace') return LogLevel.DEBUG;
  if (level === 'info') return LogLevel.INFO;
  if (level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
}
