import { describe, expect, it } from 'vitest';
import { askedNouns } from '../../../retrieval/query/grammar/asked-noun.js';

describe('askedNouns', () => {
  it.each([
    ["which operators and mobile money providers took part in the DFS security clinic in N'Djamena?", ['providers']],
    ['July 2021 - which Jamaican minister did the Americas office brief on the upcoming WTSA?', ['minister']],
    ['which country hosted the event?', ['country']],
    ['which items are completed?', ['items']],
    ['what year did the office open?', ['year']],
    ['which group leads the work on QoS', ['group']],
    ['2025 report: how does the Europe office keep in touch with the TSB Director - what kind of calls?', ['calls']],
    ['which PASC meeting did the focal point attend, and on what dates?', ['meeting', 'dates']],
  ])('"%s" asks for %j', (question, nouns) => {
    expect(askedNouns(question)).toEqual(nouns);
  });

  it.each([['what did the office present with TSB?'], ['what is Opinion 1'], ['who chairs SG17?'], ['which of the regional offices in the Americas and the Caribbean run training']])(
    '"%s" names no asked noun before a verb within reach',
    (question) => {
      expect(askedNouns(question)).toEqual([]);
    },
  );
});
