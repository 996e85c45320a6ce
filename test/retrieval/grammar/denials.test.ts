import { describe, expect, it } from 'vitest';
import { denialsAnswer, deniableTerms, deniedTerms, deniesOnly } from '../../../retrieval/query/grammar/denials.js';
import { keywordTerms } from '../../../retrieval/index/keyword-index.js';
import { answeringSentences } from '../../../bot/answering/answering-sentences.js';

describe('words a text denies', () => {
  it.each([
    ['WTSA-20 considered (but did not adopt) a proposed new Resolution.', 'adopt'],
    ['The Recommendation was not approved in 2021.', 'approved'],
    ['The goal has not yet been met.', 'met'],
    ["The group hasn't concluded its work.", 'concluded'],
    ['The workshop was never held.', 'held'],
  ])('%s denies "%s"', (text, word) => {
    expect(deniedTerms(text)).toEqual(expect.arrayContaining(keywordTerms(word)));
  });

  it('a text that also affirms the word does not only deny it', () => {
    const terms = keywordTerms('which resolutions did WTSA-20 adopt');
    expect(deniesOnly('WTSA-20 considered (but did not adopt) a proposed new Resolution.', terms)).toBe(true);
    expect(deniesOnly('WTSA-20 did not adopt IAP-3. It did adopt Resolution 100.', terms)).toBe(false);
    expect(deniesOnly('WTSA-20 adopted two new Resolutions.', terms)).toBe(false);
  });

  it('the verb that asks ("list…", "show…") is no word a text can deny', () => {
    const text = 'Action items which are obsolete are no longer listed in this Action Plan: 07-02; 31-01.';
    expect(deniesOnly(text, keywordTerms('list the obsolete action items'))).toBe(true);
    expect(deniesOnly(text, deniableTerms(keywordTerms('list the obsolete action items')))).toBe(false);
    expect(deniableTerms(keywordTerms('which items were adopted'))).toEqual(keywordTerms('which items were adopted'));
  });

  it('a question asking what was not done is answered by denials', () => {
    expect(denialsAnswer('which items were not completed?')).toBe(true);
    expect(denialsAnswer('what did WTSA-20 adopt?')).toBe(false);
    expect(denialsAnswer('did WTSA-20 adopt the draft resolution on in-person and virtual options?')).toBe(true);
  });

  it('the answering sentence is not the one that denies what the question asks', () => {
    const text = 'WTSA-20 considered (but did not adopt) a proposed new Resolution [IAP-3] on meetings. WTSA-20 adopted two new Resolutions, 99 and 100.';
    expect(answeringSentences(text, 'What new resolutions did WTSA-20 adopt?', 80)).toBe('WTSA-20 adopted two new Resolutions, 99 and 100.');
    expect(answeringSentences(text, 'Which resolution did WTSA-20 not adopt?', 120)).toContain('IAP-3');
  });
});
