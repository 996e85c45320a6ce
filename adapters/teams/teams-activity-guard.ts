import { z } from 'zod';

/**
 * The fields the adapter relies on before it hands an activity to botbuilder. botbuilder checks
 * only `type`; an activity without a conversation or service URL would fail deep inside the
 * turn as a 500, so it is refused here with a 400 that says what is missing.
 */
const Account = z.object({ id: z.string().min(1) }).passthrough();

const InboundActivity = z
  .object({
    type: z.string().min(1),
    channelId: z.string().min(1),
    serviceUrl: z.string().url(),
    from: Account,
    recipient: Account,
    conversation: z.object({ id: z.string().min(1) }).passthrough(),
    text: z.string().optional(),
  })
  .passthrough();

export type ActivityCheck = { ok: true } | { ok: false; problem: string };

export function checkInboundActivity(body: unknown): ActivityCheck {
  const result = InboundActivity.safeParse(body);
  if (result.success) return { ok: true };
  const problem = result.error.issues.map((i) => `${i.path.join('.') || 'activity'}: ${i.message}`).join('; ');
  return { ok: false, problem: `Not a Bot Framework activity (${problem})` };
}
