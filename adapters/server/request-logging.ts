import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp, type HttpLogger } from 'pino-http';
import type { Logger } from '../../bot/logger.js';

/** Accept a caller's request id only when it is short and plain, so it cannot forge log lines. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Probes hit these every few seconds; logging them would drown the questions. */
const QUIET_PATHS = new Set(['/healthz', '/readyz']);

/** `POST /api/ask 503`: the request line, readable in a terminal and searchable in JSON. */
function requestLine(req: IncomingMessage, res: ServerResponse): string {
  const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url;
  return `${req.method} ${path} ${res.statusCode}`;
}

/**
 * pino-http gives every 5xx response an Error of its own, whose stack shows only pino-http.
 * A status is not an exception: real exceptions are logged with their stack where they are
 * caught (`request failed`, `answer failed`), so this stand-in is left out of the line.
 */
function isStatusOnly(res: ServerResponse, error: Error): boolean {
  return (res as ServerResponse & { err?: unknown }).err === undefined && error.message === `failed with status code ${res.statusCode}`;
}

/**
 * One log line per request with a request id, which is also returned as `X-Request-Id` and
 * carried by `req.log` so everything logged while answering a question shares it.
 * Headers are left out on purpose: Slack signatures and Bot Framework bearer tokens live there.
 * Expected refusals are not errors: 503 (index still being built, or shutting down) is info,
 * a declined request (400, 413, 429) is a warning, and neither carries a stack.
 */
export function createRequestLogging(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const offered = req.headers['x-request-id'];
      const id = typeof offered === 'string' && SAFE_REQUEST_ID.test(offered) ? offered : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    autoLogging: { ignore: (req) => QUIET_PATHS.has((req.url ?? '').split('?')[0] ?? '') },
    customLogLevel(_req, res, error) {
      if (error) return 'error';
      if (res.statusCode === 503) return 'info';
      if (res.statusCode >= 500) return 'error';
      if (res.statusCode >= 400) return 'warn';
      return 'info';
    },
    customSuccessMessage: (req, res) => (res.writableEnded ? requestLine(req, res) : `${requestLine(req, res)} aborted`),
    customErrorMessage: (req, res, error) => (isStatusOnly(res, error) ? requestLine(req, res) : `${requestLine(req, res)} failed: ${error.message}`),
    customErrorObject(_req, res, error, fields: Record<string, unknown>) {
      if (!isStatusOnly(res, error)) return fields;
      const { err: _statusOnly, ...rest } = fields;
      return rest;
    },
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
