import type { App, types, webApi } from '@slack/bolt';
import { showAnsweringStatus } from './slack-agent.js';
import { finishedAnswerForSlack, type SlackHandlerDeps } from './slack-answer-flow.js';
import { SlackAnswerStream, type FinishedSlackAnswer } from './slack-answer-stream.js';
import { rememberSlackConversation } from './slack-conversations.js';
import { postRenderedAnswer, slackErrorOf } from './slack-delivery.js';
import { followUpLookup, routeSlackMessage, type SlackAddressedMessage } from './slack-message-route.js';
import { escapeMrkdwn } from './slack-mrkdwn.js';
import { withProgressReaction } from './slack-progress-reaction.js';
import { renderSlackHelp, renderSlackNotice } from './slack-renderer.js';

/**
 * Mentions in channels (answered in the message's thread), DMs (answered in the DM) and
 * follow-ups in threads the bot answered in; talk between people and acknowledgements get no
 * reply (`decideReply`). Bolt has already acknowledged the event; each delivery is answered
 * once however often Slack sends it.
 */
export function registerMessageHandlers(app: App, deps: SlackHandlerDeps): void {
  const handle = async (
    kind: 'app_mention' | 'message',
    event: unknown,
    body: { event_id?: unknown; team_id?: unknown },
    botUserId: string | undefined,
    client: webApi.WebClient,
  ): Promise<void> => {
    const lookup = followUpLookup(event);
    const follows = lookup ? await deps.store.isAsker(lookup.conversationId, lookup.user) : false;
    const route = routeSlackMessage(kind, event, botUserId, () => follows);
    if ('ignore' in route) {
      deps.logger[route.malformed ? 'warn' : 'debug']({ kind, eventId: body.event_id }, `Slack event ignored: ${route.ignore}`);
      return;
    }
    const message = route.addressed;
    const keys = [`message:${message.channel}:${message.ts}`];
    if (typeof body.event_id === 'string') keys.push(`event:${body.event_id}`);
    if (!(await deps.store.deliveries.claim(keys))) {
      deps.logger.debug({ kind, eventId: body.event_id, channel: message.channel, ts: message.ts }, 'Slack redelivery skipped');
      return;
    }
    rememberSlackConversation(deps.store, {
      channel: message.channel,
      teamId: typeof body.team_id === 'string' ? body.team_id : undefined,
    });
    // Whoever the bot replied to in a thread may follow up there without mentioning it.
    deps.store.addAsker(message.conversationId, message.user);
    await reply(deps, client, message, typeof body.team_id === 'string' ? body.team_id : undefined);
  };

  app.event('app_mention', async ({ event, body, context, client }) => {
    await handle('app_mention', event, body, context.botUserId, client);
  });
  app.event('message', async ({ event, body, context, client }) => {
    await handle('message', event, body, context.botUserId, client);
  });
}

async function reply(deps: SlackHandlerDeps, client: webApi.WebClient, message: SlackAddressedMessage, teamId: string | undefined): Promise<void> {
  const { reply: decision } = message;
  const question = decision.reply === 'answer' ? decision.question : '';
  const log = deps.logger.child({ question, slackChannel: message.channel, user: message.user });
  const target = { channel: message.channel, threadTs: message.replyThreadTs };
  try {
    if (decision.reply === 'help') {
      await postRenderedAnswer(client, target, { message: renderSlackHelp(), threadReplies: [] }, log);
      return;
    }
    if (decision.reply === 'note') {
      await postRenderedAnswer(client, target, { message: renderSlackNotice(decision.note), threadReplies: [] }, log);
      return;
    }
    showAnsweringStatus(client, target, log);
    await withProgressReaction(client, message, log, async () => {
      // Slack streams only in threads; a model-written answer is streamed there as it is written.
      const threadTs = target.threadTs;
      const recipient = { recipientUserId: message.user, ...(teamId ? { recipientTeamId: teamId } : {}) };
      const stream = threadTs ? new SlackAnswerStream(client, { channel: target.channel, threadTs, ...recipient }, log) : undefined;
      const finished = await finishedAnswerForSlack(deps, question, message.conversationId, {}, log, stream?.onText);
      const final = decision.note ? withNote(finished, decision.note) : finished;
      if (await stream?.finish(final)) return;
      await postRenderedAnswer(client, target, final.rendered, log);
    });
  } catch (error) {
    log.error({ err: error, slackError: slackErrorOf(error), target }, 'could not post the answer to Slack');
  }
}

/** Adds a one-line note under the answer (above its buttons) and to its notification text. */
function withNote(finished: FinishedSlackAnswer, note: string): FinishedSlackAnswer {
  const { rendered } = finished;
  const message = { text: `${rendered.message.text}\n\n${escapeMrkdwn(note)}`, blocks: noteAboveButtons(rendered.message.blocks, note) };
  return { ...finished, rendered: { ...rendered, message }, footer: noteAboveButtons(finished.footer, note) };
}

function noteAboveButtons(blocks: types.KnownBlock[], note: string): types.KnownBlock[] {
  const copy = [...blocks];
  const buttons = copy.findIndex((block) => block.type === 'context_actions' || block.type === 'actions');
  const line: types.ContextBlock = { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(note) }] };
  copy.splice(buttons < 0 ? copy.length : buttons, 0, line);
  return copy;
}
