/**
 * The channel-neutral meeting digest: what a delegate should read before a TSAG meeting.
 * Renderers (Markdown, Slack, Teams, the playground) turn it into their own payloads; nothing
 * here knows about any channel.
 */

import { resolutionName } from '../../retrieval/corpus/records.js';

/** The meeting a digest is for. */
export interface DigestMeeting {
  name: string;
  /** First day, `YYYY-MM-DD`, in the meeting's time zone. */
  start: string;
  /** Last day, `YYYY-MM-DD`. */
  end: string;
  /** IANA time zone, e.g. `Europe/Zurich`. */
  timeZone: string;
  /** False for a meeting given only by date (`--date`) or an "as of today" preview. */
  fromCalendar: boolean;
  /** Set when there is no meeting: the digest shows the reports as of `start` (today). */
  asOf?: true;
  /** The calendar's latest meeting before this one, when it lists one (see `withPreviousMeeting`). */
  previous?: { name: string; start: string };
}

/** One source document and its edition, as listed in the digest's header. */
export interface DigestDocument {
  file: string;
  title: string;
  /** ISO date of the edition, e.g. `2022-01-01` (empty when unknown). */
  edition: string;
  kind: 'action-plan' | 'report';
  series: string;
  url: string;
}

/** Where an entry comes from: an action item, or a section of a report. */
export interface DigestCitation {
  /** `44-30` when the entry is an action item. */
  actionItem: string | null;
  /** `44` or `Opinion 1` when the entry belongs to a Resolution. */
  resolution: string | null;
  document: string;
  documentTitle: string;
  edition: string;
  /** `Resolution 44 – Bridging the standardization gap …`, or a report's heading path. */
  section: string;
  url: string | null;
}

/** An action item listed under "Needs attention", "Due at this meeting" or "Overdue". */
export interface DigestItem {
  id: string;
  resolution: string;
  action: string;
  milestone: string;
  /** The last line of the status narrative (empty when the item has none). */
  latestStatus: string;
  /** Why it is listed, e.g. `no periodic-goals mark` or `milestone “TSAG 2021” has passed`. */
  reason: string;
  /** For an overdue item: when its milestone fell due (`2021-01-01`), so the oldest can be named first. */
  milestoneDate?: string;
  cite: DigestCitation;
}

export type DigestChangeKind = 'added' | 'removed' | 'changed';

/**
 * One fact of a change, for readers who want what changed rather than that something did.
 * Marks are booleans: each channel shows them as ✓ / ✗, never the reports' raw "√".
 */
export type DigestFact =
  /** An action item's "completed" or "periodic goals met" mark set or cleared. */
  | { kind: 'mark'; mark: 'completed' | 'goals-met'; from: boolean; to: boolean }
  /** An item's milestone or number, or a figure in a sentence with the words it counts (`eight area offices`). */
  | { kind: 'value'; what: 'milestone' | 'number' | 'figure'; from: string; to: string }
  /** A sentence (or an item's action or status line) reworded, no figure in it changed. */
  | { kind: 'reworded'; what: 'action' | 'status' | 'sentence'; from: string; to: string }
  /** A sentence of a section, or a line of an item's status, added or removed. */
  | { kind: 'sentence'; what: 'status' | 'sentence'; change: 'added' | 'removed'; text: string };

/** One difference between two editions of a document series. */
export interface DigestChange {
  kind: DigestChangeKind;
  subject: 'action-item' | 'section';
  /** `44-30`, or the section's heading path. */
  label: string;
  /** One line saying what changed. */
  summary: string;
  /** What changed, fact by fact, for a `changed` entry (empty for `added` and `removed`). */
  facts: DigestFact[];
  cite: DigestCitation;
}

/** What changed between the two latest editions of one series. */
export interface DigestSeriesChanges {
  series: string;
  from: DigestDocument;
  to: DigestDocument;
  changes: DigestChange[];
}

/** Per-Resolution counts; `completed + ongoing + needsAttention` is the number of items. */
export interface ResolutionTally {
  resolution: string;
  title: string;
  completed: number;
  /** Not completed, periodic goals met. */
  ongoing: number;
  /** Not completed, no periodic-goals mark. */
  needsAttention: number;
}

/**
 * An opening paragraph a language model wrote from the digest's action-item changes, its
 * citations (`[44-30]`) checked against those changes. Renderers label it as model-written.
 */
export interface DigestIntroduction {
  /** One paragraph of plain text. */
  text: string;
  generatedBy: 'llm';
}

/** Why the action plan behind a digest may be out of date. */
export interface DigestStaleSource {
  /** The newest action plan's edition, `2022-01-01`. */
  edition: string;
  /** Whole years from that edition to the meeting (or to today for an as-of digest). */
  yearsOld: number;
  /** The calendar's previous meeting, when the edition predates it. */
  previousMeeting?: { name: string; start: string };
}

export interface Digest {
  meeting: DigestMeeting;
  /** Present only when a chat model is configured and wrote one in time. */
  introduction?: DigestIntroduction;
  /** When it was built (ISO instant). */
  generatedAt: string;
  /** Every source document, in seed order. */
  documents: DigestDocument[];
  /** The action plan the item sections are drawn from (its latest edition), if any. */
  actionPlan: DigestDocument | null;
  needsAttention: DigestItem[];
  /** Open items whose milestone names this meeting, its month or its year; empty for an as-of digest. */
  dueAtMeeting: DigestItem[];
  /** Open items whose milestone passed before the meeting, oldest milestone first. */
  overdue: DigestItem[];
  /** Set when the newest action plan predates the previous meeting or is a year or more old. */
  staleSource?: DigestStaleSource;
  changes: DigestSeriesChanges[];
  tallies: ResolutionTally[];
}

/** `Action item 44-30 · Resolution 44`, or a report section: how an entry cites its source. */
export function citeLabel(cite: DigestCitation, options: { withDocument?: boolean } = {}): string {
  const parts: string[] = [];
  if (cite.actionItem) parts.push(`Action item ${cite.actionItem}`);
  if (cite.resolution) parts.push(resolutionName(cite.resolution));
  if (!cite.actionItem && !cite.resolution) parts.push(`§ ${cite.section}`);
  if (options.withDocument) parts.push(documentLabel(cite.documentTitle, cite.edition));
  return parts.join(' · ');
}

/** `Title (2022-01-01)`. */
export function documentLabel(title: string, edition: string): string {
  return edition ? `${title} (${edition})` : title;
}

/** The meeting's dates as people write them: `25–29 January 2027`, `30 March – 3 April 2027`. */
export function meetingDates(meeting: Pick<DigestMeeting, 'start' | 'end'>): string {
  const day = (iso: string, parts: Intl.DateTimeFormatOptions): string =>
    new Intl.DateTimeFormat('en-GB', { ...parts, timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
  if (meeting.start === meeting.end) return day(meeting.start, { day: 'numeric', month: 'long', year: 'numeric' });
  const [sy, sm] = meeting.start.split('-');
  const [ey, em] = meeting.end.split('-');
  if (sy === ey && sm === em) {
    return `${day(meeting.start, { day: 'numeric' })}–${day(meeting.end, { day: 'numeric', month: 'long', year: 'numeric' })}`;
  }
  const startParts: Intl.DateTimeFormatOptions = sy === ey ? { day: 'numeric', month: 'long' } : { day: 'numeric', month: 'long', year: 'numeric' };
  return `${day(meeting.start, startParts)} – ${day(meeting.end, { day: 'numeric', month: 'long', year: 'numeric' })}`;
}

/** `1 January 2022` for `2022-01-01`; anything that is not an ISO date is returned as it is. */
export function longDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
}

/** `1 action item`, `6 action items`: a count with its noun in the right number. */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Resolution numbers in reading order: 1, 2, … 99, then Opinions. */
export function compareResolutions(a: string, b: string): number {
  const rank = (r: string): [number, number] => (r.startsWith('Opinion') ? [1, Number(r.replace(/\D/g, ''))] : [0, Number(r)]);
  const [ka, na] = rank(a);
  const [kb, nb] = rank(b);
  return ka - kb || na - nb;
}

/**
 * Action-item ids in reading order: `1-02` before `1-10` before `44-30`. A row the action plan
 * left unnumbered is named after the item before it ("unnumbered row after 44-35") and sorts
 * right after that item.
 */
export function compareItemIds(a: string, b: string): number {
  const key = (id: string): [number, number, number] => {
    const match = /(\d+)-(\d+)$/.exec(id);
    return match ? [Number(match[1]), Number(match[2]), match[0] === id ? 0 : 1] : [Infinity, Infinity, 1];
  };
  const [ka, kb] = [key(a), key(b)];
  return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2] || a.localeCompare(b);
}
