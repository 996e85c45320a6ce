/**
 * Whether an action item's milestone falls due at a TSAG meeting. Milestones are free text
 * from the action plan: "TSAG 2021", "Each TSAG meeting", "TSAG meetings, Ongoing",
 * "March 2017", "2021", "Council 2021", "WTSA-20", "Ongoing".
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_YEAR = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+((?:19|20)\d\d)\b/i;
const YEAR = /\b((?:19|20)\d\d)\b/;
const TSAG_YEAR = /\bTSAG\s+((?:19|20)\d\d)\b/gi;
/** Another body's meeting ("Council 2021", "WTSA-20", "PP-22") is not a TSAG meeting nor a plain date. */
const OTHER_EVENT = /\b(Council|WTSA|PP|Plenipotentiary|WTDC|WRA|WRC)[\s-]*\d{2,4}\b/gi;

/**
 * Why the item is due at a meeting starting `meetingStart` (`YYYY-MM-DD`), or `undefined`
 * when it is not: the milestone names TSAG (every meeting, or a TSAG year up to the
 * meeting's), or names a date before the meeting.
 */
export function milestoneDueReason(milestone: string, meetingStart: string): string | undefined {
  const text = milestone.replace(/\s+/g, ' ').trim();
  const meetingYear = Number(meetingStart.slice(0, 4));
  const quoted = `milestone “${text}”`;

  if (/\bTSAG\b/i.test(text)) {
    const years = [...text.matchAll(TSAG_YEAR)].map((m) => Number(m[1]));
    const generic = /\bTSAG\b(?!\s+(?:19|20)\d\d)/i.test(text);
    if (generic) return quoted;
    const earliest = Math.min(...years);
    if (earliest < meetingYear) return `${quoted} has passed`;
    if (earliest === meetingYear) return quoted;
  }

  const plain = text.replace(TSAG_YEAR, ' ').replace(OTHER_EVENT, ' ');
  const monthYear = MONTH_YEAR.exec(plain);
  const year = YEAR.exec(plain);
  let date: string | undefined;
  if (monthYear) {
    const month = MONTHS.indexOf(monthYear[1]!.slice(0, 3).toLowerCase()) + 1;
    date = `${monthYear[2]}-${String(month).padStart(2, '0')}-01`;
  } else if (year) {
    date = `${year[1]}-01-01`;
  }
  if (date !== undefined && date < meetingStart) return `${quoted} is before the meeting`;
  return undefined;
}
