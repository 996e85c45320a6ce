import { webApi } from '@slack/bolt';

/**
 * When a `chat.postMessage` fails, was anything posted? Only a failure before the request
 * reached Slack — a refused connection, an unknown host — or a 429 (Slack refused to look at
 * it) says no. A timeout, a dropped connection or a 5xx after the request was sent says
 * nothing: Slack may have posted the message and failed to answer. Such a post is never sent
 * again blindly; the sender looks for it by its metadata first.
 */

/** Web API methods that create something, so that sending them twice makes two. */
const POSTING_METHODS = new Set(['chat.postMessage']);

/** Network failures that happen before a request is on the wire. */
const NOTHING_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

/** A posting call whose outcome is unknown: it may or may not have been posted. */
export class SlackPostUncertainError extends Error {
  constructor(
    readonly method: string,
    /** The HTTP status Slack answered, when it answered at all. */
    readonly status: number | undefined,
    options?: { cause?: unknown },
  ) {
    super(
      status === undefined
        ? `${method} got no answer from Slack; it may have been posted`
        : `${method} answered HTTP ${status}; it may have been posted`,
      options,
    );
    this.name = 'SlackPostUncertainError';
  }
}

/** True for a Web API method whose repetition would post twice. */
export function isPostingMethod(method: string): boolean {
  return POSTING_METHODS.has(method);
}

/** True when a fetch failure happened before the request left this machine. */
export function nothingWasSent(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' && NOTHING_SENT.has(cause.code);
}

/**
 * The uncertain post inside a WebClient failure (the client wraps what its transport threw
 * in a `WebAPIRequestError`), or `undefined` when the failure is of another kind.
 */
export function uncertainPostOf(error: unknown): SlackPostUncertainError | undefined {
  if (error instanceof SlackPostUncertainError) return error;
  const wrapped = error as { code?: unknown; original?: unknown } | null;
  if (wrapped?.code === webApi.ErrorCode.RequestError && wrapped.original instanceof SlackPostUncertainError) return wrapped.original;
  return undefined;
}

/**
 * The WebClient retry policy: network failures and 5xx of other calls are retried with
 * backoff for about half a minute, but a posting call whose outcome is unknown is not (the
 * sender looks for it before sending again), nor anything once calls are being aborted at
 * shutdown. `rejectRateLimitedCalls` keeps 429s out of this policy (the transport waits them
 * out per channel).
 */
export function slackRetryPolicy(aborted: () => boolean): webApi.RetryOptions & { onFailedAttempt(error: Error): void } {
  return {
    retries: 4,
    factor: 2,
    minTimeout: 1000,
    maxTimeout: 15_000,
    randomize: true,
    onFailedAttempt(error) {
      const uncertain = uncertainPostOf(error);
      if (uncertain) throw uncertain;
      if (aborted()) throw error;
    },
  };
}
