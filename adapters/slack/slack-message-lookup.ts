import type { webApi } from '@slack/bolt';

/**
 * Finding a message the bot may already have posted, by the metadata it posted it with
 * (`metadata: {event_type, event_payload}`, invisible to people): after a `chat.postMessage`
 * that got no answer, and after a restart that interrupted a post. Reads the channel with
 * `conversations.history`, or the thread with `conversations.replies`, asking Slack for the
 * messages' metadata (`include_all_metadata`); the bot's `channels:history`, `groups:history`
 * and `im:history` scopes allow it.
 */

/** The metadata Rapporteur puts on what it posts; `event_payload` names the post. */
export interface PostMetadata {
  event_type: 'rapporteur_digest' | 'rapporteur_answer' | 'rapporteur_post';
  event_payload: Record<string, string | number>;
}

export interface MessageWhere {
  channel: string;
  /** Look in this thread (its replies) rather than the channel's own messages. */
  threadTs?: string;
  /** Epoch ms no later than the post was first sent: older messages are not read. */
  since: number;
}

/** Pages read at most: a post is looked for soon after it was sent, so it is among the latest. */
const MAX_PAGES = 5;
const PAGE_SIZE = 200;
/** Slack's clock and ours may differ a little; read from a minute before. */
const CLOCK_MARGIN_MS = 60_000;

interface ListedMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

function matches(message: ListedMessage, wanted: PostMetadata): boolean {
  const metadata = message.metadata;
  if (metadata?.event_type !== wanted.event_type) return false;
  return Object.entries(wanted.event_payload).every(([key, value]) => metadata.event_payload?.[key] === value);
}

/**
 * The `ts` of the message carrying `metadata` in the channel or thread, or `undefined` when
 * there is none. Throws what Slack answered when it could not be read (the caller then cannot
 * know and must not send again).
 */
export async function findPostedMessage(client: webApi.WebClient, where: MessageWhere, metadata: PostMetadata): Promise<string | undefined> {
  const oldest = ((where.since - CLOCK_MARGIN_MS) / 1000).toFixed(6);
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const common = { channel: where.channel, oldest, limit: PAGE_SIZE, include_all_metadata: true, cursor };
    const result = where.threadTs
      ? await client.conversations.replies({ ...common, ts: where.threadTs })
      : await client.conversations.history(common);
    const found = ((result.messages ?? []) as ListedMessage[]).find((m) => matches(m, metadata));
    if (found?.ts) return found.ts;
    cursor = result.response_metadata?.next_cursor || undefined;
    if (!cursor) return undefined;
  }
  return undefined;
}
