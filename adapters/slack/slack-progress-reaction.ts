import type { webApi } from '@slack/bolt';
import type { Logger } from '../../bot/logger.js';

const WORKING_EMOJI = 'hourglass_flowing_sand';

/**
 * Runs `work` with ⏳ on the user's message so they see the question was taken. Reactions are
 * decoration: if adding or removing fails (missing scope, message deleted, rate limit) the
 * answer still goes out; the failure is only logged.
 */
export async function withProgressReaction<T>(
  client: webApi.WebClient,
  message: { channel: string; ts: string },
  log: Logger,
  work: () => Promise<T>,
): Promise<T> {
  const reaction = { channel: message.channel, timestamp: message.ts, name: WORKING_EMOJI };
  // Not awaited before the work: a slow or failing reactions call must not delay the answer.
  const added = client.reactions.add(reaction).then(
    () => true,
    (error: unknown) => {
      log.warn({ err: error }, 'could not add the progress reaction');
      return false;
    },
  );
  try {
    return await work();
  } finally {
    if (await added) {
      await client.reactions.remove(reaction).catch((error: unknown) => {
        log.warn({ err: error }, 'could not remove the progress reaction');
      });
    }
  }
}
