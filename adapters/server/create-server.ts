import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Answerer } from '../../bot/answer.js';
import type { Logger } from '../../bot/logger.js';
import type { DigestPreview } from '../web/digest-route.js';
import { createWebChannel } from '../web/web-channel.js';
import type { ChannelMount } from './channel-mount.js';
import { createHealthRoutes } from './health-routes.js';
import type { Readiness } from './readiness.js';
import { createRequestLogging } from './request-logging.js';
import { securityHeaders } from './security-headers.js';

export interface ServerOptions {
  /** Answers playground questions (the same one the channels were built with). */
  answerer: Answerer;
  readiness: Readiness;
  /** Slack, Teams: whatever the configuration enables. The web playground is always added. */
  channels: ChannelMount[];
  logger: Logger;
  maxQuestionChars: number;
  rateLimitPerMinute: number;
  /** The playground's digest preview (`GET /api/digest`); left out, the route answers 404. */
  digestPreview?: DigestPreview;
}

export interface ListeningAddress {
  url: string;
  port: number;
}

/** The bot's one HTTP server with every channel on it. */
export interface RapporteurServer {
  readonly app: Express;
  /** Names of the mounted channels, playground included. */
  readonly channels: string[];
  /** Listens (port 0 picks a free one), then starts channels that are more than routes. */
  listen(port: number, host: string): Promise<ListeningAddress>;
  /**
   * Stops accepting connections, waits for requests in flight (answers being written),
   * then stops every channel. At `forceAfterMs` (default 25 s) whatever still runs is cut —
   * connections closed, channels' outbound calls aborted — and the promise rejects, so
   * nothing hung (a request, the Slack API) can hold shutdown past it.
   */
  close(forceAfterMs?: number): Promise<void>;
}

/**
 * Builds the express app: security headers, request logging with ids, health probes, the
 * channels and the playground, and JSON errors under `/api`. Knows channels only as
 * `ChannelMount`s.
 */
export function createServer(options: ServerOptions): RapporteurServer {
  const { readiness, logger } = options;
  const mounts = [
    ...options.channels,
    createWebChannel({
      answerer: options.answerer,
      maxQuestionChars: options.maxQuestionChars,
      rateLimitPerMinute: options.rateLimitPerMinute,
      digestPreview: options.digestPreview,
    }),
  ];

  const app = express();
  app.use(securityHeaders());
  app.use(createRequestLogging(logger));
  app.use((_req: Request, res: Response, next: NextFunction) => {
    // While draining, answer what arrives on open connections but ask clients not to reuse them.
    if (readiness.state === 'draining') res.set('Connection', 'close');
    next();
  });
  app.use(createHealthRoutes(readiness));
  for (const mount of mounts) mount.mount(app);
  app.use('/api', (req: Request, res: Response) => {
    res.status(404).json({ error: `No such API: ${req.method} ${req.originalUrl}` });
  });
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = httpStatusOf(error);
    if (status >= 500) req.log.error({ err: error }, 'request failed');
    if (res.headersSent) return;
    res.status(status).json({ error: status >= 500 ? 'Internal error; see the server log.' : clientMessage(status) });
  });

  let http: Server | undefined;

  return {
    app,
    channels: mounts.map((m) => m.name),

    async listen(port, host) {
      http = app.listen(port, host);
      await once(http, 'listening');
      const { port: actual } = http.address() as AddressInfo;
      for (const mount of mounts) await mount.start?.();
      const shownHost = host.includes(':') ? `[${host}]` : host;
      return { url: `http://${shownHost}:${actual}`, port: actual };
    },

    async close(forceAfterMs = 25_000) {
      readiness.markDraining();
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(), forceAfterMs);
      try {
        if (http) await closeHttp(http, deadline.signal, logger);
        for (const mount of [...mounts].reverse()) {
          try {
            await mount.stop?.(deadline.signal);
          } catch (error) {
            logger.error({ err: error, channel: mount.name }, 'channel did not stop cleanly');
          }
        }
      } finally {
        clearTimeout(timer);
      }
      if (deadline.signal.aborted) throw new Error(`Work was still in flight after ${forceAfterMs} ms; it was cut`);
    },
  };
}

/** Closes the listener and waits for requests in flight; at the deadline, cuts their connections. */
function closeHttp(http: Server, deadline: AbortSignal, logger: Logger): Promise<void> {
  return new Promise((resolve, reject) => {
    const cut = (): void => {
      logger.warn('requests still in flight at the shutdown deadline; closing them');
      http.closeAllConnections();
    };
    deadline.addEventListener('abort', cut, { once: true });
    // Node closes idle keep-alive connections here; busy ones close after their response.
    http.close((error) => {
      deadline.removeEventListener('abort', cut);
      if (error && (error as NodeJS.ErrnoException).code !== 'ERR_SERVER_NOT_RUNNING') reject(error);
      else resolve();
    });
  });
}

function httpStatusOf(error: unknown): number {
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** Body-parser errors carry a status; say what to fix without echoing internals. */
function clientMessage(status: number): string {
  if (status === 413) return 'The request body is too large.';
  if (status === 400) return 'The request body is not valid JSON.';
  return 'The request could not be processed.';
}
