import type { Config } from '../../bot/config.js';
import type { DigestPublisher } from '../../bot/digest/digest-publisher.js';
import { DigestScheduler } from '../../bot/digest/digest-scheduler.js';
import type { DigestService } from '../../bot/digest/digest-service.js';
import type { Logger } from '../../bot/logger.js';
import type { OutboxDispatcher } from '../../bot/outbox/outbox-dispatcher.js';
import type { StateStore } from '../../bot/state/state-store.js';
import { slackDigestPublisher } from '../slack/slack-digest-publisher.js';
import { renderSlackDigest } from '../slack/slack-digest-renderer.js';
import { teamsDigestPublisher } from '../teams/teams-digest-publisher.js';
import { renderTeamsDigest } from '../teams/teams-digest-renderer.js';
import type { ChannelDeps, ChannelPlan } from './channel-plan.js';

/** Digests as the server's parts need them: channel previews, publishers, the scheduler. */

/**
 * `/rapporteur digest` (the next meeting) and Teams "digest" (the next meeting that posts to
 * that conversation, else the next one), shown only to the asker, introduced like posted ones.
 */
export function channelDigestPreviews(digests: Pick<DigestService, 'digestFor' | 'introduce'>): NonNullable<ChannelDeps['digestPreviews']> {
  return {
    slack: async () => renderSlackDigest(await digests.introduce(digests.digestFor())),
    teams: async ({ conversationId, conversationName }) =>
      renderTeamsDigest(await digests.introduce(digests.digestFor({ conversation: { channel: 'teams', ids: [conversationId, conversationName] } }))),
  };
}

/** A publisher for each channel that is on. */
export function digestPublishers(plan: Pick<ChannelPlan, 'slack' | 'teams'>, store: StateStore): DigestPublisher[] {
  const publishers: DigestPublisher[] = [];
  if (plan.slack) publishers.push(slackDigestPublisher());
  if (plan.teams) publishers.push(teamsDigestPublisher(store));
  return publishers;
}

/**
 * Starts posting the calendar's digests through the channels that are on (missed ones are
 * caught up now), sent by the outbox `dispatcher`. Stop it before closing the state store.
 */
export async function startDigestScheduler(
  config: Pick<Config, 'MEETINGS_FILE'>,
  deps: {
    store: StateStore;
    logger: Logger;
    digests: Pick<DigestService, 'build' | 'introduce'>;
    plan: Pick<ChannelPlan, 'slack' | 'teams'>;
    dispatcher: Pick<OutboxDispatcher, 'deliver'>;
  },
): Promise<DigestScheduler> {
  const scheduler = new DigestScheduler({
    calendarFile: config.MEETINGS_FILE,
    outbox: deps.store.outbox,
    dispatcher: deps.dispatcher,
    publishers: digestPublishers(deps.plan, deps.store),
    buildDigest: (meeting) => deps.digests.introduce(deps.digests.build(meeting)),
    logger: deps.logger,
  });
  await scheduler.start();
  return scheduler;
}
