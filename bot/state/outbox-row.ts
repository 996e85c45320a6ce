import type { OutboxEntry, OutboxFailure, OutboxKind, OutboxPost, OutboxStatus } from './outbox-store.js';

/** An outbox row as both backends store it (same columns; JSON kept as text). */
export interface OutboxRow {
  key: string;
  kind: OutboxKind;
  channel: OutboxPost['channel'];
  target: string;
  conversation: string;
  label: string;
  parts: string;
  context: string | null;
  expires_at: number | null;
  status: OutboxStatus;
  sent_ids: string;
  attempting: number | null;
  attempts: number;
  next_attempt_at: number;
  lease_owner: string | null;
  lease_until: number | null;
  last_error: string | null;
  failure: OutboxFailure | null;
  created_at: number;
  sent_at: number | null;
}

/** The row as the outbox contract hands it out. */
export function toEntry(row: OutboxRow): OutboxEntry {
  return {
    key: row.key,
    kind: row.kind,
    channel: row.channel,
    target: row.target,
    conversation: row.conversation,
    label: row.label,
    parts: JSON.parse(row.parts) as unknown[],
    context: row.context === null ? undefined : (JSON.parse(row.context) as unknown),
    expiresAt: row.expires_at ?? undefined,
    status: row.status,
    sentIds: JSON.parse(row.sent_ids) as (string | null)[],
    attempting: row.attempting,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    failure: row.failure,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

