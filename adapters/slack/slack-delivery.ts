import { ErrorCode as BoltErrorCode, webApi, type RespondFn } from '@slack/bolt';
import type { Logger } from '../../bot/logger.js';
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

/**
 * `chat.postMessage` with blocks; when Slack rejects the blocks (`invalid_blocks`) the same
 * message goes again as plain text and the rejection is logged. Returns the message's `ts`.
 */
export async function postSlackMessage(
  client: webApi.WebClient,
  target: SlackPostTarget,
  message: SlackMessage,
  log: Logger,
): Promise<string | undefined> {
  const base = { channel: target.channel, thread_ts: target.threadTs, unfurl_links: false, unfurl_media: false };
  try {
    const result = await client.chat.postMessage({ ...base, text: message.text, blocks: message.blocks });
    return result.ts;
  } catch (error) {
    const reason = slackErrorOf(error);
    if (reason === undefined || !REJECTED_BLOCKS.has(reason)) throw error;
    log.warn({ slackError: reason, blocks: message.blocks.length }, 'Slack rejected the blocks; posting plain text');
    const result = await client.chat.postMessage({ ...base, text: message.text });
    return result.ts;
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
