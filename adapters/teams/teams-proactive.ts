import type { Activity, CloudAdapter, ConversationReference, ResourceResponse } from 'botbuilder';
import type { StateStore } from '../../bot/state/state-store.js';
import { ErrorCode, RapporteurError } from '../../retrieval/errors.js';
import { withConnectorRetry, type ConnectorRetryOptions } from './connector-retry.js';

/**
 * Posts outside a user's turn through `continueConversationAsync`: digests into stored
 * conversations, and answers that took longer than Teams' turn window.
 */
export class TeamsProactiveSender {
  constructor(
    private readonly adapter: CloudAdapter,
    /** The bot's app id; empty when running unauthenticated for local use. */
    private readonly appId: string,
    private readonly store: StateStore,
    private readonly retry: ConnectorRetryOptions,
    private readonly onRetry?: (status: number, attempt: number, delayMs: number) => void,
  ) {}

  /**
   * Sends `activity` into the conversation of `reference`; returns the posted activity's id.
   * Throws what the connector answered when it was not posted.
   */
  async send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<string | undefined> {
    let response: ResourceResponse | undefined;
    let failure: { error: unknown } | undefined;
    await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
      // The continuation event carries a made-up id, and replies go to the turn's activity id:
      // use the reference's own (a reply to that message), or none (a new post).
      context.activity.id = reference.activityId;
      try {
        response = await withConnectorRetry(() => context.sendActivity(activity), this.retry, this.onRetry);
      } catch (error) {
        // Thrown here it would reach the adapter's onTurnError, which logs it and returns:
        // the post would look sent. It is rethrown to the caller instead.
        failure = { error };
      }
    });
    if (failure) throw failure.error;
    return response?.id;
  }

  /**
   * Posts into a stored conversation (`teams:<conversation id>`, as listed by
   * `StateStore.listConversations('teams')`); returns the posted activity's id.
   */
  async postProactive(conversationId: string, activity: Partial<Activity>): Promise<string | undefined> {
    const stored = this.store.getConversation(conversationId);
    if (!stored || stored.channel !== 'teams') {
      throw new RapporteurError(
        ErrorCode.ConversationUnknown,
        `No Teams conversation "${conversationId}" is stored; the bot must be added to it (or messaged there) first.`,
      );
    }
    return this.send(stored.reference as Partial<ConversationReference>, activity);
  }
}
