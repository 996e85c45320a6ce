import { describe, expect, it } from 'vitest';
import type { ActionItemRecord, DocumentInfo } from '../../retrieval/corpus/records.js';
import { parseQuery } from '../../retrieval/query/parse-query.js';
import type { SearchHit, SearchResult } from '../../retrieval/query/search-corpus.js';
import { combineRetrievals } from '../../bot/llm/combine-retrievals.js';

const document: DocumentInfo = { file: 'plan.txt', title: 'Action Plan', edition: '2022-01-01', kind: 'action-plan', series: 'plan', url: '' };

function hit(id: string): SearchHit {
  const record: ActionItemRecord = {
    kind: 'action-item', key: `item:${id}`, id, aliases: [], resolution: id.split('-')[0]!, resolutionTitle: 'R',
    action: `action ${id}`, milestone: 'Ongoing', goalsMet: true, completed: false, status: 'status', crossRefs: [], document: 'plan.txt', section: 'R',
  };
  return { record, document, score: 1, similarity: 0.5 };
}

function result(question: string, ids: string[], confident: boolean, mode: SearchResult['mode'] = 'ranked', unknown: string[] = []): SearchResult {
  return { query: parseQuery(question), mode, hits: ids.map(hit), unknown, confident, scope: [] };
}

const ids = (hits: SearchHit[]): string[] => hits.map((h) => (h.record as ActionItemRecord).id);

describe('combining the question and rewrite searches', () => {
  it('answers from the rewrite when only it is confident (a French question)', () => {
    const french = result('Où en sont les bourses ?', ['12-01'], false);
    const english = result('status of fellowships', ['44-30', '44-01'], true);
    const combined = combineRetrievals(french, english);
    expect(combined.best).toBe(english);
    expect(ids(combined.hits)).toEqual(['44-30', '44-01']);
  });

  it('fuses two confident rankings so records both found come first', () => {
    const own = result('fellowships', ['44-01', '44-30', '44-12'], true);
    const rewrite = result('fellowships status', ['44-30', '44-15', '44-01'], true);
    const combined = combineRetrievals(own, rewrite);
    expect(combined.best).toBe(own);
    expect(ids(combined.hits)).toEqual(['44-30', '44-01', '44-15', '44-12']);
  });

  it('uses an exact or list result as it is, and keeps unknown numbers from both', () => {
    const exact = result('44-30 and 44-99', ['44-30'], true, 'exact', ['44-99']);
    const rewrite = result('status of 44-30 and 44-99', ['44-01'], true, 'ranked', ['44-99']);
    const combined = combineRetrievals(exact, rewrite);
    expect(ids(combined.hits)).toEqual(['44-30']);
    expect(combined.unknown).toEqual(['44-99']);
  });

  it('keeps the question result, to abstain, when neither is confident', () => {
    const own = result('capital of Australia', ['44-01'], false);
    expect(combineRetrievals(own, result('Australia capital', ['44-30'], false)).best).toBe(own);
    expect(combineRetrievals(own).best).toBe(own);
  });
});
