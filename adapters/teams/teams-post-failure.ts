import type { PostFailure } from '../../bot/outbox/outbox-poster.js';
import { ErrorCode, RapporteurError } from '../../retrieval/errors.js';
import { connectorStatus } from './connector-retry.js';

/** Statuses the Bot Connector uses for "try again": throttled, conversation busy, gateway trouble. */
const TRANSIENT_STATUSES = new Set([408, 412, 429, 500, 502, 503, 504]);

/**
 * What a failed Teams post means for the outbox. 403 (`BotNotInConversationRoster`: the bot was
 * removed from the team or chat without hearing of it) and 404 (the conversation is gone) are
 * the target's, as is a conversation the bot has no reference for; 401 and other 4xx are
 * permanent (credentials, or the activity itself refused); throttling, 5xx and network
 * failures are transient.
 */
export function classifyTeamsFailure(error: unknown): PostFailure {
  if (error instanceof RapporteurError && error.code === ErrorCode.ConversationUnknown) return { kind: 'target', reason: error.message };
  const status = connectorStatus(error);
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (status === undefined) return { kind: 'transient', reason: `Bot Connector not reached: ${message}` };
  const reason = `${status}${typeof code === 'string' ? ` ${code}` : ''}: ${message}`;
  if (status === 403 || status === 404) return { kind: 'target', reason };
  return { kind: TRANSIENT_STATUSES.has(status) ? 'transient' : 'permanent', reason };
}
