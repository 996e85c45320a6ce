import { createHmac } from 'node:crypto';

/**
 * Requests as Slack sends them to `/slack/events`, signed with the real v0 scheme
 * (`v0=HMAC-SHA256(secret, "v0:<timestamp>:<body>")`), and fixture factories for their bodies.
 */

export interface SignedRequestOptions {
  /** Unix seconds; defaults to now. Older than five minutes is rejected by Bolt. */
  timestamp?: number;
  /** Sets `X-Slack-Retry-Num` (and a retry reason), as Slack does on redelivery. */
  retryNum?: number;
  /** Replaces the computed signature (to test forged requests). */
  signature?: string;
}

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** POSTs a body exactly as Slack would, signature headers included. */
export async function postSigned(
  url: string,
  secret: string,
  body: string,
  contentType: 'application/json' | 'application/x-www-form-urlencoded',
  options: SignedRequestOptions = {},
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': options.signature ?? slackSignature(secret, timestamp, body),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return fetch(url, { method: 'POST', headers, body });
}

/** An Events API delivery (`event_callback`). */
export function sendEvent(url: string, secret: string, envelope: object, options?: SignedRequestOptions): Promise<Response> {
  return postSigned(url, secret, JSON.stringify(envelope), 'application/json', options);
}

/** A slash command: form-encoded fields. */
export function sendCommand(url: string, secret: string, fields: Record<string, string>, options?: SignedRequestOptions): Promise<Response> {
  return postSigned(url, secret, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);
}

/** An interactivity payload (button click): form field `payload` holding JSON. */
export function sendInteraction(url: string, secret: string, payload: object, options?: SignedRequestOptions): Promise<Response> {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return postSigned(url, secret, body, 'application/x-www-form-urlencoded', options);
}

let eventCounter = 0;

/** Wraps an event in the envelope Slack delivers; each call gets a new `event_id` unless given. */
export function eventEnvelope(event: object, options: { eventId?: string; teamId?: string } = {}): Record<string, unknown> {
  eventCounter += 1;
  const teamId = options.teamId ?? 'T0001';
  return {
    token: 'legacy-verification-token',
    team_id: teamId,
    api_app_id: 'A0001',
    event,
    type: 'event_callback',
    event_id: options.eventId ?? `Ev${String(eventCounter).padStart(8, '0')}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: teamId, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

export interface MessageFields {
  channel?: string;
  user?: string;
  text: string;
  ts: string;
  threadTs?: string;
}

/** `app_mention` in a public channel. */
export function mentionEvent(fields: MessageFields): Record<string, unknown> {
  return {
    type: 'app_mention',
    user: fields.user ?? 'U0ASKER',
    text: fields.text,
    ts: fields.ts,
    channel: fields.channel ?? 'C0GENERAL',
    event_ts: fields.ts,
    ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
  };
}

/** `message` in a channel (`channel_type: channel`) or a DM (`im`), optionally with extra fields. */
export function messageEvent(
  fields: MessageFields & { channelType?: 'channel' | 'im' | 'group' },
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'message',
    user: fields.user ?? 'U0ASKER',
    text: fields.text,
    ts: fields.ts,
    channel: fields.channel ?? 'C0GENERAL',
    channel_type: fields.channelType ?? 'channel',
    event_ts: fields.ts,
    ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
    ...extra,
  };
}

let triggerCounter = 0;

/** The fields of `/rapporteur <text>`; each call gets a new `trigger_id`, as each invocation does in Slack. */
export function slashCommand(fields: { text: string; responseUrl: string; channel?: string; user?: string }): Record<string, string> {
  triggerCounter += 1;
  return {
    token: 'legacy-verification-token',
    team_id: 'T0001',
    team_domain: 'fake',
    channel_id: fields.channel ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: fields.user ?? 'U0ASKER',
    user_name: 'asker',
    command: '/rapporteur',
    text: fields.text,
    api_app_id: 'A0001',
    response_url: fields.responseUrl,
    trigger_id: `1111.${triggerCounter}.abcd`,
  };
}

/** A click on Slack's native 👍/👎 (`feedback_buttons`), carrying the clicked button's value. */
export function feedbackClick(fields: { actionId: string; value: string; responseUrl: string; user?: string }): Record<string, unknown> {
  const click = buttonClick(fields);
  const action = { type: 'feedback_buttons', action_id: fields.actionId, block_id: 'rapporteur_answer_feedback', value: fields.value, action_ts: '1700000001.000000' };
  return { ...click, actions: [action] };
}

/** A `block_actions` click on a button. */
export function buttonClick(fields: {
  actionId: string;
  value: string;
  responseUrl: string;
  channel?: string;
  user?: string;
  ephemeral?: boolean;
}): Record<string, unknown> {
  const channel = fields.channel ?? 'C0GENERAL';
  return {
    type: 'block_actions',
    team: { id: 'T0001', domain: 'fake' },
    user: { id: fields.user ?? 'U0ASKER', username: 'asker', team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: channel, is_ephemeral: fields.ephemeral ?? false },
    trigger_id: '1111.2222.abcd',
    channel: { id: channel, name: 'general' },
    response_url: fields.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: fields.actionId,
        block_id: 'rapporteur_answer_actions',
        value: fields.value,
        text: { type: 'plain_text', text: 'button' },
        action_ts: '1700000001.000000',
      },
    ],
  };
}
