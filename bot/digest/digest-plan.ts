import { CronDate } from 'croner';
import type { DigestMeeting } from './digest.js';
import type { Meeting, MeetingPost } from './meetings-calendar.js';

/** Where a digest goes: a Slack channel ID, or a Teams conversation (stored id or name). */
export interface DigestTarget {
  channel: 'slack' | 'teams';
  id: string;
}

/** One digest to post: a meeting, one of its posting times, one target. */
export interface PlannedDigest {
  /** Stable key in the state store; the same post always has the same key. */
  key: string;
  meeting: Meeting;
  post: MeetingPost;
  target: DigestTarget;
  /** Local wall-clock time in the meeting's time zone, `2027-01-18T09:00:00`. */
  localTime: string;
  /** The instant that local time is. */
  at: Date;
}

/** `YYYY-MM-DD` minus whole days, on the calendar (no time zone involved). */
export function calendarDaysBefore(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

/** The instant a local wall-clock time (`2027-01-18T09:00:00`) is in `timeZone`; croner handles DST. */
export function zonedInstant(localTime: string, timeZone: string): Date {
  return new CronDate(localTime, timeZone).getDate();
}

/** The meeting has begun from midnight of its first day, local time. */
export function meetingBegins(meeting: Pick<Meeting, 'start' | 'timeZone'>): Date {
  return zonedInstant(`${meeting.start}T00:00:00`, meeting.timeZone);
}

export function digestKey(meeting: Pick<Meeting, 'name' | 'start'>, post: MeetingPost, target: DigestTarget): string {
  return `digest:${meeting.name}:${meeting.start}:${post.daysBefore}d@${post.time}:${target.channel}:${target.id}`;
}

/** A calendar meeting as the digest names it. */
export function toDigestMeeting(meeting: Meeting): DigestMeeting {
  return { name: meeting.name, start: meeting.start, end: meeting.end, timeZone: meeting.timeZone, fromCalendar: true };
}

/** Every (meeting, posting time, target) of the calendar, earliest first. */
export function planDigests(meetings: Meeting[]): PlannedDigest[] {
  const planned: PlannedDigest[] = [];
  for (const meeting of meetings) {
    const targets: DigestTarget[] = [
      ...meeting.targets.slack.map((id) => ({ channel: 'slack' as const, id })),
      ...meeting.targets.teams.map((id) => ({ channel: 'teams' as const, id })),
    ];
    for (const post of meeting.postAt) {
      const localTime = `${calendarDaysBefore(meeting.start, post.daysBefore)}T${post.time}:00`;
      const at = zonedInstant(localTime, meeting.timeZone);
      for (const target of targets) planned.push({ key: digestKey(meeting, post, target), meeting, post, target, localTime, at });
    }
  }
  return planned.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * The next meeting that has not ended by `now` (its last day is over at midnight local time),
 * optionally only among those `matching`.
 */
export function nextMeeting(meetings: Meeting[], now: Date, matching: (m: Meeting) => boolean = () => true): Meeting | undefined {
  return meetings
    .filter((m) => matching(m) && zonedInstant(`${calendarDaysBefore(m.end, -1)}T00:00:00`, m.timeZone) > now)
    .sort((a, b) => meetingBegins(a).getTime() - meetingBegins(b).getTime())[0];
}
