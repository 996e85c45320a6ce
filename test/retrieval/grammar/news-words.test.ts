import { describe, expect, it } from 'vitest';
import { NEWS_CHATTER_TERMS, NEWS_TERMS, withoutNewsWords } from '../../../retrieval/query/grammar/news-words.js';

describe('words that ask what the reports say', () => {
  it.each([
    ['any news on fake news?', 'any   on fake  ?'],
    ['what happened at WTSA-20', 'what   at WTSA-20'],
    ['latest updates from Kigali', '    from Kigali'],
    ['what new Resolutions did WTSA-20 adopt?', 'what new Resolutions did WTSA-20 adopt?'],
    ['who updated the database?', 'who updated the database?'],
  ])('%s → %s', (question, left) => {
    expect(withoutNewsWords(question)).toBe(left);
  });

  it('are keyword terms, and chatter adds what only a question of names ignores', () => {
    expect(NEWS_TERMS.has('new')).toBe(true);
    expect(NEWS_TERMS.has('tell')).toBe(false);
    expect(NEWS_CHATTER_TERMS.has('tell')).toBe(true);
    expect([...NEWS_TERMS].every((t) => NEWS_CHATTER_TERMS.has(t))).toBe(true);
  });
});
