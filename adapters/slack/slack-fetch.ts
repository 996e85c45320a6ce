import { setTimeout as sleep } from 'node:timers/promises';
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../bot/logger.js';
import { isPostingMethod, nothingWasSent, SlackPostUncertainError } from './slack-post-outcome.js';

/** Retry-After is honoured up to a minute; a chat answer later than that is worth less than a log line. */
export const MAX_RETRY_AFTER_SECONDS = 60;

export interface SlackFetchOptions {
  logger: Logger;
  /** Limit for one HTTP attempt; waiting out a rate limit does not count against it. */
  timeoutMs: number;
  /** Rate-limited attempts sent again after waiting, per call. */
  rateLimitRetries?: number;
  maxRetryAfterSeconds?: number;
}

/** The transport under every Slack Web API call and `response_url` post of one channel. */
export interface SlackFetch {
  readonly fetch: webApi.FetchFunction;
  /** Aborts every call in flight or waiting and refuses new ones (the shutdown deadline). */
  abort(): void;
  /** True once `abort` was called: nothing is retried any more. */
  readonly aborted: boolean;
}

/**
 * Slack rate limits posting per channel (`chat.postMessage` about once a second per channel).
 * The WebClient's own handling pauses its whole queue on a 429, so one busy channel would hold
 * up every other; here a 429 closes only the channel it was about (or the method, for calls
 * without a channel) until its `Retry-After` — capped and logged — and the call is sent again.
 * Calls for other channels go on meanwhile. The client must have `rejectRateLimitedCalls`, so a
 * 429 that outlasts the retries fails the call instead of pausing the queue.
 *
 * A posting call (`chat.postMessage`) that timed out, lost its connection or got a 5xx may have
 * been posted: it fails with a `SlackPostUncertainError`, which the client's retry policy does
 * not retry (`slackRetryPolicy`), so the sender can look for the message before sending again.
 */
/**
 * Aborts after `ms` like `AbortSignal.timeout`, but held by its timer: on Node 20 an
 * `AbortSignal.timeout` passed only into `AbortSignal.any` can be garbage-collected before it
 * fires, and the request then waits for Slack however long it takes (seen as a flaky timeout).
 */
function timeoutSignal(ms: number): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms).unref();
  return controller.signal;
}

export function createSlackFetch(options: SlackFetchOptions): SlackFetch {
  const { logger, timeoutMs } = options;
  const retries = options.rateLimitRetries ?? 3;
  const maxWaitSeconds = options.maxRetryAfterSeconds ?? MAX_RETRY_AFTER_SECONDS;
  const shutdown = new AbortController();
  /** When each rate-limited key may be called again (epoch ms). */
  const openAt = new Map<string, number>();

  const waitUntilOpen = async (key: string, signal: AbortSignal): Promise<void> => {
    const until = openAt.get(key);
    if (until === undefined) return;
    const remaining = until - Date.now();
    if (remaining > 0) await sleep(remaining, undefined, { signal });
    else openAt.delete(key);
  };

  const slackFetch: webApi.FetchFunction = async (url, init = {}) => {
    const key = rateLimitKey(url, init.body);
    const waiting = init.signal ? AbortSignal.any([shutdown.signal, init.signal]) : shutdown.signal;
    for (let attempt = 0; ; attempt++) {
      await waitUntilOpen(key, waiting);
      const response = await sendOnce(url, { ...init, signal: AbortSignal.any([waiting, timeoutSignal(timeoutMs)]) });
      const retryAfterSeconds = response.status === 429 ? retryAfterOf(response.headers.get('retry-after')) : undefined;
      // Node's Response is what the WebClient expects; TypeScript's lib types miss `headers.entries`.
      if (retryAfterSeconds === undefined || attempt >= retries) return response as unknown as Awaited<ReturnType<webApi.FetchFunction>>;
      const waitSeconds = Math.min(retryAfterSeconds, maxWaitSeconds);
      openAt.set(key, Math.max(openAt.get(key) ?? 0, Date.now() + waitSeconds * 1000));
      logger.warn(
        { rateLimited: key, method: methodOf(url), retryAfterSeconds, waitSeconds, attempt: attempt + 1 },
        waitSeconds < retryAfterSeconds ? 'Slack rate limit: Retry-After capped; waiting on this channel only' : 'Slack rate limit: waiting on this channel only',
      );
      await response.body?.cancel();
    }
  };

  /** One HTTP attempt; a posting call that may have reached Slack fails as uncertain. */
  const sendOnce = async (url: string | URL, init: RequestInit): Promise<Response> => {
    const method = methodOf(url);
    if (!isPostingMethod(method)) return fetch(url, init);
    let response: Response;
    try {
      response = await fetch(url, init);
    } catch (error) {
      if (shutdown.signal.aborted || nothingWasSent(error)) throw error;
      throw new SlackPostUncertainError(method, undefined, { cause: error });
    }
    if (response.status < 500) return response;
    await response.body?.cancel();
    throw new SlackPostUncertainError(method, response.status);
  };

  return {
    fetch: slackFetch,
    abort: () => shutdown.abort(new Error('Slack calls aborted at shutdown')),
    get aborted() {
      return shutdown.signal.aborted;
    },
  };
}

/** The channel a call is about, else its method (or `response_url`): what a 429 closes. */
function rateLimitKey(url: string | URL, body: unknown): string {
  if (typeof body === 'string' && !body.startsWith('{')) {
    const channel = new URLSearchParams(body).get('channel');
    if (channel) return `channel:${channel}`;
  }
  return `method:${methodOf(url)}`;
}

function methodOf(url: string | URL): string {
  return new URL(String(url)).pathname.split('/').pop() ?? '';
}

/** Slack sends whole seconds; anything else is not a rate limit this code can wait out. */
function retryAfterOf(header: string | null): number | undefined {
  if (header === null || !/^\d{1,9}$/.test(header.trim())) return undefined;
  return Number(header.trim());
}
