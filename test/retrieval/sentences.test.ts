import { describe, expect, it } from 'vitest';
import { splitIntoSentences } from '../../retrieval/corpus/sentences.js';

describe('sentences of a record', () => {
  it('a signature\'s name and office on lines of their own are one sentence', () => {
    const text = 'I congratulate all of you.\nHoulin Zhao\nSecretary-General, International Telecommunication Union';
    expect(splitIntoSentences(text)).toEqual([
      'I congratulate all of you.',
      'Houlin Zhao, Secretary-General, International Telecommunication Union',
    ]);
  });

  it.each([
    ['Regional Director for Africa'],
    ['Deputy Secretary-General of ITU'],
    ['Director, Telecommunication Standardization Bureau'],
  ])('a name then "%s" is signed so', (office) => {
    expect(splitIntoSentences(`Jane Doe-Smith\n${office}`)).toEqual([`Jane Doe-Smith, ${office}`]);
  });

  it.each([
    ['Main Outcomes\nDirector to report annually.'],
    ['The meeting was held in Geneva.\nDirector to report annually.'],
    ['Houlin Zhao\nThe report was published in 2022.'],
  ])('a heading, a sentence or a name before other text stays apart: %j', (text) => {
    expect(splitIntoSentences(text)).toHaveLength(2);
  });

  it("a name's initial ends no sentence", () => {
    expect(splitIntoSentences('Bahamas: July 2021; Senator the Honourable J. Kwasi Thompson, Minister of State for Finance. He was briefed.')).toEqual([
      'Bahamas: July 2021; Senator the Honourable J. Kwasi Thompson, Minister of State for Finance.',
      'He was briefed.',
    ]);
  });

  it('a lead-in keeps its short list', () => {
    expect(splitIntoSentences('ITU has offices in:\n· Africa\n· Americas')).toEqual(['ITU has offices in: Africa; Americas']);
  });
});
