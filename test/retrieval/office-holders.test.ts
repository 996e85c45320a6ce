import { describe, expect, it } from 'vitest';
import { keywordTerms } from '../../retrieval/index/keyword-index.js';
import { namesHolder, type AskedHolder } from '../../retrieval/query/office-holders.js';

/** An asked holder as `askedHolder` reads one, written out: body terms, the office's kind, years. */
function asked(body: string, offices: string, options: { years?: string[]; deputy?: boolean } = {}): AskedHolder {
  const terms = keywordTerms(body);
  return { body: new Set(terms), required: [terms.slice(0, 2)], offices: new Set(keywordTerms(offices)), years: options.years ?? [], deputy: options.deputy ?? false };
}
const CHAIR = 'chair chairman chaired presided president convenor';

describe('a sentence names the holder asked', () => {
  it.each([
    ['ITU-T SG11 Chairman Mr. Andrey Kucheryavy and ITU-T SG11 experts participate in the ITU-D project', asked('SG11', CHAIR), true],
    ['The Director of TSB, Mr Chaesub Lee, continues to undertake actions to improve gender equality.', asked('TSB', 'director'), true],
    ['WSIS Forum 2022 was chaired by H.E. Professor Isa Ali Ibrahim (Pantami), Minister.', asked('WSIS forum', CHAIR, { years: ['2022'] }), true],
    // another year's chair
    ['WSIS Forum 2022 was chaired by H.E. Professor Isa Ali Ibrahim (Pantami), Minister.', asked('WSIS forum', CHAIR, { years: ['2019'] }), false],
    // another office: a chairman is no director
    ['ITU-T SG11 Chairman Mr. Andrey Kucheryavy and ITU-T SG11 experts participate', asked('SG11', 'director'), false],
    // the body named far from the office: the chairman is FG ML5G's
    [
      'As a side event at WSIS Forum of March 2018, SG13 offered a presentation on machine learning for IMT-2020 given by the FG ML5G chairman, Slawomir Stanczak.',
      asked('SG13', CHAIR),
      false,
    ],
    // a deputy is not the holder
    ['A Group on translation was set up, chaired by the Deputy Secretary-General.', asked('', 'secretary-general'), false],
    ['The appointed TSAG representatives to ISCG are: Mr Vladimir Minkin and Mr Matano Ndaro (Vice-Chairmen of TSAG).', asked('TSAG', CHAIR, { deputy: true }), true],
    // no person named
    ['The Chairman of Study Group 2 consulted TSAG.', asked('TSAG', CHAIR), false],
    // contact persons and liaisons are offices of their own kinds
    ['SG17 appointed Mr. Paul Najarian as its contact to SCV.', asked('SG17 SCV', 'contact focal'), true],
    ['SG17 appointed Mr. Paul Najarian as its contact to SCV.', asked('accessible americas', 'contact focal'), false],
    ['SG17 appointed Mr. Paul Najarian as its contact to SCV.', asked('SG17', 'liaison rapporteur'), false],
    ['SG13 nominated a liaison rapporteur for ITU-D, Mr Fidelis Onah (Nigeria).', asked('SG13 ITU-D', 'liaison rapporteur'), true],
  ])('%s', (sentence, question, expected) => {
    expect(namesHolder(question, sentence)).toBe(expected);
  });
});

describe('a parenthesis glosses the body', () => {
  const glossed: AskedHolder = { ...asked('SG17 SCV committee', 'contact focal'), required: [['scv'], ['committe']] };
  it('a sentence holding the rare terms of one side names the holder', () => {
    expect(namesHolder(glossed, 'SG17 appointed Mr. Paul Najarian as its contact to SCV.')).toBe(true);
  });
  it('a sentence holding neither side does not', () => {
    expect(namesHolder(glossed, 'SG17 appointed Mr. Paul Najarian as its contact to JCA-IoT.')).toBe(false);
  });
});
