import { isIP } from 'node:net';
import type { Activity } from 'botbuilder';
import { z } from 'zod';

/**
 * The shape botbuilder relies on, checked before it sees an activity. botbuilder checks only
 * `type` and then iterates `entities`, `membersAdded`, `attachments`… as arrays and reads
 * `channelData` as an object: `"entities": "x"` would throw inside the turn and reach the user
 * as "Sorry, something went wrong". Such an activity is refused with a 400 naming the field.
 * Unknown fields pass through untouched; an explicit `null` for a list is read as absent.
 */
const Account = z.object({ id: z.string().min(1), name: z.string().nullish() }).passthrough();

/** A list of at most `max` items, or nothing (`null` becomes absent, as botbuilder expects). */
const optionalList = <T extends z.ZodTypeAny>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .nullish()
    .transform((list) => list ?? undefined);

const optionalText = z
  .string()
  .nullish()
  .transform((text) => text ?? undefined);

const InboundActivity = z
  .object({
    type: z.string().min(1),
    id: optionalText,
    channelId: z.string().min(1),
    serviceUrl: z.string().url().regex(/^https?:\/\//i, 'expected an http(s) URL'),
    from: Account,
    recipient: Account,
    conversation: z.object({ id: z.string().min(1), name: z.string().nullish() }).passthrough(),
    text: optionalText,
    textFormat: optionalText,
    locale: optionalText,
    replyToId: optionalText,
    name: optionalText,
    action: optionalText,
    timestamp: optionalText,
    entities: optionalList(z.object({ type: z.string() }).passthrough(), 100),
    attachments: optionalList(z.object({ contentType: z.string() }).passthrough(), 50),
    membersAdded: optionalList(Account, 1000),
    membersRemoved: optionalList(Account, 1000),
    reactionsAdded: optionalList(z.object({ type: z.string() }).passthrough(), 100),
    reactionsRemoved: optionalList(z.object({ type: z.string() }).passthrough(), 100),
    channelData: z
      .object({ eventType: optionalText })
      .passthrough()
      .nullish()
      .transform((data) => data ?? undefined),
  })
  .passthrough();

export type ActivityCheck = { ok: true; activity: Activity } | { ok: false; problem: string };

/** Validates an incoming activity; on success returns it with `null` lists read as absent. */
export function checkInboundActivity(body: unknown): ActivityCheck {
  const result = InboundActivity.safeParse(body);
  if (result.success) return { ok: true, activity: result.data as unknown as Activity };
  const problem = result.error.issues
    .slice(0, 8)
    .map((i) => `${i.path.join('.') || 'activity'}: ${i.message}`)
    .join('; ');
  return { ok: false, problem: `Not a Bot Framework activity (${problem})` };
}

/**
 * True for a URL on this machine (127.0.0.0/8, ::1, localhost). Without a Microsoft app id no
 * token proves an activity came from the Bot Connector, so replies may go only to a local
 * Emulator: otherwise anyone reaching the port could make the bot post to any address.
 */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return false;
  }
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}
