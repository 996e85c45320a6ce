import { describe, expect, it } from 'vitest';
import { answersYear, resolutionDated } from '../../../retrieval/query/grammar/dated-resolutions.js';

describe('a year that dates a Resolution', () => {
  it.each([
    ['what does the 2014 plenipot resolution say about SMEs?', '2014', ''],
    ['the 2016 Resolution 196 on consumers', '2016', '196'],
    ['is Resolution 195 of 2014 implemented?', '2014', '195'],
    ['Res 71 (Dubai, 2018) - any news?', '2018', '71'],
    ['consented feb 2017 - which res 50 item is that?', '2017', undefined],
    ['how many fellowships were awarded in 2019?', '2019', undefined],
  ] as const)('%s (%s) → %s', (question, year, resolution) => {
    expect(resolutionDated(question, year)).toBe(resolution);
  });
});

describe('a sentence answering a year', () => {
  const never = (): boolean => false;
  it('answers for a numbered Resolution only when it cites that edition of it', () => {
    expect(answersYear('as specified in Resolution 146 (Rev. Busan, 2014) and Resolution 87 (Hammamet, 2016)', '2016', '146', never)).toBe(false);
    expect(answersYear('under Resolution 146 (Busan, 2016)', '2016', '146', never)).toBe(true);
  });

  it('answers for an unnumbered Resolution when it cites any of that year, else when it shares a question word', () => {
    expect(answersYear('Resolution 195 (Busan, 2014) calls on…', '2014', '', never)).toBe(true);
    expect(answersYear('In 2014 the office moved.', '2014', undefined, never)).toBe(false);
    expect(answersYear('In 2014 the office moved.', '2014', undefined, () => true)).toBe(true);
  });
});
