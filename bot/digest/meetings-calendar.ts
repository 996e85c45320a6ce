import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { ErrorCode, RapporteurError } from '../../retrieval/errors.js';
import { arrayEntryLines } from './json-entry-lines.js';

/**
 * The meetings calendar (`MEETINGS_FILE`, default `./meetings.json`): which meetings get a
 * digest, when it is posted and where. A broken entry is reported with file and line and
 * left out; the other meetings are still scheduled.
 */

export const DEFAULT_TIME_ZONE = 'Europe/Zurich';
/**
 * More meetings than this is a generated or runaway file, not a calendar: the first ones are
 * used and the rest left out with a problem line, so previews and scheduling stay quick.
 */
export const MAX_MEETINGS = 500;
export const DEFAULT_POST_AT = [
  { daysBefore: 7, time: '09:00' },
  { daysBefore: 1, time: '09:00' },
] as const;

/** True for a real `YYYY-MM-DD` date (not `2027-02-30`). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const CalendarDate = z.string().refine(isCalendarDate, 'expected a real date as YYYY-MM-DD');

const PostAt = z.object({
  daysBefore: z.number().int().min(0).max(90),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a local time as HH:MM (24-hour)')
    .default('09:00'),
});

const MeetingEntry = z
  .object({
    name: z.string().trim().min(1, 'a meeting needs a name').max(200, 'a name of at most 200 characters'),
    start: CalendarDate,
    end: CalendarDate.optional(),
    timeZone: z.string().default(DEFAULT_TIME_ZONE).refine(isTimeZone, 'not an IANA time zone (e.g. Europe/Zurich)'),
    postAt: z
      .array(PostAt)
      .min(1, 'give at least one time to post, or leave postAt out')
      .max(10, 'at most 10 times to post')
      .default([...DEFAULT_POST_AT]),
    targets: z
      .object({
        slack: z
          .array(z.string().regex(/^[CGD][A-Z0-9]{6,20}$/, 'expected a Slack channel ID such as C0123456789'))
          .max(50, 'at most 50 Slack channels')
          .default([]),
        teams: z
          .array(z.string().trim().min(1, 'expected a Teams conversation id or name').max(500))
          .max(50, 'at most 50 Teams conversations')
          .default([]),
      })
      .strict()
      .default({}),
  })
  .strict()
  .refine((m) => m.end === undefined || m.end >= m.start, { message: 'end is before start', path: ['end'] });

export type MeetingPost = z.infer<typeof PostAt>;

export interface Meeting {
  name: string;
  /** `YYYY-MM-DD`, first day, in `timeZone`. */
  start: string;
  /** `YYYY-MM-DD`, last day (the start when not given). */
  end: string;
  timeZone: string;
  postAt: MeetingPost[];
  targets: { slack: string[]; teams: string[] };
  /** Where the entry starts in the calendar file. */
  line: number;
}

export interface MeetingsCalendar {
  file: string;
  meetings: Meeting[];
  /** One line per entry left out: `meetings.json:12: meeting 2 ("…") ignored: start: …`. */
  problems: string[];
}

function issuesText(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}

function jsonErrorLine(text: string, error: Error): string {
  const position = /position (\d+)/.exec(error.message);
  if (!position) return '';
  return ` (line ${text.slice(0, Number(position[1])).split('\n').length})`;
}

/**
 * Parses a calendar's text. Throws a CalendarInvalid error naming `file` when the text is not
 * JSON or not `{"meetings": [...]}`; invalid entries go to `problems`.
 */
export function parseMeetingsCalendar(text: string, file: string): MeetingsCalendar {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RapporteurError(
      ErrorCode.CalendarInvalid,
      `Meetings calendar ${file} is not valid JSON${jsonErrorLine(text, error as Error)}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const meetingsList = (json as { meetings?: unknown } | null)?.meetings;
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !Array.isArray(meetingsList)) {
    throw new RapporteurError(
      ErrorCode.CalendarInvalid,
      `Meetings calendar ${file} must be a JSON object with a "meetings" array (see meetings.example.json).`,
    );
  }

  const lines = arrayEntryLines(text, 'meetings', MAX_MEETINGS);
  const meetings: Meeting[] = [];
  const problems: string[] = [];
  if (meetingsList.length > MAX_MEETINGS) {
    problems.push(
      `${file}: ${meetingsList.length.toLocaleString('en')} meetings listed; only the first ${MAX_MEETINGS} are used (the rest are ignored)`,
    );
  }
  const listed = new Set<string>();
  meetingsList.slice(0, MAX_MEETINGS).forEach((entry: unknown, index) => {
    const line = lines[index] ?? 1;
    const name = (entry as { name?: unknown } | null)?.name;
    const where = `${file}:${line}: meeting ${index + 1}${typeof name === 'string' ? ` ("${name}")` : ''} ignored`;
    const parsed = MeetingEntry.safeParse(entry);
    if (!parsed.success) {
      problems.push(`${where}: ${issuesText(parsed.error)}`);
      return;
    }
    const meeting: Meeting = { ...parsed.data, end: parsed.data.end ?? parsed.data.start, line };
    const key = JSON.stringify([meeting.name, meeting.start]);
    if (listed.has(key)) {
      problems.push(`${where}: the same meeting (name and start) is listed twice`);
      return;
    }
    listed.add(key);
    meetings.push(meeting);
  });
  return { file, meetings, problems };
}

/** Reads the calendar file; `undefined` when there is none (digests then run only on demand). */
export function loadMeetingsCalendar(file: string): MeetingsCalendar | undefined {
  if (!existsSync(file)) return undefined;
  return parseMeetingsCalendar(readFileSync(file, 'utf8'), file);
}
