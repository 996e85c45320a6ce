import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../bot/digest/build-digest.js';
import type { DigestMeeting } from '../../bot/digest/digest.js';
import { loadDigestCorpus } from '../../bot/digest/digest-corpus.js';
import { DigestService } from '../../bot/digest/digest-service.js';
import { milestoneTiming } from '../../bot/digest/milestone-due.js';
import { staleSource, withPreviousMeeting } from '../../bot/digest/source-freshness.js';
import { SEEDS_DIR } from '../support/test-paths.js';
import { editedPlanSeeds, fullDigestCorpus, NEW_44_30_LINE } from './digest-fixtures.js';

const TSAG: DigestMeeting = { name: 'TSAG (January 2027)', start: '2027-01-25', end: '2027-01-29', timeZone: 'Europe/Zurich', fromCalendar: true };
const NOW = new Date('2027-01-18T08:00:00Z');

describe('milestoneTiming', () => {
  const january2027 = { start: '2027-01-25', end: '2027-01-29' };

  it.each([
    ['Each TSAG meeting', 'milestone “Each TSAG meeting”'],
    ['TSAG meetings, Ongoing', 'milestone “TSAG meetings, Ongoing”'],
    ['Ongoing; each TSAG meeting', 'milestone “Ongoing; each TSAG meeting”'],
    ['TSAG 2027', 'milestone “TSAG 2027”'],
    ['January 2027', 'milestone “January 2027”'],
    ['2027', 'milestone “2027”'],
  ])('%s is due at a January 2027 TSAG', (milestone, reason) => {
    expect(milestoneTiming(milestone, january2027)).toEqual({ when: 'due', reason });
  });

  it.each([
    ['TSAG 2021', '2021-01-01'],
    ['Council 2017, TSAG 2017, Ongoing', '2017-01-01'],
    ['March 2017', '2017-03-01'],
    ['2021', '2021-01-01'],
    ['December 2026', '2026-12-01'],
    ['Council 2021', '2021-01-01'],
    ['WTSA-20', '2020-01-01'],
  ])('%s is overdue at a January 2027 TSAG, not due', (milestone, date) => {
    expect(milestoneTiming(milestone, january2027)).toEqual({ when: 'overdue', reason: `milestone “${milestone}” has passed`, date });
  });

  it.each(['Ongoing', 'TSAG 2028', 'March 2027', 'Council 2027', 'Ongoing, 3 months before Council', 'TSAG 2020, TSAG 2028'])('%s is neither', (milestone) => {
    expect(milestoneTiming(milestone, january2027)).toBeUndefined();
  });

  it('takes a meeting spanning two months as naming both', () => {
    expect(milestoneTiming('April 2027', { start: '2027-03-30', end: '2027-04-03' })?.when).toBe('due');
  });
});

describe('staleSource', () => {
  const plan = buildDigest(fullDigestCorpus(), TSAG, NOW).actionPlan;

  it('warns when the newest action plan is a year or more older than the meeting', () => {
    expect(staleSource(plan, TSAG)).toEqual({ edition: '2022-01-01', yearsOld: 5 });
    expect(staleSource(plan, { ...TSAG, start: '2022-12-31', end: '2022-12-31' })).toBeUndefined();
  });

  it('warns when it predates the previous meeting in the calendar, however recent', () => {
    const meeting = withPreviousMeeting({ ...TSAG, start: '2022-09-26', end: '2022-09-30' }, () => [
      { name: 'TSAG (January 2022)', start: '2022-01-10' },
      { name: 'TSAG (May 2022)', start: '2022-05-30' },
      { name: 'TSAG (September 2022)', start: '2022-09-26' },
    ]);
    expect(meeting.previous).toEqual({ name: 'TSAG (May 2022)', start: '2022-05-30' });
    expect(staleSource(plan, meeting)).toEqual({ edition: '2022-01-01', yearsOld: 0, previousMeeting: { name: 'TSAG (May 2022)', start: '2022-05-30' } });
  });

  it('learns the previous meeting from the calendar when the digest service builds a digest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapporteur-digest-calendar-'));
    try {
      const calendarFile = join(dir, 'meetings.json');
      const meetings = [
        { name: 'TSAG (May 2022)', start: '2022-05-30' },
        { name: 'TSAG (September 2022)', start: '2022-09-26', end: '2022-09-30' },
      ];
      writeFileSync(calendarFile, JSON.stringify({ meetings }));
      const service = new DigestService({ seedsDir: SEEDS_DIR, calendarFile, now: () => new Date('2022-09-01T08:00:00Z') });
      expect(service.digestFor().staleSource).toEqual({
        edition: '2022-01-01',
        yearsOld: 0,
        previousMeeting: { name: 'TSAG (May 2022)', start: '2022-05-30' },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('judges by age alone when the calendar cannot be read', () => {
    const meeting = withPreviousMeeting(TSAG, () => {
      throw new Error('meetings.json:3: start must be YYYY-MM-DD');
    });
    expect(meeting).toEqual(TSAG);
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

  it('lists open items whose milestone names this meeting as due, and those whose milestone passed as overdue, never both', () => {
    const due = new Map(digest.dueAtMeeting.map((i) => [i.id, i.reason]));
    expect([...due.keys()]).toEqual(['01-04', '01-05', '01-06', '32-09', '50-18', '66-02', '66-03', '69-03', '73-15', '80-02', '87-03', '90-06', '92-02', '94-02', '94-03']);
    expect(due.get('01-04')).toBe('milestone “Each TSAG meeting”');
    const overdue = new Map(digest.overdue.map((i) => [i.id, i]));
    expect(overdue.get('22-04')).toMatchObject({ reason: 'milestone “TSAG 2021” has passed', milestoneDate: '2021-01-01' });
    expect(overdue.get('43-01')).toMatchObject({ reason: 'milestone “2021” has passed', milestoneDate: '2021-01-01' });
    for (const id of due.keys()) expect(overdue.has(id)).toBe(false);
    expect(digest.overdue.map((i) => i.milestoneDate)).toEqual(digest.overdue.map((i) => i.milestoneDate).sort());
    expect(digest.overdue[0]).toMatchObject({ id: '22-01', milestone: 'TSAG 2017' });
    const corpusItems = fullDigestCorpus().records.filter((r) => r.kind === 'action-item');
    for (const id of [...due.keys(), ...overdue.keys()]) expect(corpusItems.find((r) => r.kind === 'action-item' && r.id === id)).toMatchObject({ completed: false });
    expect(due.has('44-30') || overdue.has('44-30')).toBe(false);
  });

  it('says its action plan is five years older than a 2027 meeting', () => {
    expect(digest.staleSource).toEqual({ edition: '2022-01-01', yearsOld: 5 });
    expect(buildDigest(fullDigestCorpus(), { ...TSAG, start: '2022-05-30', end: '2022-06-03' }, NOW).staleSource).toBeUndefined();
  });

  it('has nothing due, only overdue, in an as-of digest', () => {
    const asOf = buildDigest(fullDigestCorpus(), { ...TSAG, name: 'Current reports', fromCalendar: false, asOf: true }, NOW);
    expect(asOf.dueAtMeeting).toEqual([]);
    expect(asOf.overdue.map((i) => i.id)).toEqual(digest.overdue.map((i) => i.id));
  });

  it('finds the eight → nine area offices in the regional presence, as a changed figure', () => {
    const presence = digest.changes[0]!.changes.find((c) => c.label === 'Introduction: ITU Regional Presence')!;
    expect(presence.kind).toBe('changed');
    expect(presence.facts[0]).toEqual({ kind: 'value', what: 'figure', from: 'eight area offices', to: 'nine area offices' });
    expect(presence.summary).toBe('“eight area offices” → “nine area offices”; 1 more change');
  });

  it('lists the sentences a section gained and lost, not paragraph counts', () => {
    const arab = digest.changes[0]!.changes.find((c) => c.label === 'Arab States - Regional Office for the Arab States')!;
    expect(arab.facts).toContainEqual({
      kind: 'sentence',
      what: 'sentence',
      change: 'added',
      text: 'What follows are some of the specific activities that the Regional Office coordinated/assisted TSB with:',
    });
    expect(arab.facts).toContainEqual({ kind: 'sentence', what: 'sentence', change: 'removed', text: 'Smart Cities and Communities' });
    expect(arab.facts.find((f) => f.kind === 'reworded')).toEqual({
      kind: 'reworded',
      what: 'sentence',
      from: 'The ITU Regional Office for the Arab have continued close coordination with TSB on all activities carried out in the Arab region.',
      to: 'The ITU Regional Office for Arab States coordinates closely with TSB on activities carried out in the Arab region.',
    });
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

  it('reports exactly the new 44-30 status line, the 66-01 goals mark and the removal of 47-02, fact by fact', () => {
    const [series] = digest.changes;
    expect(series!.changes.map((c) => [c.kind, c.label, c.summary])).toEqual([
      ['changed', '44-30', `New status: “${NEW_44_30_LINE.replace(/^· /, '')}”`],
      ['removed', '47-02', 'Removed from the action plan (was: “TSB Director to report to Council annually regarding progress in ccTLDs. (i. TSB Dir)”)'],
      ['changed', '66-01', 'Periodic goals met ✗ → ✓'],
    ]);
    expect(series!.changes.map((c) => c.facts)).toEqual([
      [{ kind: 'sentence', what: 'status', change: 'added', text: NEW_44_30_LINE.replace(/^· /, '') }],
      [],
      [{ kind: 'mark', mark: 'goals-met', from: false, to: true }],
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
