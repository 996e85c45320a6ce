import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../../bot/logger.js';

/** Slack's rule: a signed request's timestamp is within five minutes of now. */
export const SIGNATURE_WINDOW_SECONDS = 5 * 60;

/**
 * Refuses (401) a request whose `X-Slack-Request-Timestamp` is more than five minutes from now
 * in either direction. Bolt's receiver refuses only old timestamps, so a request signed with a
 * future one could be replayed until that time came; this runs before Bolt sees the request.
 * A missing or malformed timestamp is refused too: Slack always sends whole seconds.
 */
export function requireSlackTimestampInWindow(logger: Logger, now: () => number = Date.now): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers['x-slack-request-timestamp'];
    // Slack sends whole seconds; Bolt would also read `1e12` or ` 123` as numbers.
    if (typeof header !== 'string' || !/^\d{1,12}$/.test(header)) {
      logger.warn({ timestamp: String(header).slice(0, 40) }, 'Slack request refused: no valid X-Slack-Request-Timestamp');
      res.status(401).send();
      return;
    }
    const skewSeconds = Number(header) - Math.floor(now() / 1000);
    if (Math.abs(skewSeconds) > SIGNATURE_WINDOW_SECONDS) {
      logger.warn({ skewSeconds }, 'Slack request refused: its timestamp is more than five minutes from now');
      res.status(401).send();
      return;
    }
    next();
  };
}
