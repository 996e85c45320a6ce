import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import express, { type Application, type NextFunction, type Request, type Response } from 'express';
import type { Answerer } from '../../bot/answer.js';
import type { Config } from '../../bot/config.js';
import { silentLogger, type Logger } from '../../bot/logger.js';
import { OutboxDispatcher } from '../../bot/outbox/outbox-dispatcher.js';
import type { OutboxPoster } from '../../bot/outbox/outbox-poster.js';
import type { StateStore } from '../../bot/state/state-store.js';
import type { ChannelMount } from '../server/channel-mount.js';
import { settledBy } from '../server/deadline.js';
import { allowEntityFields } from './connector-entity-fields.js';
import type { ConnectorRetryOptions } from './connector-retry.js';
import { checkInboundActivity, isLoopbackUrl } from './teams-activity-guard.js';
import { RapporteurTeamsBot, type TeamsDigestPreview } from './teams-bot.js';
import { createTeamsTurnErrorHandler } from './teams-error-reply.js';
import { teamsOutboxPoster } from './teams-outbox-poster.js';
import { TeamsProactiveSender } from './teams-proactive.js';

export const TEAMS_MESSAGES_ROUTE = '/api/messages';

/** Teams allows 15 s per turn; answering within 10 s leaves room for the reply itself. */
const DEFAULT_TURN_BUDGET_MS = 10_000;

export interface TeamsChannelOptions {
  /** The four Bot Framework variables; none set means unauthenticated local use. */
  config: Pick<Config, 'MicrosoftAppId' | 'MicrosoftAppPassword' | 'MicrosoftAppType' | 'MicrosoftAppTenantId'>;
  answerer: Answerer;
  store: StateStore;
  logger?: Logger;
  /** Builds the "digest" preview; supplied by the digest work. */
  digestPreview?: TeamsDigestPreview;
  turnBudgetMs?: number;
  retry?: ConnectorRetryOptions;
}

export interface TeamsChannel extends ChannelMount {
  readonly adapter: CloudAdapter;
  /**
   * Posts `activity` into a stored Teams conversation (`teams:<conversation id>` from
   * `StateStore.listConversations('teams')`); returns the posted activity's id.
   */
  postProactive(conversationId: string, activity: Partial<Activity>): Promise<string | undefined>;
  /** Sends outbox posts (digests, late answers, apologies) in Teams. */
  readonly outboxPoster: OutboxPoster;
}

/**
 * Microsoft Teams on the shared express server: `POST /api/messages` into botbuilder's
 * CloudAdapter, with cited answers, proactive posts and feedback. Activities are validated
 * before botbuilder sees them, each message is answered once however often it is delivered,
 * and without a Microsoft app id replies go only to a loopback `serviceUrl`.
 */
export function createTeamsChannel(options: TeamsChannelOptions): TeamsChannel {
  const logger = (options.logger ?? silentLogger).child({ channel: 'teams' });
  const retry = options.retry ?? {};
  const { MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType, MicrosoftAppTenantId } = options.config;
  allowEntityFields();

  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType, MicrosoftAppTenantId }),
  );
  adapter.onTurnError = createTeamsTurnErrorHandler(logger, retry);
  const proactive = new TeamsProactiveSender(adapter, MicrosoftAppId ?? '', options.store, retry, (status, attempt) =>
    logger.warn({ status, attempt }, 'Teams connector busy; retrying proactive post'),
  );
  const outboxPoster = teamsOutboxPoster(proactive, options.store);
  // Late answers and apologies go through the outbox at once; the server's outbox worker
  // resumes any a restart interrupted.
  const outbox = new OutboxDispatcher(options.store.outbox, [outboxPoster], { logger });
  const bot = new RapporteurTeamsBot({
    answerer: options.answerer,
    store: options.store,
    outbox,
    logger,
    retry,
    turnBudgetMs: options.turnBudgetMs ?? DEFAULT_TURN_BUDGET_MS,
    digestPreview: options.digestPreview,
  });

  /**
   * Claims a message by conversation and activity id once its sender is authenticated: the
   * connector redelivers on timeouts, and each copy would otherwise be answered.
   */
  const isRedelivery = async (activity: Activity): Promise<boolean> => {
    if (activity.type !== 'message' || !activity.id) return false;
    if (await options.store.deliveries.claim([`teams:activity:${activity.conversation.id}:${activity.id}`])) return false;
    logger.info({ activityId: activity.id, conversationId: activity.conversation.id }, 'Teams redelivery skipped');
    return true;
  };

  return {
    name: 'teams',
    adapter,

    mount(app: Application) {
      if (!MicrosoftAppId) {
        logger.warn(`MicrosoftAppId is not set: ${TEAMS_MESSAGES_ROUTE} accepts unauthenticated activities (local use only)`);
      }
      app.post(TEAMS_MESSAGES_ROUTE, express.json({ limit: '1mb' }), (req: Request, res: Response, next: NextFunction) => {
        const check = checkInboundActivity(req.body);
        if (!check.ok) {
          logger.warn({ problem: check.problem }, 'Teams activity refused');
          res.status(400).json({ error: check.problem });
          return;
        }
        if (!MicrosoftAppId && !isLoopbackUrl(check.activity.serviceUrl)) {
          const { serviceUrl } = check.activity;
          logger.warn({ serviceUrl }, 'Teams activity refused: without MicrosoftAppId replies go only to a loopback serviceUrl');
          res.status(400).json({ error: `Without MicrosoftAppId the bot replies only on this machine, not to ${serviceUrl}.` });
          return;
        }
        req.body = check.activity;
        adapter.process(req, res, async (context) => {
          if (!(await isRedelivery(context.activity))) await bot.run(context);
        }).catch(next);
      });
      // A body that is not JSON never reaches the adapter: answer 400 here and keep serving.
      app.use(TEAMS_MESSAGES_ROUTE, (error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
        if (error.status === 400 || error.status === 413) {
          logger.warn({ status: error.status, type: error.type }, 'Teams request body refused');
          res.status(error.status).json({ error: error.status === 413 ? 'The activity is too large.' : 'The activity is not valid JSON.' });
          return;
        }
        next(error);
      });
    },

    postProactive: (conversationId, activity) => proactive.postProactive(conversationId, activity),
    outboxPoster,

    async stop(deadline) {
      if (await settledBy(bot.drain(), deadline)) {
        await outbox.close();
        return;
      }
      logger.warn('Teams answers still being posted at the shutdown deadline; leaving them to the outbox (resumed at the next start)');
    },
  };
}
