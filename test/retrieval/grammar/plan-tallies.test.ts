import { describe, expect, it } from 'vitest';
import { asksEveryItem, asksItemCount, asksWhichResolutions, readResolutionQuestion, tallyResolutions } from '../../../retrieval/query/plan-tallies.js';
import type { ActionItemRecord } from '../../../retrieval/corpus/records.js';

describe('questions on the plan as a whole', () => {
  it.each([
    ['which resolutions have all their items completed?', true],
    ['What WTSA resolutions still have open items?', true],
    ['how many resolutions are fully implemented?', true],
    ['list all the resolutions with a Council milestone', true],
    ['quelles résolutions ont tous leurs points terminés ?', true],
    ['¿Qué resoluciones tienen todas sus acciones completadas?', true],
    ['Какие резолюции полностью выполнены?', true],
    ['哪些决议的所有行动项都已完成？', true],
    ['which items of Resolution 44 are completed?', false],
    ['which resolution covers fellowships?', false],
  ])('%s asks which Resolutions: %s', (q, asks) => {
    expect(asksWhichResolutions(q)).toBe(asks);
  });

  it.each([
    ['which resolutions have all their items completed?', true],
    ['resolutions where every item is done', true],
    ['which resolutions are fully implemented?', true],
    ['which resolutions have no completed items?', true],
    ['Какие резолюции полностью выполнены?', true],
    ['¿Qué resoluciones están totalmente completadas?', true],
    ['which resolutions still have open items?', false],
  ])('%s asks it of every item: %s', (q, every) => {
    expect(asksEveryItem(q)).toBe(every);
  });

  it.each([
    ['which resolutions are fully implemented?', { status: 'completed', every: true }],
    ['which resolutions are done?', { status: 'completed', every: true }],
    ['list resolutions where nothing is completed', { status: 'not-completed', every: true }],
    ['resolutions with nothing completed yet?', { status: 'not-completed', every: true }],
    ['quelles résolutions n’ont aucune action terminée ?', { status: 'not-completed', every: true }],
    ['¿Qué resoluciones no tienen ninguna acción completada?', { status: 'not-completed', every: true }],
    ['哪些决议没有任何已完成的行动项？', { status: 'not-completed', every: true }],
    ['which resolutions still have open items?', undefined],
    ['which resolutions are implemented by SG17?', undefined],
  ])('%s filters the Resolutions\' items so: %j', (q, read) => {
    expect(readResolutionQuestion(q)).toEqual(read);
  });

  it.each([
    ['how many action items are there in total?', true],
    ["combien d'actions compte le plan ?", true],
    ['¿Cuántas acciones tiene el plan?', true],
    ['¿Cuántos puntos de acción tiene el plan?', true],
    ['What is the total number of action items?', true],
    ['how many fellowships were awarded?', false],
  ])('%s asks how many items: %s', (q, asks) => {
    expect(asksItemCount(q)).toBe(asks);
  });
});

describe('tallies of Resolutions', () => {
  const item = (id: string, completed: boolean): ActionItemRecord =>
    ({ kind: 'action-item', id, resolution: String(Number(id.split('-')[0])), resolutionTitle: `Title ${id.split('-')[0]}`, completed }) as ActionItemRecord;
  const plan = [item('01-01', true), item('01-02', false), item('35-01', true), item('44-01', false), item('44-02', false)];

  it('every item must match, or one is enough', () => {
    expect(tallyResolutions(plan, (i) => i.completed, true).map((t) => t.number)).toEqual(['35']);
    expect(tallyResolutions(plan, (i) => i.completed, false)).toEqual([
      { number: '1', title: 'Title 01', matched: ['01-01'], total: 2 },
      { number: '35', title: 'Title 35', matched: ['35-01'], total: 1 },
    ]);
    expect(tallyResolutions(plan, (i) => !i.completed, true).map((t) => t.number)).toEqual(['44']);
  });
});
