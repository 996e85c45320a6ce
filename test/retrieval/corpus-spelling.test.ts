import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../retrieval/index/corpus-index.js';
import { withCorpusSpelling } from '../../retrieval/query/corpus-spelling.js';
import { parseQuery } from '../../retrieval/query/parse-query.js';
import { sharedRapporteur } from '../support/shared-rapporteur.js';

let index: CorpusIndex;
beforeAll(async () => {
  index = (await sharedRapporteur()).index;
});

const mended = (question: string): string => withCorpusSpelling(index, parseQuery(question)).text;

describe('topic words typed with a typo meet the reports\' spelling', () => {
  it.each([
    ['fellowhsips res 44', 'fellowships res 44'],
    ['sdn orchestator layer implicatons for oss work', 'sdn orchestrator layer implications for oss work'],
    ['mutual recogntion of c&i test results', 'mutual recognition of c&i test results'],
    ['Cybersecurty drills in Africa?', 'Cybersecurity drills in Africa?'],
    // A name typed mid-sentence meets a name of the reports.
    ['Where was the Global Standards Symposuim GSS-20 held?', 'Where was the Global Standards Symposium GSS-20 held?'],
    ['Where was the e-waste event held in Decmber 2020?', 'Where was the e-waste event held in December 2020?'],
    ['where was the Global Refugee Fourm held', 'where was the Global Refugee Forum held'],
    // A title's typo drops, adds or swaps a letter: mended to the common word too.
    ['Where was the Moldova Cybersecuirty Week held?', 'Where was the Moldova Cybersecurity Week held?'],
    ['How many entries does the Product Conformity Databse hold?', 'How many entries does the Product Conformity Database hold?'],
    // wink-lexicon lists some misspellings as nouns; WordNet does not.
    ['spectrum managment conference', 'spectrum management conference'],
    // The reports write "countires" once and "countries" hundreds of times: their own typo is no spelling to keep.
    ['test bed labs in developping countires', 'test bed labs in developing countries'],
  ])('%s → %s', (typed, meant) => {
    expect(mended(typed)).toBe(meant);
  });

  it.each([
    ['best practises for cirts and where theyre needed', 'a contraction without its apostrophe'],
    ['which admin changes did SG2 study?', 'a word cut short ("administration")'],
    ['res79 ewaste mooc', 'a compound run together ("e-waste")'],
    ['can u translate my reply into german', 'a name of the reports ("Germany") is no typo\'s target'],
    ['which items are ticked and finalised?', 'English words, inflected or British'],
    ['stolen fones', 'the first letter changed: typists rarely miss it'],
    ['What has ITU done about vishing?', 'nor "wishing"'],
    ['Did Mobily take part in any ITU workshop?', 'a name typed mid-sentence is no common word with a letter changed ("mobile")'],
    ['where was the ITU ideathon held?', 'a word the reports use once ("ideation") is no target'],
    ['any work on metaverses?', 'a plural of the reports\' word'],
    ['mpayment pilots', 'a run-together prefix ("payment")'],
    ['Quelles actions de la Résolution 44 sont terminées ?', 'other languages'],
  ])('leaves "%s" as typed (%s)', (typed) => {
    expect(mended(typed)).toBe(parseQuery(typed).text);
  });

  it.each([
    ['who from the Mexican government met the Americas office?', 'who from the Mexico government met the Americas office?'],
    ['the malaysian stop of the project', 'the Malaysia stop of the project'],
    ['any Chadian regulator at the DFS clinic?', 'any Chad regulator at the DFS clinic?'],
  ])('a country\'s adjective the reports never use is asked as its name: %s', (typed, meant) => {
    expect(mended(typed)).toBe(meant);
  });

  it.each([
    ['can u translate my reply into german', 'a language, not an adjective before its noun'],
    ['is the report available in Russian?', 'nor here'],
    ['which African countries joined the BSG workshops?', 'a word the reports use'],
  ])('leaves "%s" as typed (%s)', (typed) => {
    expect(mended(typed)).toBe(parseQuery(typed).text);
  });

  it('echoes the question as asked', () => {
    expect(withCorpusSpelling(index, parseQuery('fellowhsips res 44')).asked).toBe('fellowhsips res 44');
  });
});
