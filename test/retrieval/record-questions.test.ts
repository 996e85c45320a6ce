import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ActionItemRecord, PassageRecord } from '../../retrieval/corpus/records.js';
import { KeywordIndex } from '../../retrieval/index/keyword-index.js';
import { parseQuestions } from '../../retrieval/index/question-writer.js';
import { questionsFor, questionsLine, readRecordQuestions, SHIPPED_QUESTIONS_FILE } from '../../retrieval/index/record-questions.js';

const dir = mkdtempSync(join(tmpdir(), 'rapporteur-questions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function item(id: string, action: string, status = ''): ActionItemRecord {
  return {
    kind: 'action-item',
    key: `item:${id}`,
    id,
    aliases: [],
    resolution: id.split('-')[0]!,
    resolutionTitle: 'Combating counterfeit telecommunication/ICT devices',
    action,
    milestone: 'Ongoing',
    goalsMet: true,
    completed: false,
    status,
    crossRefs: [],
    document: 'plan.txt',
    section: 'Resolution 96',
  };
}

const lead = item('96-02', 'SG11 is the lead study group in the area of combating counterfeit and tampered telecommunication/ICT devices (resolves 2)');
const workshops = item('96-03', 'TSB Director to organize workshops and events across the ITU regions');
const passage: PassageRecord = { kind: 'passage', key: 'passage:report.txt:4', document: 'report.txt', headingPath: ['Africa'], text: 'A cyberdrill was held in 2018 in Azerbaijan.' };

describe('record questions file', () => {
  it('gives each record the questions written for it as it now reads, and none after its subject changed', () => {
    const file = join(dir, 'questions.jsonl');
    writeFileSync(file, `${questionsLine(lead, ['who handles knockoff gadgets?'])}\n${questionsLine(passage, ['where was the 2018 cyber exercise?'])}\n`);
    const { questions, invalid } = readRecordQuestions([file]);
    expect(invalid).toBe(0);
    expect(questionsFor(questions, lead)).toEqual(['who handles knockoff gadgets?']);
    expect(questionsFor(questions, passage)).toEqual(['where was the 2018 cyber exercise?']);
    // A new edition rewrote the action: the old questions no longer describe it.
    expect(questionsFor(questions, { ...lead, action: `${lead.action} and to report to TSAG` })).toEqual([]);
    // A changed status narrative leaves the action's questions in place.
    expect(questionsFor(questions, { ...lead, status: 'See 96-01 and 96-05' })).toEqual(['who handles knockoff gadgets?']);
    expect(questionsFor(questions, workshops)).toEqual([]);
  });

  it('skips damaged lines, counting them, and keeps the rest; later files add to earlier ones; a missing file holds none', () => {
    const shipped = join(dir, 'shipped.jsonl');
    const local = join(dir, 'local.jsonl');
    writeFileSync(shipped, `${questionsLine(lead, ['who leads on fake phones?'])}\n{"record": "item:96-03"\nnot json\n${JSON.stringify({ record: 'item:96-03', subject: 'x', questions: [] })}\n`);
    writeFileSync(local, `${questionsLine(lead, ['which group owns the counterfeit work'])}\n`);
    const { questions, invalid } = readRecordQuestions([shipped, join(dir, 'absent.jsonl'), local]);
    expect(invalid).toBe(3);
    expect(questionsFor(questions, lead)).toEqual(['who leads on fake phones?', 'which group owns the counterfeit work']);
  });

  it('ships questions for every record of the seeds (375 action items, 813 passages, 61 Resolutions), five each', () => {
    const { questions, invalid } = readRecordQuestions([SHIPPED_QUESTIONS_FILE]);
    expect(invalid).toBe(0);
    expect(questions.size).toBe(375 + 813 + 61);
    expect([...questions.values()].every((q) => q.length === 5)).toBe(true);
  });
});

describe('keyword index with record questions', () => {
  const index = KeywordIndex.build([lead, workshops], (record) => (record === lead ? ['which group is in charge of knockoff gadgets?'] : []));

  it('finds a record by the everyday words of its questions', () => {
    expect(index.query('knockoff gadgets', 5).map((h) => h.index)).toEqual([0]);
  });

  it('does not count a question-only word as a word of the reports', () => {
    expect(index.hasTerm('knockoff')).toBe(false);
    expect(index.hasNearTerm('knockoff')).toBe(false);
    expect(index.hasTerm('counterfeit')).toBe(true);
  });

  it('ranks a record by its own text before one matched only through questions', () => {
    const both = KeywordIndex.build([lead, workshops], (record) => (record === lead ? ['are there workshops on this?'] : []));
    expect(both.query('workshops', 5).map((h) => h.index)).toEqual([1, 0]);
  });
});

describe('parseQuestions', () => {
  it.each([
    ['1. who is in charge of fake phones?\n2. is anyone working on knockoff devices', ['who is in charge of fake phones?', 'is anyone working on knockoff devices']],
    ['- "which group leads on counterfeit gear?"\n* any news on fake handsets lately', ['which group leads on counterfeit gear?', 'any news on fake handsets lately']],
    ['Here are five questions:\n\n1) who tracks counterfeit phones around the world?', ['who tracks counterfeit phones around the world?']],
    ['ok\nthanks', []],
  ])('%j', (reply, expected) => {
    expect(parseQuestions(reply)).toEqual(expected);
  });

  it('keeps five at most', () => {
    expect(parseQuestions(Array.from({ length: 8 }, (_, i) => `question number ${i} about fake phones`).join('\n'))).toHaveLength(5);
  });
});
