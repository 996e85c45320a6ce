import type { App, webApi } from '@slack/bolt';
import { answerForSlack, type SlackHandlerDeps } from './slack-answer-flow.js';
import { rememberSlackConversation } from './slack-conversations.js';
import { postRenderedAnswer, slackErrorOf } from './slack-delivery.js';
import { routeSlackMessage, type SlackQuestion } from './slack-message-route.js';
import { withProgressReaction } from './slack-progress-reaction.js';
import { renderSlackHelp } from './slack-renderer.js';

/**
 * Mentions in channels (answered in the message's thread), DMs (answered in the DM) and
 * follow-ups in threads the bot answered in. Bolt has already acknowledged the event; each
 * delivery is answered once however often Slack sends it.
 */
export function registerMessageHandlers(app: App, deps: SlackHandlerDeps): void {
  const handle = async (
    kind: 'app_mention' | 'message',
    event: unknown,
    body: { event_id?: unknown; team_id?: unknown },
    botUserId: string | undefined,
    client: webApi.WebClient,
  ): Promise<void> => {
    const route = routeSlackMessage(kind, event, botUserId, (id) => deps.store.hasAnswerIn(id));
    if ('ignore' in route) {
      deps.logger[route.malformed ? 'warn' : 'debug']({ kind, eventId: body.event_id }, `Slack event ignored: ${route.ignore}`);
      return;
    }
    const question = route.answer;
    const keys = [`message:${question.channel}:${question.ts}`];
    if (typeof body.event_id === 'string') keys.push(`event:${body.event_id}`);
    if (!deps.deliveries.claim(keys)) {
      deps.logger.debug({ kind, eventId: body.event_id, channel: question.channel, ts: question.ts }, 'Slack redelivery skipped');
      return;
    }
    rememberSlackConversation(deps.store, {
      channel: question.channel,
      teamId: typeof body.team_id === 'string' ? body.team_id : undefined,
    });
    await answerQuestion(deps, client, question);
  };

  app.event('app_mention', async ({ event, body, context, client }) => {
    await handle('app_mention', event, body, context.botUserId, client);
  });
  app.event('message', async ({ event, body, context, client }) => {
    await handle('message', event, body, context.botUserId, client);
  });
}

async function answerQuestion(deps: SlackHandlerDeps, client: webApi.WebClient, question: SlackQuestion): Promise<void> {
  const log = deps.logger.child({ question: question.question, slackChannel: question.channel, user: question.user });
  const target = { channel: question.channel, threadTs: question.replyThreadTs };
  try {
    if (question.question === '') {
      await postRenderedAnswer(client, target, { message: renderSlackHelp(), threadReplies: [] }, log);
      return;
    }
    await withProgressReaction(client, question, log, async () => {
      const rendered = await answerForSlack(deps, question.question, question.conversationId, {}, log);
      await postRenderedAnswer(client, target, rendered, log);
    });
  } catch (error) {
    log.error({ err: error, slackError: slackErrorOf(error), target }, 'could not post the answer to Slack');
  }
}
