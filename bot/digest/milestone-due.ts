import type { DigestMeeting } from './digest.js';

/**
 * When an action item's milestone falls relative to a meeting. Milestones are free text from
 * the action plan: "TSAG 2021", "Each TSAG meeting", "TSAG meetings, Ongoing", "March 2017",
 * "2021", "Council 2021", "WTSA-20", "Ongoing".
 */

/** Due at the meeting, or overdue since `date` (the start of the latest period it names). */
export type MilestoneTiming = { when: 'due'; reason: string } | { when: 'overdue'; reason: string; date: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_YEAR = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+((?:19|20)\d\d)\b/gi;
const YEAR = /\b((?:19|20)\d\d)\b/g;
const TSAG_YEAR = /\bTSAG\s+((?:19|20)\d\d)\b/gi;
/** Another body's meeting ("Council 2021", "WTSA-20", "PP-22"): its year, but never this meeting. */
const OTHER_EVENT = /\b(?:Council|WTSA|PP|Plenipotentiary|WTDC|WRA|WRC)[\s-]*(\d{4}|\d{2})\b/gi;
/** "TSAG" with no year after it: every TSAG meeting, this one included. */
const ANY_TSAG = /\bTSAG\b(?!\s+(?:19|20)\d\d)/i;

const fullYear = (digits: string): string => (digits.length === 2 ? `20${digits}` : digits);

/** A period the milestone names: a year (`2021`) or a month (`2021-03`). */
interface Period {
  year: string;
  month?: string;
}

/** The periods a milestone names: TSAG years, other bodies' meetings, months and plain years. */
function periodsNamed(text: string): { tsag: Period[]; events: Period[]; months: Period[]; years: Period[] } {
  const tsag = [...text.matchAll(TSAG_YEAR)].map((m) => ({ year: m[1]! }));
  const events = [...text.matchAll(OTHER_EVENT)].map((m) => ({ year: fullYear(m[1]!) }));
  const plain = text.replace(TSAG_YEAR, ' ').replace(OTHER_EVENT, ' ');
  const months = [...plain.matchAll(MONTH_YEAR)].map((m) => ({
    year: m[2]!,
    month: String(MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1).padStart(2, '0'),
  }));
  const years = [...plain.replace(MONTH_YEAR, ' ').matchAll(YEAR)].map((m) => ({ year: m[1]! }));
  return { tsag, events, months, years };
}

/** The first day of a period, `YYYY-MM-DD`. */
const periodStart = (p: Period): string => `${p.year}-${p.month ?? '01'}-01`;
/** The day after a period ends: a milestone has passed once the meeting starts on or after it. */
function periodEnd(p: Period): string {
  if (!p.month) return `${Number(p.year) + 1}-01-01`;
  const next = Number(p.month) === 12 ? `${Number(p.year) + 1}-01` : `${p.year}-${String(Number(p.month) + 1).padStart(2, '0')}`;
  return `${next}-01`;
}

/**
 * Whether an open item with this milestone is due at `meeting` (the milestone names any TSAG
 * meeting, the meeting's year as a TSAG year or a plain year, or the meeting's month), overdue
 * (every period it names ended before the meeting starts), or neither (`undefined`: a later
 * date, or none). Another body's meeting ("Council 2021") is never this meeting, but does pass.
 */
export function milestoneTiming(milestone: string, meeting: Pick<DigestMeeting, 'start' | 'end'>): MilestoneTiming | undefined {
  const text = milestone.replace(/\s+/g, ' ').trim();
  const quoted = `milestone “${text}”`;
  const { tsag, events, months, years } = periodsNamed(text);
  const meetingYear = meeting.start.slice(0, 4);
  const meetingMonths = new Set([meeting.start.slice(0, 7), meeting.end.slice(0, 7)]);

  const namesMeeting =
    ANY_TSAG.test(text) ||
    [...tsag, ...years].some((p) => p.year === meetingYear) ||
    months.some((p) => meetingMonths.has(`${p.year}-${p.month}`));
  if (namesMeeting) return { when: 'due', reason: quoted };

  const periods = [...tsag, ...events, ...months, ...years];
  if (periods.length > 0 && periods.every((p) => periodEnd(p) <= meeting.start)) {
    const latest = periods.map(periodStart).sort().at(-1)!;
    return { when: 'overdue', reason: `${quoted} has passed`, date: latest };
  }
  return undefined;
}
