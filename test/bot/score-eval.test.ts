import { describe, expect, it } from 'vitest';
import type { Answer } from '../../bot/answer.js';
import { rankOf } from '../../bot/evaluation/score-eval.js';

const answerCiting = (excerpts: string[]): Answer =>
  ({ abstained: false, citations: excerpts.map((excerpt) => ({ document: 'r.txt', excerpt, actionItem: null })) }) as unknown as Answer;

describe('rank of a passage case', () => {
  it('reads the expected words as the index reads the document: a dash between digits is a hyphen', () => {
    const answer = answerCiting(['Other news.', 'The workshop took place on 15-16 December 2025.']);
    expect(rankOf({ id: 'x', q: 'when?', doc: 'r.txt', text: 'took place on 15–16 December 2025' }, answer)).toBe(2);
  });

  it('misses an excerpt without the expected words', () => {
    const answer = answerCiting(['The workshop took place in December 2025.']);
    expect(rankOf({ id: 'x', q: 'when?', doc: 'r.txt', text: 'took place on 15–16 December 2025' }, answer)).toBeNull();
  });
});
