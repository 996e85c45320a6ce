import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../bot/digest/build-digest.js';
import type { DigestMeeting } from '../../bot/digest/digest.js';
import { loadDigestCorpus } from '../../bot/digest/digest-corpus.js';
import { milestoneDueReason } from '../../bot/digest/milestone-due.js';
import { editedPlanSeeds, fullDigestCorpus, NEW_44_30_LINE } from './digest-fixtures.js';

const TSAG: DigestMeeting = { name: 'TSAG (January 2027)', start: '2027-01-25', end: '2027-01-29', timeZone: 'Europe/Zurich', fromCalendar: true };
const NOW = new Date('2027-01-18T08:00:00Z');

describe('milestoneDueReason', () => {
  it.each([
    ['Each TSAG meeting', 'milestone “Each TSAG meeting”'],
    ['TSAG meetings, Ongoing', 'milestone “TSAG meetings, Ongoing”'],
    ['Ongoing each TSAG meeting', 'milestone “Ongoing each TSAG meeting”'],
    ['TSAG 2021', 'milestone “TSAG 2021” has passed'],
    ['TSAG 2027', 'milestone “TSAG 2027”'],
    ['Council 2017, TSAG 2017, Ongoing', 'milestone “Council 2017, TSAG 2017, Ongoing” has passed'],
    ['March 2017', 'milestone “March 2017” is before the meeting'],
    ['2021', 'milestone “2021” is before the meeting'],
  ])('%s is due at a January 2027 TSAG', (milestone, reason) => {
    expect(milestoneDueReason(milestone, '2027-01-25')).toBe(reason);
  });

  it.each(['Ongoing', 'TSAG 2028', 'Council 2021', 'WTSA-20', 'Ongoing, 3 months before Council', 'March 2027'])('%s is not', (milestone) => {
    expect(milestoneDueReason(milestone, '2027-01-25')).toBeUndefined();
  });
});

describe('buildDigest on the full corpus', () => {
  const digest = buildDigest(fullDigestCorpus(), TSAG, NOW);

  it('names the meeting and every source document with its edition', () => {
    expect(digest.meeting).toEqual(TSAG);
    expect(digest.generatedAt).toBe('2027-01-18T08:00:00.000Z');
    expect(digest.documents.map((d) => [d.file, d.edition])).toEqual([
      ['000_2fa1642e87176136.txt', '2021-12-01'],
      ['001_8bc5aacc5d96b944.txt', '2025-01-01'],
      ['002_0a6266d6d6c8f0db.txt', '2022-06-30'],
      ['003_429206e68ddb3b54.txt', '2021-01-01'],
      ['004_34e05be8ad0376c5.txt', '2022-01-01'],
    ]);
    expect(digest.actionPlan?.file).toBe('004_34e05be8ad0376c5.txt');
  });

  it('lists open items without a periodic-goals mark, with action, last status line and citation', () => {
    const ids = digest.needsAttention.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['47-01', '49-01', '66-01', '66-02', '90-07', '93-05']));
    const item = digest.needsAttention.find((i) => i.id === '47-01')!;
    expect(item.action).toBe("SG2 to review and study contributions regarding MS' ccTLD experiences (instructs SG2)");
    expect(item.latestStatus).toBe('Actions by ITU-T SG2 depend on Contributions, but no such contributions has been received so far.');
    expect(item.cite).toEqual({
      actionItem: '47-01',
      resolution: '47',
      document: '004_34e05be8ad0376c5.txt',
      documentTitle: 'Action Plan for the implementation of WTSA-16 Resolutions and Opinion',
      edition: '2022-01-01',
      section: 'Resolution 47 – Country code top-level domain names',
      url: null,
    });
  });

  it('lists open items whose milestone names TSAG or a date before the meeting, and no completed ones', () => {
    const due = new Map(digest.dueAtMeeting.map((i) => [i.id, i.reason]));
    expect(due.get('01-04')).toBe('milestone “Each TSAG meeting”');
    expect(due.get('22-04')).toBe('milestone “TSAG 2021” has passed');
    expect(due.get('43-01')).toBe('milestone “2021” is before the meeting');
    expect(due.has('44-30')).toBe(false);
    const corpusItems = fullDigestCorpus().records.filter((r) => r.kind === 'action-item');
    for (const id of due.keys()) expect(corpusItems.find((r) => r.kind === 'action-item' && r.id === id)).toMatchObject({ completed: false });
  });

  it('compares the 2021 and 2025 regional-office reports section by section', () => {
    expect(digest.changes).toHaveLength(1);
    const [series] = digest.changes;
    expect(series!.series).toBe('regional-offices');
    expect([series!.from.edition, series!.to.edition]).toEqual(['2021-12-01', '2025-01-01']);
    const africa = series!.changes.find((c) => c.label === 'Africa – Regional Office for Africa')!;
    expect(africa.kind).toBe('changed');
    expect(africa.cite).toMatchObject({ document: '001_8bc5aacc5d96b944.txt', section: 'Africa – Regional Office for Africa' });
    expect(series!.changes.find((c) => c.label === 'ITU Plenipotentiary Resolution 25 (Rev. Bucharest, 2022)')?.kind).toBe('added');
    const dropped = series!.changes.find((c) => c.label === 'ITU Plenipotentiary Resolution 25 (Rev. Dubai, 2018)')!;
    expect(dropped.kind).toBe('removed');
    expect(dropped.cite.document).toBe('000_2fa1642e87176136.txt');
  });

  it('counts each item of a Resolution exactly once', () => {
    const items = fullDigestCorpus().records.filter((r) => r.kind === 'action-item');
    const total = digest.tallies.reduce((sum, t) => sum + t.completed + t.ongoing + t.needsAttention, 0);
    expect(total).toBe(items.length);
    expect(digest.tallies.find((t) => t.resolution === '66')).toMatchObject({ completed: 0, ongoing: 1, needsAttention: 2 });
  });
});

describe('what changed between two editions of the action plan', () => {
  const dir = editedPlanSeeds();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = loadDigestCorpus(dir);
  const digest = buildDigest(corpus, TSAG, NOW);

  it('takes the edited copy, which has no manifest entry, as the newer edition of the same series', () => {
    expect(corpus.documents.map((d) => [d.file, d.series, d.edition])).toEqual([
      ['004_34e05be8ad0376c5.txt', 'wtsa-16-action-plan', '2022-01-01'],
      ['wtsa-16-action-plan-2023.txt', 'wtsa-16-action-plan', '2023-01-01'],
    ]);
    expect(digest.actionPlan?.file).toBe('wtsa-16-action-plan-2023.txt');
  });

  it('reports exactly the new 44-30 status line, the 66-01 goals mark and the removal of 47-02', () => {
    const [series] = digest.changes;
    expect(series!.changes.map((c) => [c.kind, c.label, c.summary])).toEqual([
      ['changed', '44-30', `New status line: “${NEW_44_30_LINE.replace(/^· /, '')}”`],
      ['removed', '47-02', 'Removed from the action plan (was: “TSB Director to report to Council annually regarding progress in ccTLDs. (i. TSB Dir)”)'],
      ['changed', '66-01', 'Periodic goals now marked met'],
    ]);
    expect(series!.changes.map((c) => c.cite.document)).toEqual([
      'wtsa-16-action-plan-2023.txt',
      '004_34e05be8ad0376c5.txt',
      'wtsa-16-action-plan-2023.txt',
    ]);
  });

  it('reads needs-attention items from the newer edition', () => {
    expect(digest.needsAttention.map((i) => i.id)).not.toContain('66-01');
    expect(digest.needsAttention.map((i) => i.id)).toContain('66-02');
    expect(digest.needsAttention.every((i) => i.cite.document === 'wtsa-16-action-plan-2023.txt')).toBe(true);
  });
});
