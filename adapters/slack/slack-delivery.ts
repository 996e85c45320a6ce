import { randomUUID } from 'node:crypto';
import { ErrorCode as BoltErrorCode, webApi, type RespondFn } from '@slack/bolt';
import type { Logger } from '../../bot/logger.js';
import { findPostedMessage, type PostMetadata } from './slack-message-lookup.js';
import { uncertainPostOf } from './slack-post-outcome.js';
import { renderSlackNotice, type RenderedSlackAnswer, type SlackMessage } from './slack-renderer.js';

/** Where a message goes with `chat.postMessage`: a channel or DM, in a thread or not. */
export interface SlackPostTarget {
  channel: string;
  threadTs?: string;
}

/** Slack's reasons for rejecting blocks; the message is then worth retrying as plain text. */
const REJECTED_BLOCKS = new Set(['invalid_blocks', 'invalid_blocks_format', 'msg_blocks_too_long']);

/** Slack's error string (`not_in_channel`, `invalid_blocks`, …) from a Web API or response_url failure. */
export function slackErrorOf(error: unknown): string | undefined {
  const coded = error as { code?: unknown; data?: { error?: unknown } } | null;
  if (coded?.code === webApi.ErrorCode.PlatformError && typeof coded.data?.error === 'string') return coded.data.error;
  return undefined;
}

/**
 * Posts a rendered answer: the message, then any continuation as replies in its thread.
 * Returns the message's `ts`. Throws what Slack refused after the plain-text retry; callers
 * log it with the question, so nothing is lost silently.
 */
export async function postRenderedAnswer(
  client: webApi.WebClient,
  target: SlackPostTarget,
  rendered: RenderedSlackAnswer,
  log: Logger,
): Promise<string | undefined> {
  const ts = await postSlackMessage(client, target, rendered.message, log);
  const threadTs = target.threadTs ?? ts;
  for (const reply of rendered.threadReplies) {
    await postSlackMessage(client, { channel: target.channel, threadTs }, reply, log);
  }
  return ts;
}

/**
 * Shows a rendered answer through a `response_url`, continuation included: ephemeral (only
 * the asker sees it) or in the channel. Throws what Slack refused after the plain-text retry.
 */
export async function respondRenderedAnswer(
  respond: RespondFn,
  rendered: RenderedSlackAnswer,
  log: Logger,
  responseType: 'ephemeral' | 'in_channel' = 'ephemeral',
): Promise<void> {
  for (const message of [rendered.message, ...rendered.threadReplies]) {
    await respondWithPlainFallback(respond, message, responseType, log);
  }
}

/** Metadata naming one answer message, so a post Slack did not confirm can be found. */
export function answerMetadata(): PostMetadata {
  return { event_type: 'rapporteur_answer', event_payload: { post: randomUUID() } };
}

/**
 * `chat.postMessage` with blocks and `metadata` naming the message (an answer's own by
 * default); when Slack rejects the blocks (`invalid_blocks`) the same message goes again as
 * plain text and the rejection is logged. Returns the message's `ts`. A post Slack did not
 * confirm is looked for before it is sent again (`sendOnce`).
 */
export async function postSlackMessage(
  client: webApi.WebClient,
  target: SlackPostTarget,
  message: SlackMessage,
  log: Logger,
  metadata: PostMetadata = answerMetadata(),
): Promise<string | undefined> {
  const base = { channel: target.channel, thread_ts: target.threadTs, unfurl_links: false, unfurl_media: false, metadata };
  try {
    return await sendOnce(client, { ...base, text: message.text, blocks: message.blocks }, log);
  } catch (error) {
    const reason = slackErrorOf(error);
    if (reason === undefined || !REJECTED_BLOCKS.has(reason)) throw error;
    log.warn({ slackError: reason, blocks: message.blocks.length }, 'Slack rejected the blocks; posting plain text');
    return sendOnce(client, { ...base, text: message.text }, log);
  }
}

/**
 * Posts a message that must not appear twice. When Slack's answer never came (a timeout, a
 * dropped connection, a 5xx) the message may be posted all the same, so the channel or thread
 * is read for it by its metadata; only when it is not there is it sent once more.
 */
async function sendOnce(
  client: webApi.WebClient,
  args: webApi.ChatPostMessageArguments & { channel: string; thread_ts?: string; metadata: PostMetadata },
  log: Logger,
): Promise<string | undefined> {
  const since = Date.now();
  try {
    return (await client.chat.postMessage(args)).ts;
  } catch (error) {
    const uncertain = uncertainPostOf(error);
    if (!uncertain) throw error;
    const where = { channel: args.channel, threadTs: args.thread_ts, since };
    const found = await findPostedMessage(client, where, args.metadata);
    log.warn(
      { reason: uncertain.message, channel: args.channel, threadTs: args.thread_ts, found: found ?? null },
      found ? 'Slack did not confirm the post, but it is there; not sending it again' : 'Slack did not confirm the post and it is not there; sending it once more',
    );
    return found ?? (await client.chat.postMessage(args)).ts;
  }
}

async function respondWithPlainFallback(
  respond: RespondFn,
  message: SlackMessage,
  responseType: 'ephemeral' | 'in_channel',
  log: Logger,
): Promise<void> {
  try {
    await respond({ response_type: responseType, replace_original: false, text: message.text, blocks: message.blocks });
  } catch (error) {
    // response_url answers a rejected payload with HTTP 400 and no Web API error code.
    const status = (error as { code?: unknown; statusCode?: unknown }).statusCode;
    if ((error as { code?: unknown }).code !== BoltErrorCode.RespondError || status !== 400) throw error;
    log.warn({ status }, 'Slack rejected the blocks sent to response_url; sending plain text');
    await respond({ response_type: responseType, replace_original: false, text: message.text });
  }
}

/** A short notice through a `response_url` that only the person who clicked or typed sees. */
export async function respondNotice(respond: RespondFn, text: string): Promise<void> {
  await respond({ response_type: 'ephemeral', replace_original: false, ...renderSlackNotice(text) });
}
