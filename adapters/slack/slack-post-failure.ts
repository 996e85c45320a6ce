import { webApi } from '@slack/bolt';
import type { PostFailure } from '../../bot/outbox/outbox-poster.js';
import { slackErrorOf } from './slack-delivery.js';
import { uncertainPostOf } from './slack-post-outcome.js';

/** Slack refusing the bot in the channel: nothing will post there until someone acts. */
const TARGET_ERRORS = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'channel_is_archived', 'cannot_dm_bot']);
/** Slack's own words for "try again later". */
const TRANSIENT_ERRORS = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'team_added_to_org']);

/**
 * What a failed Slack post means for the outbox: a post whose outcome is unknown, a rate limit,
 * a 5xx or a network failure is transient; a missing or archived channel, or the bot not in it,
 * is the target's; any other error Slack names (`invalid_auth`, `missing_scope`,
 * `msg_too_long`…) is permanent, since sending the same post again cannot change it.
 */
export function classifySlackFailure(error: unknown): PostFailure {
  const uncertain = uncertainPostOf(error);
  if (uncertain) return { kind: 'transient', reason: uncertain.message };
  const platform = slackErrorOf(error);
  if (platform !== undefined) {
    const kind = TARGET_ERRORS.has(platform) ? 'target' : TRANSIENT_ERRORS.has(platform) ? 'transient' : 'permanent';
    return { kind, reason: `Slack answered ${platform}` };
  }
  const coded = error as { code?: unknown; statusCode?: unknown; retryAfter?: unknown; original?: { message?: unknown } } | null;
  switch (coded?.code) {
    case webApi.ErrorCode.RateLimitedError:
      return { kind: 'transient', reason: `Slack rate limit (Retry-After ${String(coded.retryAfter)} s)` };
    case webApi.ErrorCode.HTTPError: {
      const status = Number(coded.statusCode);
      return { kind: status >= 500 ? 'transient' : 'permanent', reason: `Slack answered HTTP ${status}` };
    }
    case webApi.ErrorCode.RequestError:
      return { kind: 'transient', reason: `Slack could not be reached: ${String(coded.original?.message ?? 'request failed')}` };
    default:
      return { kind: 'permanent', reason: error instanceof Error ? error.message : String(error) };
  }
}
