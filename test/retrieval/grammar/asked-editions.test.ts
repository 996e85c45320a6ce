import { describe, expect, it } from 'vitest';
import { ordinalInWords, ordinalValue } from '../../../retrieval/corpus/ordinals.js';
import { askedEditions, speaksOfEdition, speaksOnlyOfOtherEditions } from '../../../retrieval/query/grammar/asked-editions.js';

describe('ordinals in figures and in words', () => {
  it.each([
    ['2nd', 2],
    ['Second', 2],
    ['13th', 13],
    ['thirteenth', 13],
    ['21st', 21],
    ['twenty-first', 21],
    ['thirty-first', 31],
    ['second-hand', undefined],
    ['2nd-generation', undefined],
    ['44th', 44],
  ] as const)('%s → %s', (word, value) => {
    expect(ordinalValue(word)).toBe(value);
  });

  it('writes ordinals in figures as words, up to thirty-first', () => {
    expect(['2nd', '12th', '22nd', '31st', '32nd', 'Q2', 'second'].map(ordinalInWords)).toEqual(['second', 'twelfth', 'twenty-second', 'thirty-first', '32nd', 'Q2', 'second']);
  });
});

describe('questions on one edition of an event', () => {
  it.each([
    ['When is the 5th FIGI Symposium?', [{ ordinal: 5, name: 'figi' }]],
    ['where was the second FIGI symposium held?', [{ ordinal: 2, name: 'figi' }]],
    ['where did the fourth meeting of the U4SSC take place?', [{ ordinal: 4, name: 'u4ssc' }]],
    ['the twenty-first IRG-AVA meeting', [{ ordinal: 21, name: 'irg-ava' }]],
    ['In which US city did the 2nd ITU-Academia Partnership meeting take place?', [{ ordinal: 2, name: 'itu-academia' }]],
    // the first edition is "inaugural" as often; a meeting with no name after it names no event
    ['when was the first FIGI symposium?', []],
    ['the 2nd meeting was held online', []],
    ['what did the 3rd item of Resolution 45 ask?', []],
    // an edition named by its year
    ['where was the 2019 edition of Accessible Americas held?', [{ ordinal: 2019, name: 'accessible', year: true }]],
    ['the 2020 session of the WSIS Forum', [{ ordinal: 2020, name: 'wsis', year: true }]],
    ['in the 2021 edition of the report', []],
  ] as const)('%s → %j', (q, editions) => {
    expect(askedEditions(q)).toEqual(editions);
  });
});

describe('the first edition, asked for ranking', () => {
  it.each([
    ['when was the first WISE event held?', [{ ordinal: 1, name: 'wise' }]],
    ['when was the 1st FIGI symposium?', [{ ordinal: 1, name: 'figi' }]],
    ['where was the second FIGI symposium held?', [{ ordinal: 2, name: 'figi' }]],
    ['what was the first thing TSB did?', []],
  ] as const)('%s → %j', (q, editions) => {
    expect(askedEditions(q, { first: true })).toEqual(editions);
  });

  it.each([
    ['The second Women in Standardization Expert Group (WISE) event was held on 8 March 2022.', true],
    ['The first WISE event was held on 30 October 2016 at WTSA-16.', false],
    ['ITU-T to continue WISE; and post WISE web-page.', false],
  ] as const)('%s: only another edition than the first → %s', (text, expected) => {
    expect(speaksOnlyOfOtherEditions(text, { ordinal: 1, name: 'wise' })).toBe(expected);
  });
});

describe('texts that speak of the edition asked', () => {
  it.each([
    ['Organized the second edition of FIGI Symposium, in Cairo, Egypt (21 to 24 January 2019).', 2, 'figi', true],
    ['Organized the second edition of FIGI Symposium, in Cairo, Egypt (21 to 24 January 2019).', 5, 'figi', false],
    ['The 16th edition of the World Telecommunication/ICT Indicators Symposium (WTIS) was held in December 2018.', 16, 'wtis', true],
    ['WSC meetings:\n· The 20th meeting of the IEC/ISO/ITU World Standards Cooperation took place on 26 February 2021.', 20, 'wsc', true],
    ['· ATU-1, 4 - 7 March 2019, Rabat, Morocco · ATU-2, 7 - 11 October 2019, Entebbe, Uganda', 2, 'atu', true],
    ['· ATU-1, 4 - 7 March 2019, Rabat, Morocco · ATU-2, 7 - 11 October 2019, Entebbe, Uganda', 3, 'atu', false],
    // the ordinal after the name numbers another event
    ['the 8th ITU Green Standards Week which took place in Zanzibar, and the 12th ITU Symposium on ICT, Environment and Climate Change', 12, 'green', false],
    ['the 8th ITU Green Standards Week which took place in Zanzibar, and the 12th ITU Symposium on ICT, Environment and Climate Change', 8, 'green', true],
  ] as const)('%s: edition %i of %s → %s', (text, ordinal, name, expected) => {
    expect(speaksOfEdition(text, { ordinal, name })).toBe(expected);
  });

  it.each([
    ['· Accessible Americas 2019 (Quito, 20-22 November 2019)', 2019, true],
    ['The regional event “Accessible Americas: ICTs for ALL” is planned to be carried out in Varadero, Cuba, from 29 November to 1st December 2021.', 2021, true],
    ['The regional event “Accessible Americas: ICTs for ALL” is planned to be carried out in Varadero, Cuba, from 29 November to 1st December 2021.', 2019, false],
  ] as const)('%s: the %i edition of Accessible Americas → %s', (text, year, expected) => {
    expect(speaksOfEdition(text, { ordinal: year, name: 'accessible', year: true })).toBe(expected);
  });
});
