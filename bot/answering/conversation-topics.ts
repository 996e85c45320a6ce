import type { StateStore } from '../state/state-store.js';

/** What a conversation was about, so a follow-up such as "and interpretation?" stays in scope. */
export interface ConversationTopic {
  resolution: string | null;
}

export interface TopicMemory {
  get(conversationId: string): ConversationTopic | undefined;
  set(conversationId: string, topic: ConversationTopic): void;
}

/** Topics kept in the state store (survive restarts), or in memory when there is no store. */
export function topicMemory(store?: StateStore): TopicMemory {
  if (store) {
    return {
      get: (id) => store.getTopic<ConversationTopic>(id),
      set: (id, topic) => store.setTopic(id, topic),
    };
  }
  const topics = new Map<string, ConversationTopic>();
  return { get: (id) => topics.get(id), set: (id, topic) => void topics.set(id, topic) };
}

/** A follow-up leans on the previous question: short, or opening with "and", "what about"… */
export function looksLikeFollowUp(question: string): boolean {
  const words = question.trim().split(/\s+/).length;
  return words <= 4 || /^(and|also|what about|how about|same for|and what about|what of)\b/i.test(question.trim());
}
