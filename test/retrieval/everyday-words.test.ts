import { describe, expect, it } from 'vitest';
import { KeywordIndex } from '../../retrieval/index/keyword-index.js';
import { termFrequency } from '../../retrieval/query/corpus-vocabulary.js';
import { everydayTerms } from '../../retrieval/query/everyday-words.js';
import { recordText } from '../../retrieval/query/record-terms.js';
import { sharedRapporteur } from '../support/shared-rapporteur.js';

const QUESTION = 'which initiative helped countries with wfh and online schooling after covid?';

async function corpus() {
  const index = (await sharedRapporteur()).index;
  return { index, reportFrequency: (term: string) => termFrequency(index, term) };
}

describe('everyday words', () => {
  it('stand for the report word they mean, at full weight when they mean one', async () => {
    const { reportFrequency } = await corpus();
    expect([...everydayTerms(QUESTION, reportFrequency)]).toEqual([['telework', 1]]);
  });

  it('share their weight among several report words, and words the reports use stand for nothing else', async () => {
    const { reportFrequency } = await corpus();
    const airwaves = everydayTerms('who sells the airwaves to operators?', reportFrequency);
    expect(airwaves.get('spectrum')).toBeGreaterThan(0);
    expect(Math.max(...airwaves.values())).toBeLessThan(1);
    expect(everydayTerms('who sells the spectrum to operators?', reportFrequency).size).toBe(0);
  });

  it('name regions as delegates do ("ex-soviet", "MENA", "APAC", "sub-Saharan"): the regional offices\' names', async () => {
    const { reportFrequency } = await corpus();
    expect(everydayTerms('workshops in the ex-soviet countries', reportFrequency).get('ci')).toBe(1);
    expect(everydayTerms('anything for MENA regulators?', reportFrequency).get('arab')).toBeGreaterThan(0);
    expect(everydayTerms('APAC workshops on AI', reportFrequency).get('asia-pacif')).toBe(1);
    expect(everydayTerms('sub-Saharan fellowships', reportFrequency).get('africa')).toBeGreaterThan(0.5);
  });

  it('share it by how much the reports use each report word', async () => {
    const { reportFrequency } = await corpus();
    const boss = everydayTerms('does the TSB boss meet them?', reportFrequency);
    expect(reportFrequency('director')).toBeGreaterThan(reportFrequency('chief'));
    expect(boss.get('director')).toBeGreaterThan(boss.get('chief')!);
    expect(Math.max(...boss.values())).toBe(boss.get('director'));
    expect(boss.get('director')).toBeLessThan(1);
  });

  it('count a report word for every meaning that holds it', async () => {
    const { reportFrequency } = await corpus();
    // "fake phones" is listed for counterfeit devices and for counterfeit or stolen ones.
    const fakePhones = everydayTerms('any news on fake phones?', reportFrequency);
    expect(fakePhones.get('counterfeit')).toBeGreaterThan(2 * (fakePhones.get('steal') ?? 0));
    expect(Math.max(...fakePhones.values())).toBeLessThanOrEqual(1);
  });

  it('are read as the longest phrase the thesaurus lists, not as its words apart', async () => {
    const { reportFrequency } = await corpus();
    const fakeNews = everydayTerms('what is being done about fake news?', reportFrequency);
    expect([...fakeNews.keys()]).toContain('disinform');
    expect([...fakeNews.keys()]).not.toContain('counterfeit');
    expect([...everydayTerms('what is being done about fake phones?', reportFrequency).keys()]).toContain('counterfeit');
  });

  it('stand for their report word a little when they are a phrase of words the reports use', async () => {
    const { reportFrequency } = await corpus();
    expect([...everydayTerms('anything on money transfers?', reportFrequency)]).toEqual([['remitt', 0.2]]);
  });

  it('let the keyword search find the passage written in the reports\' words', async () => {
    const { index, reportFrequency } = await corpus();
    // The reports' own words only: the records' search questions would find it by themselves.
    const keywords = KeywordIndex.build(index.records);
    const texts = (related?: Map<string, number>) =>
      keywords.query(QUESTION, 3, undefined, related).map((hit) => recordText(index.records[hit.index]!));
    expect(texts().some((text) => /telework/i.test(text))).toBe(false);
    expect(texts(everydayTerms(QUESTION, reportFrequency)).find((text) => /telework/i.test(text))).toContain('Connect2Recover');
  });
});
