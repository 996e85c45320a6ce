import type { Activity, ConversationReference } from 'botbuilder';
import type { Answer } from '../../bot/answer.js';
import type { OutboxPoster } from '../../bot/outbox/outbox-poster.js';
import type { StateStore } from '../../bot/state/state-store.js';
import { teamsAnswerKey } from './teams-conversations.js';
import { classifyTeamsFailure } from './teams-post-failure.js';
import type { TeamsProactiveSender } from './teams-proactive.js';

/** What a Teams outbox post carries besides its activities. */
export interface TeamsPostContext {
  /** Where to post when it is not a stored conversation: the turn a late answer replies to. */
  reference?: Partial<ConversationReference>;
  /** An answer to keep under the posted message's id, so 👍/👎 on it find question and answer. */
  keep?: { conversationId: string; question: string; answer: Answer };
}

/**
 * Outbox posts in Teams, each part a proactive message: into the stored conversation named by
 * the post's target (digests), or as a reply to the turn in its context (late answers,
 * apologies). Teams offers a bot no history to read, so a part whose send was never confirmed
 * is sent again.
 */
export function teamsOutboxPoster(proactive: Pick<TeamsProactiveSender, 'send' | 'postProactive'>, store: Pick<StateStore, 'saveAnswer'>): OutboxPoster {
  return {
    channel: 'teams',
    async postPart(entry, part) {
      const context = (entry.context ?? {}) as TeamsPostContext;
      const activity = entry.parts[part] as Partial<Activity>;
      const id = context.reference ? await proactive.send(context.reference, activity) : await proactive.postProactive(entry.target, activity);
      if (part === 0 && id && context.keep) {
        const { conversationId, question, answer } = context.keep;
        store.saveAnswer({ id: teamsAnswerKey(conversationId, id), channel: 'teams', conversationId: `teams:${conversationId}`, question, answer });
      }
      return id ?? null;
    },
    classify: classifyTeamsFailure,
  };
}
