import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestOutline } from '../../bot/digest/digest-outline.js';
import { DigestService } from '../../bot/digest/digest-service.js';
import { ErrorCode } from '../../retrieval/errors.js';
import { SEEDS_DIR } from '../support/test-paths.js';
import { capturingLogger } from './digest-fixtures.js';

describe('DigestService', () => {
  let dir: string;
  let seedsDir: string;
  let calendarFile: string;
  const now = () => new Date('2026-11-23T23:30:00Z');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapporteur-digest-service-'));
    seedsDir = join(dir, 'seeds');
    calendarFile = join(dir, 'meetings.json');
    // Only the action plan: enough for a digest, quick to parse.
    mkdirSync(seedsDir);
    copyFileSync(join(SEEDS_DIR, 'manifest.json'), join(seedsDir, 'manifest.json'));
    copyFileSync(join(SEEDS_DIR, '004_34e05be8ad0376c5.txt'), join(seedsDir, '004_34e05be8ad0376c5.txt'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('without a calendar shows the reports as of today in Zurich, where the day has already turned', () => {
    const digest = new DigestService({ seedsDir, calendarFile, now }).digestFor();
    expect(digest.meeting).toEqual({ name: 'Current reports', start: '2026-11-24', end: '2026-11-24', timeZone: 'Europe/Zurich', fromCalendar: false, asOf: true });
    expect(digestOutline(digest).subtitle).toBe('As of 24 November 2026');
  });

  it('previews the next meeting of a 20,000-meeting calendar from its first 500', () => {
    const entries = Array.from({ length: 20_000 }, (_, i) => {
      const day = new Date(Date.UTC(2026, 11, 1) + i * 86_400_000).toISOString().slice(0, 10);
      return { name: `Meeting ${i + 1}`, start: day, targets: { slack: ['C0DIGEST01'] } };
    });
    writeFileSync(calendarFile, JSON.stringify({ meetings: entries }, null, 1));
    const service = new DigestService({ seedsDir, calendarFile, now });

    // How fast a long calendar is read is measured by `npm run bench`.
    const digest = service.digestFor();
    expect(digest.meeting).toMatchObject({ name: 'Meeting 1', start: '2026-12-01', fromCalendar: true });
    expect(service.calendar()?.meetings).toHaveLength(500);
  });

  it('falls back to today when the calendar is broken, but not when a meeting was named', () => {
    writeFileSync(calendarFile, 'not json');
    const { logger, lines } = capturingLogger();
    const service = new DigestService({ seedsDir, calendarFile, now, logger });
    expect(service.digestFor().meeting.name).toBe('Current reports');
    expect(lines.some((l) => l.msg === 'meetings calendar unreadable; showing the digest as of today')).toBe(true);
    expect(() => service.digestFor({ meeting: 'TSAG' })).toThrowError(expect.objectContaining({ code: ErrorCode.CalendarInvalid }));
  });

  it('names the meetings it knows when asked for one it does not', () => {
    writeFileSync(calendarFile, JSON.stringify({ meetings: [{ name: 'TSAG (January 2027)', start: '2027-01-25' }] }));
    const service = new DigestService({ seedsDir, calendarFile, now });
    expect(() => service.digestFor({ meeting: 'SG3' })).toThrowError(
      expect.objectContaining({ code: ErrorCode.MeetingUnknown, message: expect.stringContaining('(meetings: "TSAG (January 2027)")') }),
    );
    expect(service.digestFor({ meeting: 'tsag (JANUARY 2027)' }).meeting).toMatchObject({ name: 'TSAG (January 2027)', fromCalendar: true });
  });

  it('parses the seeds once, and again when they change', () => {
    const service = new DigestService({ seedsDir, calendarFile, now });
    const first = service.corpus();
    expect(service.corpus()).toBe(first);
    copyFileSync(join(SEEDS_DIR, '004_34e05be8ad0376c5.txt'), join(seedsDir, 'wtsa-16-action-plan-2023.txt'));
    const second = service.corpus();
    expect(second).not.toBe(first);
    expect(second.documents.map((d) => d.file)).toEqual(['004_34e05be8ad0376c5.txt', 'wtsa-16-action-plan-2023.txt']);
    expect(service.digestFor().changes).toEqual([expect.objectContaining({ series: 'wtsa-16-action-plan', changes: [] })]);
  });
});
