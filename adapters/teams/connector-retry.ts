import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Retries calls to the Bot Connector on the statuses Teams uses for "try again": 429 (throttled),
 * 412 (conversation busy), 502/503/504 (gateway). The Azure pipeline under the connector client
 * retries 5xx and 429-with-Retry-After on its own; this layer covers what it leaves (429 without
 * Retry-After, 412) and a 5xx that outlasts it, with exponential backoff and full jitter so
 * many replies do not retry in lockstep.
 */

export interface ConnectorRetryOptions {
  /** Attempts in all, including the first. */
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

const RETRYABLE_STATUSES = new Set([412, 429, 502, 503, 504]);
const DEFAULTS: Required<ConnectorRetryOptions> = { attempts: 5, baseDelayMs: 500, maxDelayMs: 8_000 };

interface ConnectorFailure {
  statusCode?: number;
  response?: { headers?: { get?(name: string): string | undefined } };
}

/** The HTTP status of a failed connector call, when it came from the connector. */
export function connectorStatus(error: unknown): number | undefined {
  const status = (error as ConnectorFailure | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

function retryAfterMs(error: unknown): number | undefined {
  const header = (error as ConnectorFailure | null)?.response?.headers?.get?.('retry-after');
  const seconds = header === undefined ? NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/** Runs `call`, retrying retryable connector failures; the last failure is rethrown. */
export async function withConnectorRetry<T>(
  call: () => Promise<T>,
  options: ConnectorRetryOptions = {},
  onRetry?: (status: number, attempt: number, delayMs: number) => void,
): Promise<T> {
  const { attempts, baseDelayMs, maxDelayMs } = { ...DEFAULTS, ...options };
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const status = connectorStatus(error);
      if (status === undefined || !RETRYABLE_STATUSES.has(status) || attempt >= attempts) throw error;
      const backoff = Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      const delayMs = Math.min(maxDelayMs, Math.max(backoff, retryAfterMs(error) ?? 0));
      onRetry?.(status, attempt, delayMs);
      await sleep(delayMs);
    }
  }
}
