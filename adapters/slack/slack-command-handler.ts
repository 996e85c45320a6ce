import { createHash } from 'node:crypto';
import type { App } from '@slack/bolt';
import type { Logger } from '../../bot/logger.js';
import { answerForSlack, type SlackHandlerDeps } from './slack-answer-flow.js';
import { rememberSlackConversation } from './slack-conversations.js';
import { respondRenderedAnswer } from './slack-delivery.js';
import { questionFromSlackText } from './slack-mrkdwn.js';
import { renderSlackHelp, renderSlackNotice, type RenderedSlackAnswer } from './slack-renderer.js';

export const SLACK_COMMAND = '/rapporteur';

/**
 * `/rapporteur <question>`: acknowledged at once, answered through the command's response_url
 * so only the asker sees it, with a button to share it in the channel. An empty command (or
 * `help`) gets the help; `digest` gets the digest preview when digests are configured. A replayed
 * request (the same body again) is acknowledged and answered once, also after a restart.
 */
export function registerCommandHandler(app: App, deps: SlackHandlerDeps): void {
  app.command(SLACK_COMMAND, async ({ command, body, ack, respond }) => {
    await ack();
    if (!(await deps.store.deliveries.claim([commandKey(body)]))) {
      deps.logger.warn({ slackChannel: command.channel_id, user: command.user_id }, 'Slack command already handled; replay ignored');
      return;
    }
    const text = questionFromSlackText(command.text ?? '');
    const log = deps.logger.child({ question: text, slackChannel: command.channel_id, user: command.user_id });
    try {
      const rendered = await commandReply(deps, text, command, log);
      await respondRenderedAnswer(respond, rendered, log);
    } catch (error) {
      log.error({ err: error }, 'could not send the /rapporteur reply to Slack');
    }
  });
}

/**
 * A replay of a signed request carries the same body, while Slack gives every real invocation
 * its own `trigger_id`: equal bodies are one command.
 */
function commandKey(body: unknown): string {
  return `slack:command:${createHash('sha256').update(JSON.stringify(body)).digest('hex')}`;
}

async function commandReply(
  deps: SlackHandlerDeps,
  text: string,
  command: { channel_id: string; channel_name?: string; user_id: string; team_id?: string },
  log: Logger,
): Promise<RenderedSlackAnswer> {
  if (text === '' || /^help$/i.test(text)) return { message: renderSlackHelp(), threadReplies: [] };
  if (/^digest$/i.test(text)) return digestReply(deps, log);
  rememberSlackConversation(
    deps.store,
    { channel: command.channel_id, teamId: command.team_id },
    command.channel_name ? `#${command.channel_name}` : command.channel_id,
  );
  // One context per person and channel, so `/rapporteur and in 2022?` follows their last question.
  const conversationId = `slack:${command.channel_id}:command:${command.user_id}`;
  return answerForSlack(deps, text, conversationId, { shareable: true, showQuestion: true }, log);
}

/** The digest preview, only for the asker; a long one arrives as several ephemeral messages. */
async function digestReply(deps: SlackHandlerDeps, log: Logger): Promise<RenderedSlackAnswer> {
  const notice = (text: string): RenderedSlackAnswer => ({ message: renderSlackNotice(text), threadReplies: [] });
  if (!deps.digestPreview) return notice('Digests are not configured on this server.');
  try {
    const preview = await deps.digestPreview();
    return 'message' in preview ? preview : { message: preview, threadReplies: [] };
  } catch (error) {
    log.error({ err: error }, 'building the digest preview failed');
    return notice('Sorry, the digest preview could not be built. The problem has been logged.');
  }
}
