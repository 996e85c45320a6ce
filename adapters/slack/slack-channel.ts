import { App, ErrorCode, ExpressReceiver, SocketModeReceiver, webApi, type CodedError, type InstallationStore as BoltInstallationStore, type Receiver } from '@slack/bolt';
import { Router, type Application } from 'express';
import type { Answerer } from '../../bot/answer.js';
import type { Config } from '../../bot/config.js';
import { silentLogger, type Logger } from '../../bot/logger.js';
import type { InstallationStore } from '../../bot/state/installation-store.js';
import type { StateStore } from '../../bot/state/state-store.js';
import type { ChannelMount } from '../server/channel-mount.js';
import { settledBy } from '../server/deadline.js';
import { boltLogger } from './bolt-logger.js';
import type { SlackHandlerDeps } from './slack-answer-flow.js';
import { registerButtonHandlers } from './slack-button-handlers.js';
import { registerFeedbackHandler } from './slack-feedback-handler.js';
import { registerAgentHome } from './slack-agent.js';
import { registerCommandHandler } from './slack-command-handler.js';
import { slackSettings, type SlackSettings, type SlackTransport } from './slack-config.js';
import { postSlackMessage, type SlackPostTarget } from './slack-delivery.js';
import { createSlackFetch } from './slack-fetch.js';
import type { PostMetadata } from './slack-message-lookup.js';
import { slackRetryPolicy } from './slack-post-outcome.js';
import { registerMessageHandlers } from './slack-message-handlers.js';
import { requireSlackTimestampInWindow } from './slack-request-window.js';
import { boltInstallationStore, registerInstallationEvents, requestOrigin, SLACK_BOT_SCOPES } from './slack-installations.js';
import type { RenderedSlackAnswer, SlackMessage } from './slack-renderer.js';

export const SLACK_EVENTS_ROUTE = '/slack/events';
/** Where a workspace admin starts installing the distributed app, and where Slack sends them back. */
export const SLACK_INSTALL_ROUTE = '/slack/install';
export const SLACK_OAUTH_REDIRECT_ROUTE = '/slack/oauth_redirect';

/**
 * One HTTP attempt's limit. Calls are retried by `slackRetryPolicy` (a posting call only when
 * nothing was sent); a `429 Retry-After` is waited out per channel by the transport
 * (slack-fetch.ts), not by pausing the client's queue.
 */
const WEB_API_TIMEOUT_MS = 10_000;

export interface SlackChannelOptions {
  /** SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode), SLACK_API_URL. */
  config: Config;
  answerer: Answerer;
  store: StateStore;
  logger?: Logger;
  /** Builds the `/rapporteur digest` preview (a long one continues in further messages). */
  digestPreview?: () => Promise<SlackMessage | RenderedSlackAnswer>;
  /** Where OAuth installs are kept; by default a table in the state file. */
  installations?: InstallationStore;
}

export interface SlackChannel extends ChannelMount {
  readonly transport: SlackTransport;
  /** The bot-token Web API client (retry policy and SLACK_API_URL applied), for proactive posts. */
  readonly client: webApi.WebClient;
  /**
   * Posts a message (a digest part) with the plain-text fallback, named by `metadata` so that
   * a post Slack did not confirm is found instead of sent twice; returns its `ts`.
   */
  postMessage(target: SlackPostTarget, message: SlackMessage, metadata?: PostMetadata): Promise<string | undefined>;
  /** Resolves once every event received so far has been answered, or has failed and been logged. */
  whenIdle(): Promise<void>;
}

/**
 * Slack on the shared server: a Bolt app answering mentions, DMs, `/rapporteur` and button
 * clicks. HTTP mode mounts Bolt's ExpressReceiver at `POST /slack/events` (signatures checked
 * by Bolt, timestamps within five minutes either way checked first); Socket Mode
 * (SLACK_APP_TOKEN set) connects out on `start()` and adds no route. Deliveries are claimed in
 * the state store, so each is answered once however often Slack sends it, restarts included.
 * Throws a ConfigInvalid error naming the variables that are missing.
 */
export function createSlackChannel(options: SlackChannelOptions): SlackChannel {
  const settings = slackSettings(options.config);
  const logger = (options.logger ?? silentLogger).child({ channel: 'slack' });
  const bolt = boltLogger(logger);
  const transport = createSlackFetch({ logger, timeoutMs: WEB_API_TIMEOUT_MS });
  const clientOptions = (): webApi.WebClientOptions => ({
    slackApiUrl: settings.apiUrl,
    retryConfig: slackRetryPolicy(() => transport.aborted),
    // The transport waits out 429s per channel; one it gives up on fails the call.
    rejectRateLimitedCalls: true,
    fetch: transport.fetch,
    logger: bolt,
  });
  const client = new webApi.WebClient(settings.botToken, clientOptions());
  const identity = botIdentity(client);
  const router = Router();
  // Ahead of Bolt's own route on the same path, so a timestamp out of the window never reaches it.
  router.post(SLACK_EVENTS_ROUTE, requireSlackTimestampInWindow(logger));
  const ownInstallations = settings.oauth && !options.installations ? options.store.openInstallations() : undefined;
  const installations = options.installations ?? ownInstallations;
  const app = new App({
    receiver: createReceiver(settings, router, bolt, installations && boltInstallationStore(installations, logger)),
    // With OAuth, Bolt's installer finds each workspace's token; one workspace uses its own token.
    ...(settings.oauth ? {} : { authorize: async () => ({ botToken: settings.botToken, ...(await identity()) }) }),
    clientOptions: clientOptions(),
    logger: bolt,
    convoStore: false,
    extendedErrorHandler: true,
  });
  app.error(async ({ error, body }: { error: CodedError; body: unknown }) => {
    if (error.code === ErrorCode.AuthorizationError) {
      // The workspace uninstalled the app (or never installed it): no token may answer it.
      logger.warn({ ...requestOrigin(body) }, 'Slack request from a workspace without an installation; not answered');
      return;
    }
    logger.error({ err: error }, 'Slack listener failed');
  });
  if (installations) registerInstallationEvents(app, installations, logger);

  const inFlight = new Set<Promise<unknown>>();
  app.use(async ({ next }) => {
    const work = next();
    inFlight.add(work);
    try {
      await work;
    } finally {
      inFlight.delete(work);
    }
  });

  const deps: SlackHandlerDeps = {
    answerer: options.answerer,
    store: options.store,
    logger,
    digestPreview: options.digestPreview,
  };
  registerMessageHandlers(app, deps);
  registerCommandHandler(app, deps);
  registerButtonHandlers(app, deps);
  registerFeedbackHandler(app, deps);
  registerAgentHome(app, logger);

  const whenIdle = async (): Promise<void> => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };

  return {
    name: 'slack',
    transport: settings.transport,
    client,

    mount(server: Application) {
      if (settings.transport === 'http') server.use(router);
    },

    async start() {
      if (settings.oauth) {
        logger.info({ installPath: SLACK_INSTALL_ROUTE }, 'Slack OAuth distribution: workspaces install the app at the install path');
        return;
      }
      // Checks the token in the background: a bad one is reported at start-up, not at the first
      // question, and an unreachable Slack (retried for ~30 s) does not hold up the other channels.
      void identity().then(
        (bot) => logger.info({ transport: settings.transport, botUserId: bot.botUserId }, 'Slack token accepted'),
        (error: unknown) => logger.error({ err: error }, 'Slack rejected SLACK_BOT_TOKEN (auth.test failed); answers will fail until it is fixed'),
      );
      if (settings.transport === 'socket') {
        try {
          await app.start();
        } catch (error) {
          // Other channels keep working; the log names the cause (usually SLACK_APP_TOKEN).
          logger.error({ err: error }, 'Slack Socket Mode could not connect; check SLACK_APP_TOKEN');
        }
      }
    },

    async stop(deadline) {
      if (settings.transport === 'socket') await settledBy(app.stop(), deadline);
      if (await settledBy(whenIdle(), deadline)) {
        ownInstallations?.close();
        return;
      }
      logger.warn({ inFlight: inFlight.size }, 'Slack answers still in flight at the shutdown deadline; aborting their calls');
      transport.abort();
      ownInstallations?.close();
    },

    postMessage: (target, message, metadata) => postSlackMessage(client, target, message, logger, metadata),
    whenIdle,
  };
}

function createReceiver(
  settings: SlackSettings,
  router: Router,
  logger: ReturnType<typeof boltLogger>,
  installationStore: BoltInstallationStore | undefined,
): Receiver {
  if (settings.transport === 'socket') {
    return new SocketModeReceiver({
      appToken: settings.appToken ?? '',
      logger,
      // Its own options object: the Socket Mode client adds its reconnect retry policy to it.
      installerOptions: { clientOptions: { slackApiUrl: settings.apiUrl } },
    });
  }
  return new ExpressReceiver({
    signingSecret: settings.signingSecret ?? '',
    endpoints: SLACK_EVENTS_ROUTE,
    router,
    logger,
    // Events are acknowledged before answering, which takes longer than Slack's 3 seconds.
    processBeforeResponse: false,
    ...(settings.oauth && {
      clientId: settings.oauth.clientId,
      clientSecret: settings.oauth.clientSecret,
      stateSecret: settings.oauth.stateSecret,
      scopes: [...SLACK_BOT_SCOPES],
      installationStore,
      installerOptions: {
        installPath: SLACK_INSTALL_ROUTE,
        redirectUriPath: SLACK_OAUTH_REDIRECT_ROUTE,
        // Straight to Slack's consent page: the install link is the whole install page.
        directInstall: true,
        clientOptions: { slackApiUrl: settings.apiUrl },
      },
    }),
  });
}

interface BotIdentity {
  botUserId?: string;
  botId?: string;
  teamId?: string;
}

/**
 * The bot's ids from one `auth.test`, for Bolt's single-workspace authorize (they let it ignore
 * the bot's own messages and strip its mention). A failed check is not cached, so a fixed token
 * or a network blip does not need a restart.
 */
function botIdentity(client: webApi.WebClient): () => Promise<BotIdentity> {
  let identity: Promise<BotIdentity> | undefined;
  return () => {
    identity ??= client.auth.test().then(
      (result) => ({ botUserId: result.user_id, botId: result.bot_id, teamId: result.team_id }),
      (error: unknown) => {
        identity = undefined;
        throw error;
      },
    );
    return identity;
  };
}
