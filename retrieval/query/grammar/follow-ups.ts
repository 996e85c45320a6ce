import { ORDINAL_SOURCE, ordinalValue } from '../../corpus/ordinals.js';

/**
 * Follow-ups that point back at the one action item a thread was about ("has it been completed?",
 * "is that one done?", "who owns it?"), step from it ("and the next one?", "the previous
 * item?") or pick one of the list it showed ("what does the first one say?"). The caller checks
 * that the question names no reference of its own.
 */

/** "it", "that one", "this item", "that action", "the same item". */
const POINTS_TO_ONE = /\b(?:it|that\s+one|this\s+one|th(?:at|is)\s+(?:action\s+)?item|th(?:at|is)\s+action|the\s+same\s+(?:one|item))\b/i;
const NEXT = /\b(?:next|following)\s+(?:one|(?:action\s+)?item|action)\b|\b(?:one|item|action)\s+(?:(?:right|just|immediately)\s+)?after\b/i;
const PREVIOUS = /\b(?:previous|preceding|prior)\s+(?:one|(?:action\s+)?item|action)\b|\b(?:one|item|action)\s+(?:(?:right|just|immediately)\s+)?before\b/i;

/** What a follow-up asks of the thread's item: that item (0), the next (1) or the previous one (−1); undefined when it points at none. */
export function itemStep(question: string): -1 | 0 | 1 | undefined {
  if (NEXT.test(question)) return 1;
  if (PREVIOUS.test(question)) return -1;
  return POINTS_TO_ONE.test(question) ? 0 : undefined;
}

/** "the first one", "the 2nd item", "the last action": a place in the list the thread showed. */
const LIST_PLACE = new RegExp(String.raw`\b(?:the\s+)?(${ORDINAL_SOURCE}|last)\s+(?:one|(?:action\s+)?item|action)\b`, 'i');

/** Which item of the thread's list a follow-up picks: 0 for the first, −1 for the last; undefined when it picks none. */
export function listPlace(question: string): number | undefined {
  const word = question.match(LIST_PLACE)?.[1];
  if (word === undefined) return undefined;
  return word.toLowerCase() === 'last' ? -1 : ordinalValue(word)! - 1;
}
