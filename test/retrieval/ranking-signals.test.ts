import { describe, expect, it } from 'vitest';
import type { ActionItemRecord, CorpusRecord } from '../../retrieval/corpus/records.js';
import type { CorpusIndex } from '../../retrieval/index/corpus-index.js';
import { keywordTerms } from '../../retrieval/index/keyword-index.js';
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

  it('leaves words with one spelling alone', () => {
    expect(keywordTerms('fellowships held')).toEqual(['fellowship', 'hold']);
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
    const result = favourDistinguishingSiblings(index, keywordTerms('open source enquiries from TSAG'), ranked([0, 1, 2]));
    expect(result.map((r) => records[r.index]!.key)).toEqual(['item:90-02', 'item:90-01', 'item:90-03']);
  });

  it('leaves other Resolutions, and a question whose words no sibling singles out, as fusion ranked them', () => {
    expect(favourDistinguishingSiblings(index, keywordTerms('open source'), ranked([0, 1, 2]))).toEqual(ranked([0, 1, 2]));
    const other = favourDistinguishingSiblings(index, keywordTerms('enquiries'), ranked([0, 3, 1]));
    expect(other.map((r) => records[r.index]!.key)).toEqual(['item:90-02', 'item:90-01', 'item:11-01']);
  });
});
