import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './test-paths.js';

/**
 * Field cases (copies of `../shared/field-cases/`, kept in `test/fixtures/field-cases/` so the
 * tests run from any clone): inputs modelled on faults reported against other chat bots.
 * Their placeholders are filled here, fresh for every replay.
 */

export const FIELD_CASES_DIR = join(REPO_ROOT, 'test', 'fixtures', 'field-cases');

/** One step: a Slack event or a Teams activity, with its placeholders filled. */
export interface FieldCaseStep {
  event?: Record<string, unknown>;
  activity?: Record<string, unknown>;
  waitMs?: number;
}

export interface FieldCase {
  about: string;
  steps: FieldCaseStep[];
  expect: string;
  /** What each placeholder became: `$T1` → a Slack ts, `$ID1` → an activity id… */
  values: Record<string, string>;
}

export interface FieldCaseValues {
  /** Replaces `$SERVICE` (the fake Bot Connector's URL). */
  serviceUrl?: string;
  /** Replaces `UBOT` (the bot's Slack user id; the fake Web API's default is `UBOT` too). */
  botUserId?: string;
}

let slackSeconds = 1_764_500_000;

/**
 * Loads `file` and fills its placeholders: `$T1`, `$T2`… become increasing Slack timestamps
 * (new ones on every load, so replays never collide), `$ID1`… fresh activity ids, `$NOW` the
 * current time, `$SERVICE` and `UBOT` the values given.
 */
export function loadFieldCase(file: string, given: FieldCaseValues = {}): FieldCase {
  const raw = readFileSync(join(FIELD_CASES_DIR, file), 'utf8');
  const values: Record<string, string> = {};
  slackSeconds += 100;
  const filled = raw.replace(/\$(T|ID)(\d+)|\$NOW|\$SERVICE|\bUBOT\b/g, (placeholder, kind?: string, n?: string) => {
    if (kind === 'T') values[placeholder] ??= `${slackSeconds + Number(n)}.000100`;
    else if (kind === 'ID') values[placeholder] ??= `field-${randomUUID()}`;
    else if (placeholder === '$NOW') values[placeholder] ??= new Date().toISOString();
    else if (placeholder === '$SERVICE') values[placeholder] = given.serviceUrl ?? placeholder;
    else values[placeholder] = given.botUserId ?? placeholder;
    return values[placeholder]!;
  });
  const parsed = JSON.parse(filled) as Omit<FieldCase, 'values'>;
  return { ...parsed, values };
}

/**
 * A `*-meetings.json` field case as its `_note` says to generate it: each meeting starts
 * tomorrow and posts one day before, two minutes before `now` (in its time zone), so its
 * digest is due at once and the meeting has not begun.
 */
export function loadFieldCaseCalendar(file: string, now = new Date()): { meetings: Record<string, unknown>[] } {
  const calendar = JSON.parse(readFileSync(join(FIELD_CASES_DIR, file), 'utf8')) as { meetings: Record<string, unknown>[]; _note?: string };
  delete calendar._note;
  for (const meeting of calendar.meetings) {
    const timeZone = String(meeting.timeZone ?? 'Europe/Zurich');
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .formatToParts(new Date(now.getTime() - 2 * 60_000))
        .map((p) => [p.type, p.value]),
    );
    const postDay = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day));
    meeting.start = new Date(postDay + 86_400_000).toISOString().slice(0, 10);
    meeting.postAt = [{ daysBefore: 1, time: `${parts.hour}:${parts.minute}` }];
  }
  return calendar;
}
