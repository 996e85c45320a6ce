import type { DigestDocument, DigestMeeting, DigestStaleSource } from './digest.js';

/** TSAG meets at least once a year: an action plan a year older than the meeting predates the previous one. */
const STALE_AFTER_YEARS = 1;

/** Whole years from `from` to `to` (both `YYYY-MM-DD`), on the calendar. */
function wholeYearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) < from.slice(5) ? years - 1 : years;
}

/**
 * `meeting` with the calendar's latest meeting that starts before it, if any. A calendar that
 * cannot be read gives none: the digest then judges its source by age alone, and the calendar's
 * problem is reported where the calendar is read for the meeting itself.
 */
export function withPreviousMeeting(meeting: DigestMeeting, readMeetings: () => { name: string; start: string }[]): DigestMeeting {
  let meetings: { name: string; start: string }[];
  try {
    meetings = readMeetings();
  } catch {
    return meeting;
  }
  const previous = meetings.filter((m) => m.start < meeting.start).sort((a, b) => a.start.localeCompare(b.start)).at(-1);
  return previous ? { ...meeting, previous: { name: previous.name, start: previous.start } } : meeting;
}

/**
 * Why the action plan may be out of date for `meeting`: its edition predates the previous
 * meeting in the calendar, or (with no previous meeting known) is a year or more older than
 * the meeting. `undefined` when it is recent enough, or has no edition date.
 */
export function staleSource(actionPlan: DigestDocument | null, meeting: DigestMeeting): DigestStaleSource | undefined {
  const edition = actionPlan?.edition ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(edition)) return undefined;
  const yearsOld = wholeYearsBetween(edition, meeting.start);
  if (meeting.previous && edition < meeting.previous.start) return { edition, yearsOld, previousMeeting: meeting.previous };
  return yearsOld >= STALE_AFTER_YEARS ? { edition, yearsOld } : undefined;
}
