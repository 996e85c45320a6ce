import { describe, expect, it } from 'vitest';
import { itemStep, listPlace } from '../../../retrieval/query/grammar/follow-ups.js';
import { askedOfAnotherEvent, askedOfAnotherYear } from '../../../retrieval/query/thread-context.js';

describe('follow-ups on the thread\'s item', () => {
  it.each([
    ['has it been completed?', 0],
    ['is that one done?', 0],
    ['who owns it?', 0],
    ['when is this item due?', 0],
    ['and the next one?', 1],
    ['what about the following item?', 1],
    ['the one after?', 1],
    ["what's the item right after it?", 1],
    ['and the one before it?', -1],
    ['what about the previous one?', -1],
    ['and the preceding action item?', -1],
  ] as const)('%s → %s', (q, step) => {
    expect(itemStep(q)).toBe(step);
  });

  it.each([['which of those are completed?'], ['and interpretation?'], ['list them all'], ['what about items on fellowships?']])('%s points at no one item', (q) => {
    expect(itemStep(q)).toBeUndefined();
  });
});

describe('follow-ups picking from the thread\'s list', () => {
  it.each([
    ['what does the first one say?', 0],
    ['and the 2nd item?', 1],
    ['the third action - done?', 2],
    ['the last one?', -1],
  ] as const)('%s → place %s', (q, place) => {
    expect(listPlace(q)).toBe(place);
  });

  it.each([['and the next one?'], ['which of those are completed?'], ['the first symposium']])('%s picks no place', (q) => {
    expect(listPlace(q)).toBeUndefined();
  });
});

describe('follow-ups asking the last question of another year', () => {
  it.each([
    ['and in 2025?', 'how many area offices were there in 2021?', 'how many area offices were there in 2025?'],
    ['what about 2021?', 'area offices in the 2025 report', 'area offices in the 2021 report'],
    ['same for 2019', 'how many fellowships were awarded?', 'how many fellowships were awarded in 2019?'],
    ['and in 2021 and 2022?', 'how many fellowships were awarded?', undefined],
    ['and in Africa?', 'how many area offices were there in 2021?', undefined],
    ['and in 2025?', undefined, undefined],
  ])('"%s" after "%s" → %s', (q, previous, asked) => {
    expect(askedOfAnotherYear(q, previous)).toBe(asked);
  });
});

describe('follow-ups asking the last question of another numbered event', () => {
  it.each([
    ['and WTDC-22?', 'how many attended? (WTSA-20)', 'how many attended? (WTDC-22)'],
    ['what about wrc-19?', 'where was WTDC-22 held?', 'where was WRC-19 held?'],
    ['same for WTSA-16', 'who chaired WTSA-20 and when was WTSA-20 held?', 'who chaired WTSA-16 and when was WTSA-16 held?'],
    ['and WTDC-22?', 'how many area offices are there?', undefined],
    ['and how many attended WTDC-22?', 'where was WTSA-20 held?', undefined],
    ['and WTDC-22?', undefined, undefined],
  ])('"%s" after "%s" → %s', (q, previous, asked) => {
    expect(askedOfAnotherEvent(q, previous)).toBe(asked);
  });
});
