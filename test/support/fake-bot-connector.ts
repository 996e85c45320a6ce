import { EventEmitter, once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';

/**
 * A local stand-in for the Bot Connector service (the network edge Teams replies go to): it
 * records what the real botbuilder connector client sent over HTTP, and can answer with
 * failures (429, 412, 502…) to exercise retries. Point an activity's `serviceUrl` at `url`.
 */

export interface RecordedActivity {
  /** Id the fake gave the posted activity. */
  id: string;
  conversationId: string;
  /** Set when the bot replied to an activity (`POST …/activities/:activityId`). */
  replyToId?: string;
  /** The JSON body exactly as received. */
  activity: Record<string, unknown> & { type?: string; text?: string };
}

export interface FailureOptions {
  times?: number;
  retryAfterSeconds?: number;
  /** The connector's error code and message (`BotNotInConversationRoster`, …); made up when absent. */
  code?: string;
  message?: string;
  matching?: (activity: RecordedActivity['activity']) => boolean;
}

export interface FakeBotConnector {
  /** Service URL for activities, with a trailing slash as Teams sends it. */
  readonly url: string;
  /** Delivered activities, in arrival order (failed attempts are not here). */
  readonly activities: RecordedActivity[];
  /** Activities answered with an injected failure, in arrival order. */
  readonly refused: (RecordedActivity & { status: number })[];
  /**
   * Answers the next `times` posts that match `matching` (default: any) with `status`, and a
   * Retry-After header when `retryAfterSeconds` is given.
   */
  failNext(status: number, options?: FailureOptions): void;
  /** Delivered activities of type `message`. */
  messages(): RecordedActivity[];
  /** Resolves with the first delivered activity matching `predicate` (already or in future). */
  waitFor(predicate: (recorded: RecordedActivity) => boolean): Promise<RecordedActivity>;
  close(): Promise<void>;
}

export async function startFakeBotConnector(): Promise<FakeBotConnector> {
  const activities: RecordedActivity[] = [];
  const refused: (RecordedActivity & { status: number })[] = [];
  const failures: (FailureOptions & { status: number })[] = [];
  const arrivals = new EventEmitter();
  arrivals.setMaxListeners(0);
  let nextId = 1;

  const record = (req: Request, res: Response) => {
    const conversationId = String(req.params.conversationId);
    const replyToId = req.params.activityId === undefined ? undefined : String(req.params.activityId);
    const recorded: RecordedActivity = { id: `activity-${nextId++}`, conversationId, replyToId, activity: req.body };
    const failure = failures.findIndex((f) => f.matching?.(recorded.activity) ?? true);
    if (failure >= 0) {
      const [{ status, retryAfterSeconds, code, message }] = failures.splice(failure, 1) as [FailureOptions & { status: number }];
      refused.push({ ...recorded, status });
      if (retryAfterSeconds !== undefined) res.set('Retry-After', String(retryAfterSeconds));
      res.status(status).json({ error: { code: code ?? `Status${status}`, message: message ?? 'Injected by the fake Bot Connector' } });
      return;
    }
    activities.push(recorded);
    arrivals.emit('activity', recorded);
    res.status(200).json({ id: recorded.id });
  };

  const app = express();
  app.use(express.json({ limit: '5mb' }));
  app.post('/v3/conversations/:conversationId/activities', record);
  app.post('/v3/conversations/:conversationId/activities/:activityId', record);
  app.post('/v3/conversations', (_req, res) => {
    res.status(200).json({ id: `conversation-${nextId++}`, activityId: `activity-${nextId++}` });
  });

  const server: Server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    activities,
    refused,
    failNext(status, options = {}) {
      for (let i = 0; i < (options.times ?? 1); i++) failures.push({ ...options, status });
    },
    messages: () => activities.filter((a) => a.activity.type === 'message'),
    waitFor(predicate) {
      const found = activities.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => {
        const listener = (recorded: RecordedActivity) => {
          if (!predicate(recorded)) return;
          arrivals.off('activity', listener);
          resolve(recorded);
        };
        arrivals.on('activity', listener);
      });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
