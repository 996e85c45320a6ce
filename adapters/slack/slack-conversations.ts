import type { StateStore } from '../../bot/state/state-store.js';

/** Where the bot can post later (digests): a Slack channel or DM it was asked something in. */
export interface SlackConversationReference {
  channel: string;
  teamId: string | undefined;
}

/** The state-store id of a Slack channel or DM. */
export function slackConversationKey(channel: string): string {
  return `slack:${channel}`;
}

/** Keeps (or refreshes) the channel a question came from, for proactive posts. */
export function rememberSlackConversation(
  store: StateStore,
  reference: SlackConversationReference,
  name: string = reference.channel,
): void {
  store.saveConversation({ id: slackConversationKey(reference.channel), channel: 'slack', name, reference });
}
