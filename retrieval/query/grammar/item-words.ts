/**
 * "Which item…", "which action…", "action item": words that ask for an action item rather than
 * name a topic, in English.
 */
export const ITEM_WORDS = /\b(?:action\s+items?|items?|actions?|tasks?)\b/gi;
const ASKS_FOR_ITEM = new RegExp(ITEM_WORDS.source, 'i');

/** Whether the question asks for an action item ("which action mentions…", "is there an item on…"). */
export function asksForActionItem(question: string): boolean {
  return ASKS_FOR_ITEM.test(question);
}
