import type { App, BlockButtonAction, RespondFn, webApi } from '@slack/bolt';
import type { Logger } from '../../bot/logger.js';
import type { Answer } from '../../bot/answer.js';
import type { StoredAnswer } from '../../bot/state/state-store.js';
import type { SlackHandlerDeps } from './slack-answer-flow.js';
import { postRenderedAnswer, respondNotice, respondRenderedAnswer, slackErrorOf } from './slack-delivery.js';
import { renderSlackAnswer, SlackActionId } from './slack-renderer.js';

/**
 * Clicks on "Share in channel": posts an answer only its asker could see into the channel.
 * Feedback clicks are handled by slack-feedback-handler.ts.
 */
export function registerButtonHandlers(app: App, deps: SlackHandlerDeps): void {
  app.action<BlockButtonAction>(SlackActionId.Share, async ({ ack, action, body, respond, client }) => {
    await ack();
    const log = deps.logger.child({ action: SlackActionId.Share, user: body.user.id, slackChannel: body.channel?.id });
    await safely(log, 'sharing a Slack answer failed', async () => {
      const stored = await findAnswer(deps, action.value, log);
      if (!stored) return respondNotice(respond, 'That answer is no longer available. Ask again with /rapporteur.');
      await shareAnswer(deps, client, respond, stored, body.user.id, body.channel?.id, log.child({ question: stored.question }));
    });
  });
}

async function shareAnswer(
  deps: SlackHandlerDeps,
  client: webApi.WebClient,
  respond: RespondFn,
  stored: StoredAnswer,
  userId: string,
  channel: string | undefined,
  log: Logger,
): Promise<void> {
  const answer = stored.answer as Answer;
  const rendered = renderSlackAnswer(answer, { answerId: stored.id, showQuestion: true, sharedBy: userId });
  let ts: string | undefined;
  if (channel) {
    try {
      ts = await postRenderedAnswer(client, { channel }, rendered, log);
    } catch (error) {
      // Slash commands work in channels the bot is not a member of; the response_url can still post there.
      log.warn({ err: error, slackError: slackErrorOf(error) }, 'could not post the shared answer; using the response_url');
    }
  }
  if (ts && channel) {
    // The sharer's replies in the shared answer's thread are follow-ups the bot should answer.
    const conversationId = `slack:${channel}:${ts}`;
    deps.store.saveAnswer({ channel: 'slack', conversationId, question: stored.question, answer });
    deps.store.addAsker(conversationId, userId);
  } else {
    await respondRenderedAnswer(respond, rendered, log, 'in_channel');
  }
  await respond({ delete_original: true }).catch((error: unknown) => {
    log.warn({ err: error }, 'could not remove the private copy of the shared answer');
  });
}

async function findAnswer(deps: SlackHandlerDeps, answerId: string | undefined, log: Logger): Promise<StoredAnswer | undefined> {
  const stored = answerId ? await deps.store.getAnswer(answerId) : undefined;
  if (!stored) log.warn({ answerId }, 'button refers to an unknown answer');
  return stored;
}

async function safely(log: Logger, message: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    log.error({ err: error }, message);
  }
}
