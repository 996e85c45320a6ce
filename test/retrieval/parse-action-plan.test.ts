import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { containsArtefact } from '../../retrieval/corpus/clean-text.js';
import { parseActionPlan } from '../../retrieval/corpus/parse-action-plan.js';
import type { ActionItemRecord, DocumentInfo } from '../../retrieval/corpus/records.js';
import { SEEDS_DIR } from '../support/test-paths.js';

const FILE = '004_34e05be8ad0376c5.txt';
const text = readFileSync(join(SEEDS_DIR, FILE), 'utf8');
const doc: DocumentInfo = { file: FILE, title: 'Action plan', edition: '2022-01-01', kind: 'action-plan', series: 'wtsa', url: '' };
const plan = parseActionPlan(text, doc);
const item = (id: string): ActionItemRecord => {
  const found = plan.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe('parseActionPlan on the WTSA-16 action plan', () => {
  it('finds every action-item row that a plain line scan finds', () => {
    const scanned = text
      .split('\n')
      .map((line) => line.replace(/\[bookmark:[^\]]*\]/g, ''))
      .flatMap((line) => /^\t?(\d{2}-\d{2})\s*$/.exec(line)?.[1] ?? []);
    expect(scanned).toHaveLength(373);
    expect(plan.items.filter((i) => !plan.unnumbered.includes(i.id)).map((i) => i.id).sort()).toEqual([...scanned].sort());
  });

  it('keeps a milestone that reads "Completed" as the milestone and reads the marks from their columns', () => {
    expect(item('22-12')).toMatchObject({ milestone: 'Completed', goalsMet: true, completed: true });
    expect(item('48-01')).toMatchObject({ milestone: 'Ongoing', goalsMet: true, completed: true });
  });

  it('keeps the milestones of one cell apart, one per line, and joins a line that ends in a comma to the next', () => {
    expect(item('68-04').milestone).toBe('Ongoing; Next TSAG, WTSA-20');
  });

  it('keeps rows without a number, named after the item they follow, and says so', () => {
    expect(plan.unnumbered).toEqual(['unnumbered row after 22-09', 'unnumbered row after 44-35']);
    expect(item('unnumbered row after 22-09')).toMatchObject({
      resolution: '22',
      milestone: 'Completed',
      goalsMet: true,
      completed: true,
      action: expect.stringMatching(/^WTSA-16 requested TSAG to find a definition for “agreement”/),
      status: expect.stringMatching(/^TSAG approved revised Recommendation ITU-T A\.13/),
    });
    expect(plan.resolutions.find((r) => r.number === '22')!.actionItemIds).toContain('unnumbered row after 22-09');
    expect(plan.warnings).toContain(
      'Resolution 22: unnumbered row after 22-09 kept: "WTSA-16 requested TSAG to find a definition for “agreement” …"',
    );
  });

  it('reads 44-30 with its milestone, marks and fellowship narrative', () => {
    const fellowships = item('44-30');
    expect(fellowships.resolution).toBe('44');
    expect(fellowships.action).toBe('Provision, by the TSB, of fellowships to eligible countries to attend relevant ITU-T meetings.');
    expect(fellowships.milestone).toBe('Ongoing');
    expect(fellowships.goalsMet).toBe(true);
    expect(fellowships.completed).toBe(false);
    expect(fellowships.status).toContain('Over the period August 2019 to January 2020, 107 fellowships were awarded');
    expect(fellowships.status).toContain('Over the period January to August 2020, 33 fellowships were awarded');
    expect(fellowships.resolutionTitle).toBe('Bridging the standardization gap between developing and developed countries');
  });

  it('reads the goals-met and completed marks independently', () => {
    expect([item('66-01').goalsMet, item('66-01').completed]).toEqual([false, false]);
    expect([item('47-01').goalsMet, item('47-01').completed]).toEqual([false, false]);
    expect([item('73-06').goalsMet, item('73-06').completed]).toEqual([false, true]);
    expect([item('44-22').goalsMet, item('44-22').completed]).toEqual([true, true]);
  });

  it('mends a row split by a stray blank line and drops inlined footnote text', () => {
    expect(item('22-13')).toMatchObject({ milestone: 'Ongoing', goalsMet: true, completed: false });
    expect(item('22-13').status).toMatch(/^With revised Recommendation ITU-T A\.13/);
    expect(item('22-13').action).toMatch(/\(WTSA-16 Proceedings, 2\.2\.3\)$/);
    for (const i of plan.items) expect(`${i.action} ${i.milestone} ${i.status}`, i.id).not.toMatch(/\[\d+:\s/);
  });

  it('keeps an unnumbered row that follows a status without a blank line out of that status', () => {
    expect(item('44-35').status).toMatch(/Digital Transformation Webinar Series/);
    expect(item('44-35').status).not.toContain('TSB Director, in collaboration with the BR and BDT Directors');
    expect(item('22-09').status).not.toContain('WTSA-16 requested TSAG to find a definition');
    expect(item('unnumbered row after 44-35').status).toMatch(/^Resolution 44 \(Rev\. Hammamet, 2016\)/);
  });

  it('ends a status narrative where the next resolution begins', () => {
    expect(item('91-03').status).not.toContain('Resolution 92');
    expect(item('91-03').status).toContain('The new repository is now up to date.');
    for (const i of plan.items) {
      expect(i.status, i.id).not.toMatch(/^\s*(\d+\.\s*)?(Resolution|Opinion) \d+(\s*[-–].*)?$/m);
      expect(i.status, i.id).not.toMatch(/^resolves\b/m);
    }
  });

  it('keeps a table inside a status narrative, a row per line, in the status of its item', () => {
    // Counts under their labels read as pairs, with the caption above them.
    expect(item('75-02').status).toContain('obtained:\nSDG 1: 0 | SDG 2: 7 | SDG 3: 88 | SDG 4: 13 | SDG 5: 0 | SDG 6: 13 | SDG 7: 77 | SDG 8: 98\nSDG 9: 1798 | SDG 10: 10 | SDG 11: 224');
    // The prose Word's export runs into the last count is a line of its own.
    expect(item('75-02').status).toContain('WSIS AL C11: 28\nFor the entire set of ITU-T study group Questions');
    // "WG-WSIS-32-03" is a document, not action item 32-03.
    expect(item('75-02').crossRefs).toEqual([]);
    expect(item('98-03').status).toContain(
      'FG-DPM Deliverable | Q | Decision Taken | Work Item | Title\nD2.1 - Data processing and management framework for IoT and smart cities and communities | 1/20 |',
    );
    expect(plan.warnings.filter((w) => /not read|did not map/.test(w))).toEqual([]);
  });

  it('keeps former numbers and cross-references', () => {
    expect(item('54-03').aliases).toEqual(['44-25']);
    expect(item('44-26').crossRefs).toEqual(expect.arrayContaining(['44-28', '44-13']));
    // Date ranges such as "22-26 January" are not references.
    expect(plan.items.flatMap((i) => i.crossRefs).every((id) => plan.items.some((i) => i.id === id || i.aliases.includes(id)))).toBe(true);
  });

  it('gives an action that points back the action it points to, within its Resolution', () => {
    expect(item('96-09').action).toMatch(/^TSB Director to submit the results of these activities to the ITU Council/);
    expect(item('96-09').antecedent).toBe(item('96-08').action);
    expect(item('91-03').antecedent).toBe(item('91-02').action);
    // "this resolution" names the Resolution, whose title every item carries.
    expect(item('90-06').antecedent).toBeUndefined();
    expect(item('96-08').antecedent).toBeUndefined();
  });

  it('gives each resolution its title, operative text and items', () => {
    const res44 = plan.resolutions.find((r) => r.number === '44')!;
    expect(res44.title).toBe('Bridging the standardization gap between developing and developed countries');
    expect(res44.operativeText).toMatch(/^resolves/);
    expect(res44.actionItemIds).toContain('44-30');
    expect(plan.resolutions.find((r) => r.number === '22')!.actionItemIds.length).toBeGreaterThan(0);
  });

  it('keeps the appendix of obsolete items as a passage under its own title, a line per entry', () => {
    expect(plan.appendices).toHaveLength(1);
    const [appendix] = plan.appendices;
    expect(appendix!.headingPath).toEqual(['Appendix – Obsolete action items from WTSA-12 Action Plan']);
    const lines = appendix!.text.split('\n');
    expect(lines[0]).toMatch(/^Note – Action items from the WTSA-12 Action Plan, which are obsolete/);
    expect(lines).toContain('· 44-04, 44-06, 44-08, 44-09, 44-10, 44-16, 44-17, 44-18, 44-22 (but provision still exists in Resolution);');
    expect(lines).toContain('· 33-02, 33-03, 33-04; (Resolution 33 suppressed)');
    expect(lines.at(-1)).toBe('· OP-01-02.');
    // Opinion 1, which comes before it, keeps its own text.
    expect(plan.resolutions.find((r) => r.number === 'Opinion 1')!.operativeText).not.toContain('obsolete');
  });

  it('lets no Word artefact through', () => {
    for (const record of [...plan.items, ...plan.resolutions]) {
      expect(containsArtefact(JSON.stringify(record)), record.key).toBe(false);
    }
  });
});
