/**
 * "Which item…", "which action…", "action item", "which AI covers…": words that ask for an action
 * item rather than name a topic, in English. "AI" is an action item only after a determiner and
 * before what it does ("which AI covers…", "the AI about…"); elsewhere it is artificial
 * intelligence ("AI for Good", "items on AI"). A "work item" is a study group's draft, a topic.
 */
export const ITEM_WORDS =
  /\b(?:action\s+items?|(?<!\bwork\s)items?|actions?|tasks?)\b|(?<=\b(?:which|what|the|an|this|that|any)\s+)AIs?(?=\s+(?:covers?|says?|mentions?|talks?|deals?|is|was|are|about|on|speaks?|refers?|concerns?|handles?|has|have|where|that)\b)/gi;
const ASKS_FOR_ITEM = new RegExp(ITEM_WORDS.source, 'i');

/** Whether the question asks for an action item ("which action mentions…", "is there an item on…", "which AI covers…"). */
export function asksForActionItem(question: string): boolean {
  return ASKS_FOR_ITEM.test(question);
}
