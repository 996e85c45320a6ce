import type { ListFilter } from '../../retrieval/query/thread-context.js';
import type { StateStore } from '../state/state-store.js';

/** What a conversation was about, so a follow-up such as "and interpretation?" stays in scope. */
export interface ConversationTopic {
  resolution: string | null;
  /** The one action item the last answer was about ("has it been completed?"). */
  item?: string | null;
  /** The last list's filter ("and for Resolution 90?"). */
  filter?: ListFilter | null;
  /** Numbered events the thread asked about ("and how many participants?" after "where was WTDC-22?"). */
  events?: string[];
  /** The items of the last list answer, in order ("what does the first one say?"). */
  listed?: string[];
  /** The last question answered, as read ("and in 2025?" asks it again of 2025). */
  question?: string;
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

/**
 * Words that point back at what the thread was about: "which of those are completed?", "what does
 * the first one say?", "who is responsible for it?".
 */
const POINTS_BACK = /\b(?:those|these|them|the same ones|that one|this one)\b|\b(?:first|second|third|last|next|previous|following)\s+(?:one|item|action)\b|\bit\s*[?.!]*\s*$/i;

/** A follow-up leans on the previous question: short, opening with "and", "what about"…, or pointing back. */
export function looksLikeFollowUp(question: string): boolean {
  const text = question.trim();
  const words = text.split(/\s+/).length;
  return words <= 4 || /^(and|also|what about|how about|same for|and what about|what of)\b/i.test(text) || POINTS_BACK.test(text);
}
