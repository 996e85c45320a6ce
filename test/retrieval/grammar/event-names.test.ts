import { describe, expect, it } from 'vitest';
import { withEventNamesJoined } from '../../../retrieval/query/grammar/event-names.js';
import { readQuestionNames } from '../../../retrieval/query/grammar/question-names.js';
import { parseQuery } from '../../../retrieval/query/parse-query.js';

describe('conferences as delegates type them', () => {
  it.each([
    ['whr and when was wtdc 22', 'whr and when was WTDC-22'],
    ['wtdc22 outcomes', 'WTDC-22 outcomes'],
    ['what did WTSA 2024 decide?', 'what did WTSA-24 decide?'],
    ['wtsa-20 preparations', 'WTSA-20 preparations'],
    ['WRC 2023 agenda', 'WRC-23 agenda'],
    ['wrc23 agenda', 'WRC-23 agenda'],
    ['GSR 21 best practices', 'GSR-21 best practices'],
    ['the PP 22 elections', 'the PP-22 elections'],
    ['RA 19 outcomes', 'RA-19 outcomes'],
  ])('%s → %s', (typed, written) => {
    expect(withEventNamesJoined(typed)).toBe(written);
  });

  it.each([
    ['see pp 12 of the report'],
    ['the ra 19 figure'],
    ['wrc 23-27 agenda items'],
    ['WTDC-22 in Kigali'],
    ['the wtdc 2 report'],
    ['wtsa 123'],
    ['an era 2030 vision'],
  ])('%s is left as it is', (text) => {
    expect(withEventNamesJoined(text)).toBe(text);
  });

  it('a typed edition is a numbered event of the question, to be found in the reports or not', () => {
    expect(readQuestionNames(parseQuery('when is wtsa 28 going to be held?').text).events).toEqual(['wtsa-28']);
  });
});
