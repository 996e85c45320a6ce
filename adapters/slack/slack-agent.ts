import type { App, webApi } from '@slack/bolt';
import type { Logger } from '../../bot/logger.js';
import { slackErrorOf } from './slack-delivery.js';
import { HELP_EXAMPLES } from '../../bot/small-talk.js';

/** Shown beside the app's name while it answers in its Messages tab; Slack rotates the loading messages. */
const ANSWERING_STATUS = 'is reading the ITU reports…';
const LOADING_MESSAGES = ['Searching the action plan…', 'Reading the reports…', 'Checking the sources…'];

/** Short titles for the example questions offered when the Messages tab opens (Slack allows four). */
const PROMPT_TITLES = ['Resolution 44 fellowships', 'SG12 and calling procedures', 'Emerging technologies in TSAG'];

/**
 * When someone opens the app's Messages tab (the agent surface), offers the example questions
 * as suggested prompts. Prompts are an aid: a failure is logged, never shown.
 */
export function registerAgentHome(app: App, logger: Logger): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'messages') return;
    const prompts = HELP_EXAMPLES.map((message, index) => ({ title: PROMPT_TITLES[index] ?? message, message }));
    try {
      await client.assistant.threads.setSuggestedPrompts({ channel_id: event.channel, title: 'Ask about ITU-T work', prompts });
    } catch (error) {
      logger.warn({ err: error, slackError: slackErrorOf(error), user: event.user }, 'could not offer suggested prompts');
    }
  });
}

/**
 * Shows "is reading the ITU reports…" in a thread of the app's Messages tab while it answers;
 * Slack clears it when the answer is posted. Only DMs have the agent surface, so channel
 * threads keep just the ⏳ reaction. Not awaited by the answer, and a failure is only logged.
 */
export function showAnsweringStatus(client: webApi.WebClient, target: { channel: string; threadTs?: string }, log: Logger): void {
  if (!target.channel.startsWith('D') || !target.threadTs) return;
  client.assistant.threads
    .setStatus({ channel_id: target.channel, thread_ts: target.threadTs, status: ANSWERING_STATUS, loading_messages: LOADING_MESSAGES })
    .catch((error: unknown) => log.warn({ err: error, slackError: slackErrorOf(error) }, 'could not show the answering status'));
}
