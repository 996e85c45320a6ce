import { describe, expect, it } from 'vitest';
import type { ActionItemRecord, CorpusRecord } from '../../retrieval/corpus/records.js';
import type { CorpusIndex } from '../../retrieval/index/corpus-index.js';
import { acronymSpellings, harvestAcronymDefinitions, longFormOf } from '../../retrieval/index/acronym-definitions.js';
import { KeywordIndex, keywordTerms } from '../../retrieval/index/keyword-index.js';
import { glossaryTerms } from '../../retrieval/index/itu-glossary.js';
import { spelledOutAcronyms } from '../../retrieval/query/expand-acronyms.js';
import { favourDistinguishingSiblings } from '../../retrieval/query/sibling-items.js';

describe('keyword terms', () => {
  it.each([
    ['organised', 'organized'],
    ['organisation', 'organization'],
    ['programmes', 'programs'],
    ['centre', 'center'],
    ['analysed', 'analyzed'],
    ['fibre', 'fiber'],
    ['signalling', 'signaling'],
  ])('British "%s" meets American "%s"', (british, american) => {
    expect(keywordTerms(british)).toEqual(keywordTerms(american));
  });

  it.each([
    ['ITU-T K.52', 'K.52 and K.61'],
    ['D.607R', 'which item mentions d.607r'],
    ['Y.3172', 'what does Y.3172 say'],
  ])('a Recommendation number is one keyword, whole: "%s" in "%s"', (number, question) => {
    const [term] = keywordTerms(number).filter((t) => /\d/.test(t));
    expect(keywordTerms(question)).toContain(term);
    // Not the bare number, which would meet every item of the Resolution so numbered.
    expect(keywordTerms(question)).not.toContain(number.replace(/^.*\./, '').toLowerCase());
  });

  it('leaves words with one spelling alone', () => {
    expect(keywordTerms('fellowships held')).toEqual(['fellowship', 'hold']);
  });

  it.each([
    ['2nd', 'second'],
    ['1st', 'first'],
    ['12th', 'twelfth'],
    ['13th', 'thirteenth'],
    ['21st', 'twenty-first'],
  ])('the ordinal "%s" meets "%s"', (digits, word) => {
    // "twenty-first" is also indexed by its parts; the whole word is the term both share
    expect(keywordTerms(word)[0]).toBeDefined();
    expect(keywordTerms(digits)).toEqual([keywordTerms(word)[0]]);
  });

  it('keeps ordinals past thirty-first and other digits as written', () => {
    expect(keywordTerms('44th 2nd-generation 44-30')).toEqual(['44th', '2nd-generation', 'second', 'gener', '44-30', '44', '30']);
  });

  it('reads a name run into a year as the name and the year too, as the reports write both', () => {
    expect(keywordTerms('YILF2018')).toEqual(['yilf2018', 'yilf', '2018']);
    expect(keywordTerms('FG-NET2030')).toEqual(['fg-net2030', 'fg', 'net2030', 'net', '2030']);
    expect(keywordTerms('IMT2020').slice(1)).toEqual(keywordTerms('IMT-2020').slice(1));
    expect(keywordTerms('U4SSC SG20RG')).toEqual(['u4ssc', 'sg20rg']);
  });

  it('keeps the number pair of a Question or working party, whose single digits alone are dropped', () => {
    expect(keywordTerms('Working Party 1/5')).toEqual(['work', 'parti', '1/5']);
    expect(keywordTerms('Q2/13')).toContain('2/13');
    expect(keywordTerms('Question 2/13')).toContain('2/13');
    expect(keywordTerms('on 12/03/2021')).toEqual(['12', '03', '2021']);
  });

  it.each([['Bogotá', 'Bogota'], ['Málaga', 'Malaga'], ['Télécom', 'Telecom']])('reads %s as %s, accents aside', (accented, plain) => {
    expect(keywordTerms(accented)).toEqual(keywordTerms(plain));
  });

  it('keeps a stop word written in capitals as a name ("WHO", "GET 2019"), unless the whole text is shouted', () => {
    expect(keywordTerms('coordinate with WHO on EMF')).toEqual(['coordin', 'WHO', 'emf']);
    expect(keywordTerms('who coordinates on EMF')).toEqual(['coordin', 'emf']);
    expect(keywordTerms('where was GET 2019 held')).toEqual(['GET', '2019', 'hold']);
    expect(keywordTerms('WHO IS WORKING ON EMF')).toEqual(keywordTerms('who is working on emf'));
  });

  it('leaves the letters of other scripts whole', () => {
    expect(keywordTerms('йод')).toEqual(['йод']);
  });

  it.each([['SG chairmen'], ['SG chairwoman'], ['SG chairperson']])('reads an office holder as the office: %s meets "SG chairs"', (text) => {
    expect(keywordTerms(text)).toEqual(keywordTerms('SG chairs'));
  });

  it.each([['human'], ['women'], ['German'], ['Yemen']])('leaves short words ending in "man" or "men" alone: %s', (word) => {
    expect(keywordTerms(word)).toEqual([word.toLowerCase()]);
  });
});

describe('ITU abbreviations and their long forms', () => {
  it.each([
    ['did the advisory group set anything up?', 'TSAG'],
    ['what did the Telecommunication Standardization Advisory Group decide?', 'TSAG'],
    ['which items name SG17?', 'study group'],
    ['Telecommunication Development Advisory Group (TDAG)', ''],
    ['what does the COP guidance say?', 'child online protection'],
    ['What did ITU do at COP30 in Belém?', ''],
    ['the COP-28 side event', ''],
    ['the Radiocommunication Advisory Group', ''],
  ])('%s → "%s"', (text, expected) => {
    expect(glossaryTerms(text)).toBe(expected);
  });
});

function passage(text: string, heading = 'Statistics'): CorpusRecord {
  return { kind: 'passage', key: `passage:report.txt:${text.length}`, document: 'report.txt', headingPath: [heading], text };
}

describe('acronyms the reports define', () => {
  const records = [
    passage('ITU helped countries develop national emergency telecommunication plans (NETPs) and ran a Global Cybersecurity Index (GCI) survey.'),
    passage('Preliminary data for 2020 shows that less than 25% of countries have an NETP or similar plan in place.'),
    passage('The Committee on Payments and Market Infrastructures (CPMI) co-leads FIGI (since 2017).'),
  ];
  const definitions = harvestAcronymDefinitions(records);

  it('harvests each acronym whose letters its words give, link words aside, and nothing else', () => {
    expect(definitions).toEqual(
      new Map([
        ['NETP', [['national', 'emergency', 'telecommunication', 'plans']]],
        ['GCI', [['global', 'cybersecurity', 'index']]],
        ['CPMI', [['committee', 'payments', 'market', 'infrastructures']]],
      ]),
    );
  });

  it.each([
    ['NETP', 'ITU helped countries develop national emergency telecommunication plans', 'national emergency telecommunication plans'],
    ['EMF', 'exposure of humans to electromagnetic fields', 'electromagnetic fields'],
    ['GSR', 'the annual Global Symposium for Regulators', 'Global Symposium for Regulators'],
    ['CPMI', 'led jointly by the Committee on Payments and Market Infrastructures', 'Committee on Payments and Market Infrastructures'],
    ['WHO', 'cooperation with the World Health Organization', 'World Health Organization'],
    // the first letter must start a word; the letters must all be there
    ['ITU', 'the station in town', undefined],
    ['QSDG', 'the Development Group', undefined],
  ])('%s abbreviates the end of "%s" → %s', (acronym, words, form) => {
    expect(longFormOf(acronym, words)).toBe(form);
  });

  it('harvests an acronym written with its edition ("(GSR-19)") and one whose letters are inside words ("(EMF)")', () => {
    const found = harvestAcronymDefinitions([
      passage('The Global Symposium for Regulators (GSR-19) was held in Port Vila.'),
      passage('Guidance on human exposure to electromagnetic fields (EMF) was published.'),
    ]);
    expect(found).toEqual(
      new Map([
        ['GSR', [['global', 'symposium', 'regulators']]],
        ['EMF', [['electromagnetic', 'fields']]],
      ]),
    );
  });

  it("spells out a text's acronyms", () => {
    expect(acronymSpellings('less than 25% of countries have an NETP', definitions)).toBe('national emergency telecommunication plans');
    expect(acronymSpellings('No acronym here, nor an undefined one (WHO).', definitions)).toBe('');
  });

  it.each([
    ['roughly what share of countries had a national emergency telecom plan in 2020?', ['NETP']],
    ['the global cybersecurity index results', ['GCI']],
    ['the committee on payments and market infrastructures', ['CPMI']],
    ['a national plan for emergency telecommunication', []],
    ['the global index of cybersecurity', []],
  ])('"%s" spells out %j', (question, acronyms) => {
    expect(spelledOutAcronyms(question, definitions)).toEqual(acronyms);
  });

  it('finds the record that writes only the acronym from a question that spells it out', () => {
    const index = KeywordIndex.build(records);
    const hits = index.query('what share of countries had a national emergency telecom plan?', 3);
    expect(hits.map((h) => h.index)).toContain(1);
    const plain = KeywordIndex.build([records[0]!, passage('Preliminary data for 2020 shows that less than 25% of countries have it.')]);
    expect(plain.query('national emergency telecom plan', 3).map((h) => h.index)).toEqual([0]);
  });
});

function item(id: string, action: string, status: string): ActionItemRecord {
  return {
    kind: 'action-item', key: `item:${id}`, id, aliases: [], resolution: id.split('-')[0]!, resolutionTitle: 'Open source',
    action, milestone: 'Ongoing', goalsMet: false, completed: false, status, crossRefs: [], document: 'plan.txt', section: '',
  };
}

describe('favourDistinguishingSiblings', () => {
  const records: CorpusRecord[] = [
    item('90-01', 'TSAG to study the benefits of open source projects', 'TSAG studied open source.'),
    item('90-02', 'Study Groups to answer TSAG enquiries on open source', 'Open source enquiries answered by SG11.'),
    item('90-03', 'TSB Director to provide open source training', 'Open source tutorials held.'),
    item('11-01', 'SG11 to study signalling', 'Enquiries on signalling protocols.'),
  ];
  const index = { records } as CorpusIndex;
  const ranked = (order: number[]) => order.map((i, n) => ({ index: i, score: 1 - n * 0.05, similarity: 0.5 }));

  it("lifts the sibling whose action holds the question's rare words over one that shares only the Resolution's words", () => {
    const result = favourDistinguishingSiblings(index, keywordTerms('open source enquiries from TSAG'), [], ranked([0, 1, 2]));
    expect(result.map((r) => records[r.index]!.key)).toEqual(['item:90-02', 'item:90-01', 'item:90-03']);
  });

  it('leaves other Resolutions, and a question whose words no sibling singles out, as fusion ranked them', () => {
    expect(favourDistinguishingSiblings(index, keywordTerms('open source'), [], ranked([0, 1, 2]))).toEqual(ranked([0, 1, 2]));
    const other = favourDistinguishingSiblings(index, keywordTerms('enquiries'), [], ranked([0, 3, 1]));
    expect(other.map((r) => records[r.index]!.key)).toEqual(['item:90-02', 'item:90-01', 'item:11-01']);
  });

  it('lifts the sibling whose action asks the role the question names as acting', () => {
    // "Is TSB meant to give open source training?": only 90-03 asks TSB to act.
    const result = favourDistinguishingSiblings(index, keywordTerms('open source'), ['TSB'], ranked([0, 1, 2]));
    expect(result[0]!.index).toBe(2);
  });
});
