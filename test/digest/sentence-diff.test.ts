import { describe, expect, it } from 'vitest';
import { changedFigures, compareTexts, sentencesOf } from '../../bot/digest/sentence-diff.js';

describe('sentencesOf', () => {
  it('keeps abbreviations and list numbers inside their sentence', () => {
    expect(sentencesOf(['The revised Resolution 25 (Rev. Bucharest, 2022) applies. Mr. Kucheryavy chaired it in St. Petersburg.', '1. Implementation of a project.'])).toEqual([
      'The revised Resolution 25 (Rev. Bucharest, 2022) applies.',
      'Mr. Kucheryavy chaired it in St. Petersburg.',
      '1. Implementation of a project.',
    ]);
  });
});

describe('changedFigures', () => {
  it('gives a changed count with the words it counts', () => {
    expect(changedFigures('as well as eight area offices, located in Africa', 'as well as nine area offices, located in Africa')).toEqual([
      { from: 'eight area offices', to: 'nine area offices' },
    ]);
    expect(changedFigures('In 2022, 120 fellowships were awarded.', 'In 2022, 121 fellowships were awarded.')).toEqual([
      { from: '120 fellowships were', to: '121 fellowships were' },
    ]);
  });

  it('takes the words before a figure that ends its phrase', () => {
    expect(changedFigures('The area offices now number 12.', 'The area offices now number 13.')).toEqual([{ from: 'now number 12', to: 'now number 13' }]);
  });

  it('ignores case-only changes, reworded text and changed cross-references', () => {
    expect(changedFigures('the ITU office for Europe', 'the ITU Office for Europe')).toEqual([]);
    expect(changedFigures('mentioned in section 1 below', 'mentioned in section 2 below')).toEqual([]);
    expect(changedFigures('Monthly calls were held.', 'Periodic calls were held.')).toEqual([]);
  });
});

describe('compareTexts', () => {
  it('pairs an edited sentence and leaves the others added or removed', () => {
    const before = ['Regional presence counts eight area offices. Monthly calls were held.'];
    const after = ['Regional presence counts nine area offices. A training took place in Benin.'];
    expect(compareTexts(before, after)).toEqual({
      added: ['A training took place in Benin.'],
      removed: ['Monthly calls were held.'],
      edits: [
        {
          before: 'Regional presence counts eight area offices.',
          after: 'Regional presence counts nine area offices.',
          figures: [{ from: 'eight area offices', to: 'nine area offices' }],
        },
      ],
    });
  });

  it('finds nothing when only case, spacing or punctuation changed', () => {
    expect(compareTexts(['The ITU office  for Europe, in Geneva.'], ['The ITU Office for Europe in Geneva.'])).toEqual({ added: [], removed: [], edits: [] });
  });
});
