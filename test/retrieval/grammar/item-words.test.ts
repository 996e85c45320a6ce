import { describe, expect, it } from 'vitest';
import { asksForActionItem, ITEM_WORDS } from '../../../retrieval/query/grammar/item-words.js';

describe('words that ask for an action item', () => {
  it.each([
    ['which AI covers remote testing?', 'which   covers remote testing?'],
    ['the AI about fellowships - done?', 'the   about fellowships - done?'],
    ['which action items mention AI?', 'which   mention AI?'],
    ['what is the AI for Good summit?', 'what is the AI for Good summit?'],
    ['AI standards for health', 'AI standards for health'],
    // a study group's work item is a topic, not an action item
    ['does someone flag work items with no contributions?', 'does someone flag work items with no contributions?'],
    ['which item tracks stale work items?', 'which   tracks stale work items?'],
  ])('%s → %s', (q, rest) => {
    expect(q.replace(ITEM_WORDS, ' ')).toBe(rest);
  });

  it.each([
    ['which AI covers remote testing?', true],
    ['is there an item on internships?', true],
    ['what did SG13 do on AI?', false],
  ])('%s asks for an item: %s', (q, asks) => {
    expect(asksForActionItem(q)).toBe(asks);
  });
});
