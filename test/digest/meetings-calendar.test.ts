import { describe, expect, it } from 'vitest';
import { calendarDaysBefore, meetingBegins, nextMeeting, planDigests } from '../../bot/digest/digest-plan.js';
import { arrayEntryLines } from '../../bot/digest/json-entry-lines.js';
import { MAX_MEETINGS, parseMeetingsCalendar } from '../../bot/digest/meetings-calendar.js';
import { generatedCalendar } from './digest-fixtures.js';
import { ErrorCode } from '../../retrieval/errors.js';

const CALENDAR = `{
  "meetings": [
    {
      "name": "TSAG (November 2027)",
      "start": "2027-11-02",
      "end": "2027-11-05",
      "targets": { "slack": ["C0DIGEST01"] }
    },
    {
      "name": "Broken dates",
      "start": "2027-02-30",
      "targets": { "slack": ["not-a-channel"] }
    },
    { "name": "TSAG (March 2027)", "start": "2027-03-30", "timeZone": "Europe/Zurich",
      "postAt": [{ "daysBefore": 7 }, { "daysBefore": 1, "time": "09:00" }],
      "targets": { "teams": ["ITU-T Study Group 3 › General"] } }
  ]
}
`;

describe('meetings calendar', () => {
  it('keeps valid meetings, with defaults, and reports a bad entry with file and line', () => {
    const calendar = parseMeetingsCalendar(CALENDAR, 'meetings.json');
    expect(calendar.meetings.map((m) => [m.name, m.line])).toEqual([
      ['TSAG (November 2027)', 3],
      ['TSAG (March 2027)', 14],
    ]);
    expect(calendar.meetings[0]).toMatchObject({
      end: '2027-11-05',
      timeZone: 'Europe/Zurich',
      postAt: [
        { daysBefore: 7, time: '09:00' },
        { daysBefore: 1, time: '09:00' },
      ],
      targets: { slack: ['C0DIGEST01'], teams: [] },
    });
    expect(calendar.problems).toEqual([
      'meetings.json:9: meeting 2 ("Broken dates") ignored: start: expected a real date as YYYY-MM-DD; targets.slack.0: expected a Slack channel ID such as C0123456789',
    ]);
  });

  it('names the file (and line) when the calendar is not JSON', () => {
    const broken = '{\n  "meetings": [\n    { "name": "TSAG", }\n  ]\n}';
    expect(() => parseMeetingsCalendar(broken, '/etc/rapporteur/meetings.json')).toThrowError(
      expect.objectContaining({
        code: ErrorCode.CalendarInvalid,
        message: expect.stringMatching(/^Meetings calendar \/etc\/rapporteur\/meetings\.json is not valid JSON \(line 3\): /),
      }),
    );
  });

  it('says what shape it expects when the JSON is not a calendar', () => {
    expect(() => parseMeetingsCalendar('[{"name": "TSAG"}]', 'meetings.json')).toThrowError(
      'Meetings calendar meetings.json must be a JSON object with a "meetings" array (see meetings.example.json).',
    );
  });

  it('refuses unknown fields, bad time zones and an end before the start', () => {
    const text = JSON.stringify({
      meetings: [
        { name: 'A', start: '2027-01-10', timeZone: 'Mars/Olympus' },
        { name: 'B', start: '2027-01-10', end: '2027-01-09' },
        { name: 'C', start: '2027-01-10', channel: 'C0123' },
        { name: 'A', start: '2027-01-10' },
        { name: 'A', start: '2027-01-10' },
      ],
    });
    expect(parseMeetingsCalendar(text, 'm.json').problems).toEqual([
      'm.json:1: meeting 1 ("A") ignored: timeZone: not an IANA time zone (e.g. Europe/Zurich)',
      'm.json:1: meeting 2 ("B") ignored: end: end is before start',
      "m.json:1: meeting 3 (\"C\") ignored: Unrecognized key(s) in object: 'channel'",
      'm.json:1: meeting 5 ("A") ignored: the same meeting (name and start) is listed twice',
    ]);
  });

  it('finds entry lines past strings holding brackets and escaped quotes', () => {
    const text = '{"note": "a [tricky] \\"value\\" {", "other": [1, 2],\n "meetings": [\n  {"name": "x]"},\n\n  {"name": "y"}\n ]}';
    expect(arrayEntryLines(text, 'meetings')).toEqual([3, 5]);
  });
});

describe('meetings calendar limits', () => {
  /** A calendar of `count` distinct meetings, one entry a line after the opening one. */
  // How fast it reads them is measured by `npm run bench`.
  it(`uses the first ${MAX_MEETINGS} of 20,000 meetings and says so`, () => {
    const calendar = parseMeetingsCalendar(generatedCalendar(20_000), 'meetings.json');

    expect(calendar.meetings).toHaveLength(MAX_MEETINGS);
    expect(calendar.meetings.at(-1)).toMatchObject({ name: 'Meeting 500', line: 502 });
    expect(calendar.problems).toEqual(['meetings.json: 20,000 meetings listed; only the first 500 are used (the rest are ignored)']);
  });

  it('refuses an entry with too many post times or targets, or an overlong name', () => {
    const entry = (fields: string) => `{ "meetings": [ { "start": "2027-03-30", ${fields} } ] }`;
    const channels = JSON.stringify(Array.from({ length: 51 }, (_, i) => `C0DIGEST${String(i).padStart(3, '0')}`));
    const times = JSON.stringify(Array.from({ length: 11 }, (_, i) => ({ daysBefore: i })));
    expect(parseMeetingsCalendar(entry(`"name": "${'n'.repeat(201)}"`), 'm.json').problems[0]).toMatch(/name: a name of at most 200 characters$/);
    expect(parseMeetingsCalendar(entry(`"name": "A", "postAt": ${times}`), 'm.json').problems).toEqual([
      'm.json:1: meeting 1 ("A") ignored: postAt: at most 10 times to post',
    ]);
    expect(parseMeetingsCalendar(entry(`"name": "A", "targets": { "slack": ${channels} }`), 'm.json').problems).toEqual([
      'm.json:1: meeting 1 ("A") ignored: targets.slack: at most 50 Slack channels',
    ]);
  });
});

describe('digest plan', () => {
  const calendar = parseMeetingsCalendar(CALENDAR, 'meetings.json');

  it('posts 7 days and 1 day before at 09:00 local time, across the October DST change', () => {
    const november = planDigests(calendar.meetings).filter((p) => p.meeting.name === 'TSAG (November 2027)');
    // Zurich leaves summer time (UTC+2) on Sunday 31 October 2027.
    expect(november.map((p) => [p.localTime, p.at.toISOString(), p.key])).toEqual([
      ['2027-10-26T09:00:00', '2027-10-26T07:00:00.000Z', 'digest:TSAG (November 2027):2027-11-02:7d@09:00:slack:C0DIGEST01'],
      ['2027-11-01T09:00:00', '2027-11-01T08:00:00.000Z', 'digest:TSAG (November 2027):2027-11-02:1d@09:00:slack:C0DIGEST01'],
    ]);
  });

  it('and across the March DST change', () => {
    const march = planDigests(calendar.meetings).filter((p) => p.meeting.name === 'TSAG (March 2027)');
    // Zurich starts summer time on Sunday 28 March 2027.
    expect(march.map((p) => [p.localTime, p.at.toISOString(), p.target])).toEqual([
      ['2027-03-23T09:00:00', '2027-03-23T08:00:00.000Z', { channel: 'teams', id: 'ITU-T Study Group 3 › General' }],
      ['2027-03-29T09:00:00', '2027-03-29T07:00:00.000Z', { channel: 'teams', id: 'ITU-T Study Group 3 › General' }],
    ]);
  });

  it('counts days on the calendar, over month and year ends', () => {
    expect(calendarDaysBefore('2027-03-01', 1)).toBe('2027-02-28');
    expect(calendarDaysBefore('2028-01-03', 7)).toBe('2027-12-27');
  });

  it('knows when a meeting begins and which one is next', () => {
    expect(meetingBegins(calendar.meetings[0]!).toISOString()).toBe('2027-11-01T23:00:00.000Z');
    expect(nextMeeting(calendar.meetings, new Date('2027-01-01T00:00:00Z'))?.name).toBe('TSAG (March 2027)');
    // On its last day a meeting is still the next one; the day after, it is not.
    expect(nextMeeting(calendar.meetings, new Date('2027-11-05T12:00:00Z'))?.name).toBe('TSAG (November 2027)');
    expect(nextMeeting(calendar.meetings, new Date('2027-11-06T12:00:00Z'))).toBeUndefined();
  });
});
