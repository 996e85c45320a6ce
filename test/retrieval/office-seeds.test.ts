import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../retrieval/corpus/load-corpus.js';
import type { ActionItemRecord, CorpusRecord, PassageRecord } from '../../retrieval/corpus/records.js';
import { actionPlanDocx } from '../support/office/action-plan-docx.js';
import { ACTION_PLAN_FILE, actionPlanModel } from '../support/office/action-plan-model.js';
import { actionPlanPdf } from '../support/office/action-plan-pdf.js';
import { corruptDocx, imageOnlyPdf, passwordProtectedDocx } from '../support/office/bad-files.js';
import { ituReportDocx } from '../support/office/report-docx.js';
import { SEEDS_DIR } from '../support/test-paths.js';

/** Every field a delegate sees of an action item. */
const FIELDS = ['id', 'aliases', 'resolution', 'resolutionTitle', 'action', 'milestone', 'goalsMet', 'completed', 'status'] as const;
const fields = (item: ActionItemRecord) => Object.fromEntries(FIELDS.map((f) => [f, item[f]]));

describe('seeds as TSB publishes them: Word and PDF', () => {
  let corpus: Awaited<ReturnType<typeof loadCorpus>>;
  const item = (file: string, id: string): ActionItemRecord => {
    const found = corpus.records.find((r): r is ActionItemRecord => r.kind === 'action-item' && r.document === file && r.id === id);
    if (!found) throw new Error(`${id} not read from ${file}`);
    return found;
  };
  const recordsOf = (file: string): CorpusRecord[] => corpus.records.filter((r) => r.document === file);

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapporteur-office-'));
    const model = actionPlanModel(['22', '44']);
    copyFileSync(join(SEEDS_DIR, ACTION_PLAN_FILE), join(dir, ACTION_PLAN_FILE));
    writeFileSync(join(dir, 'action-plan.docx'), await actionPlanDocx(model));
    writeFileSync(join(dir, 'action-plan.pdf'), await actionPlanPdf(model));
    writeFileSync(join(dir, 'itu-report.docx'), await ituReportDocx());
    writeFileSync(join(dir, 'corrupt.docx'), corruptDocx());
    writeFileSync(join(dir, 'locked.docx'), passwordProtectedDocx());
    writeFileSync(join(dir, 'scan.pdf'), await imageOnlyPdf());
    writeFileSync(join(dir, 'empty.txt'), '');
    corpus = await loadCorpus(dir);
  });

  it('reads 44-30 identically from the text export, the Word file and the PDF', () => {
    const fromText = fields(item(ACTION_PLAN_FILE, '44-30'));
    expect(fromText).toMatchObject({ milestone: 'Ongoing', goalsMet: true, completed: false });
    expect(fields(item('action-plan.docx', '44-30'))).toEqual(fromText);
    expect(fields(item('action-plan.pdf', '44-30'))).toEqual(fromText);
  });

  it('reads every item of Resolutions 22 and 44 the same way from all three', () => {
    for (const { items } of actionPlanModel(['22', '44'])) {
      for (const expected of items) {
        for (const file of ['action-plan.docx', 'action-plan.pdf']) expect(fields(item(file, expected.id)), `${file} ${expected.id}`).toEqual(fields(expected));
      }
    }
  });

  it('reads 22-12 as completed with its milestone "Completed", the √ and Wingdings marks in their columns', () => {
    for (const file of [ACTION_PLAN_FILE, 'action-plan.docx', 'action-plan.pdf']) {
      expect(item(file, '22-12'), file).toMatchObject({ milestone: 'Completed', goalsMet: true, completed: true });
      expect(item(file, '22-01'), file).toMatchObject({ milestone: 'TSAG 2017', goalsMet: true, completed: false });
    }
  });

  it('keeps the row without a number, cited after the item it follows, and lists it per file', () => {
    for (const file of [ACTION_PLAN_FILE, 'action-plan.docx', 'action-plan.pdf']) {
      expect(item(file, 'unnumbered row after 22-09'), file).toMatchObject({ milestone: 'Completed', completed: true });
      expect(corpus.files.find((f) => f.file === file)!.unnumbered, file).toContain('unnumbered row after 22-09');
    }
  });

  it('keeps reviewer comments, footnotes and tracked deletions out of every record', () => {
    const text = JSON.stringify(recordsOf('action-plan.docx'));
    expect(text).not.toMatch(/REVIEWER COMMENT|FOOTNOTE BODY|DELETED IN REVIEW|\[1\]/);
  });

  it('says how each file was read', () => {
    expect(corpus.files.find((f) => f.file === 'action-plan.docx')).toMatchObject({ format: 'docx', kind: 'action-plan' });
    expect(corpus.files.find((f) => f.file === 'action-plan.pdf')).toMatchObject({
      format: 'pdf',
      kind: 'action-plan',
      warnings: expect.arrayContaining(['2 action-plan table(s) rebuilt from column positions']),
    });
  });

  it('reads a Word report by its heading styles, and the IPSAS row by its Wingdings ticks and crosses', () => {
    const passages = recordsOf('itu-report.docx') as PassageRecord[];
    const ipsas = passages.find((p) => p.text.includes('IPSAS Compliance'))!;
    expect(ipsas.headingPath).toEqual(['Annex 2 Outcomes of the work of the Union', 'Enablers']);
    expect(ipsas.text).toContain('IPSAS Compliance (or Annual Audit of accounts is unqualified) | 2014: ✓ | 2015: ✓ | 2016: ✓ | 2017: ✓ | 2018: ✗ | 2019: ✗ | 2020: ✗');
    expect(passages.find((p) => p.text.includes('thirteen field offices'))!.headingPath.at(-1)).toBe('Regional presence');
  });

  it('names each file it cannot read and why, and indexes the rest', () => {
    const reasons = Object.fromEntries(corpus.skipped.map((s) => [s.file, s.reason]));
    expect(reasons).toEqual({
      'corrupt.docx': expect.stringMatching(/^damaged Word file/),
      'locked.docx': 'password-protected Word file: save it without a password',
      'scan.pdf': expect.stringMatching(/^PDF with no text layer/),
      'empty.txt': 'empty file (0 bytes)',
    });
    expect(corpus.documents.map((d) => d.file).sort()).toEqual([ACTION_PLAN_FILE, 'action-plan.docx', 'action-plan.pdf', 'itu-report.docx']);
  });
});
