import { countOf, type Digest } from './digest.js';
import { resolutionName } from '../../retrieval/corpus/records.js';
import { briefChangeEntries, briefItemEntry, overdueByResolution, overdueCountEntry, type OutlineEntry } from './outline-entries.js';

/**
 * The digest's first screen: at most `MAX_BRIEF_ENTRIES` one-line entries under one heading per
 * list, within `MAIN_LINES` lines with the headline, so a delegate reads it in two minutes. The
 * full lists follow it in every channel; nothing is only here.
 */

export type OutlineSectionKey = 'needs-attention' | 'due' | 'overdue' | 'changes' | 'tallies';

/** One list on the first screen: a sentence with its count, a few entries, and how many more follow. */
export interface OutlineHighlight {
  key: OutlineSectionKey;
  /** `6 action items need attention`, `1 action item is due at this meeting`. */
  title: string;
  entries: OutlineEntry[];
  /** `4 more in the full lists`, when the full list has more than is shown. */
  more?: string;
}

/** Lines of the first screen in Markdown: the headline, one heading per list, the entries. */
const MAIN_LINES = 15;
/** Characters of the first screen's text, markup aside, so it reads as one screen in every channel. */
const MAIN_CHARS = 1450;
const MAX_BRIEF_ENTRIES = 12;
/** Characters of markup and separators a renderer adds to a line (bullet, bold, " — "). */
const LINE_OVERHEAD = 12;
/** The longest "… more in the full lists" note a heading carries. */
const MORE_NOTE_CHARS = 40;

interface Candidate {
  key: OutlineSectionKey;
  title: string;
  entries: OutlineEntry[];
  /** What one more entry is, when the title counts something else (`Resolution` for overdue items). */
  unit?: string;
  /** Entries of the full list, for the "more" count. */
  total: number;
}

const verb = (count: number, one: string, many: string): string => (count === 1 ? one : many);

/** The lists the first screen draws from, in reading order, each a sentence with its count. */
function candidates(digest: Digest, changeCount: number): Candidate[] {
  const items = (n: number): string => countOf(n, 'action item');
  const overdue = overdueByResolution(digest.overdue);
  const overdueWhere = overdue.length === 1 ? ` in ${resolutionName(overdue[0]![0])}` : ` across ${countOf(overdue.length, 'Resolution')}`;
  const list: Candidate[] = [
    {
      key: 'needs-attention',
      title: `${items(digest.needsAttention.length)} ${verb(digest.needsAttention.length, 'needs', 'need')} attention`,
      entries: digest.needsAttention.map(briefItemEntry),
      total: digest.needsAttention.length,
    },
    {
      key: 'due',
      title: `${items(digest.dueAtMeeting.length)} ${verb(digest.dueAtMeeting.length, 'is', 'are')} due at this meeting`,
      entries: digest.dueAtMeeting.map(briefItemEntry),
      total: digest.dueAtMeeting.length,
    },
    {
      key: 'overdue',
      title: `${items(digest.overdue.length)} ${verb(digest.overdue.length, 'is', 'are')} overdue${overdueWhere}`,
      // The Resolutions with most overdue items first: where the backlog is.
      entries: overdue.sort(([, a], [, b]) => b.length - a.length).map(([resolution, list]) => overdueCountEntry(resolution, list)),
      unit: 'Resolution',
      total: overdue.length,
    },
    {
      key: 'changes',
      title: `${countOf(changeCount, 'change')} since the previous ${verb(digest.changes.length, 'edition', 'editions')}`,
      entries: briefChangeEntries(digest.changes),
      total: changeCount,
    },
  ];
  return list.filter((c) => c.entries.length > 0);
}

const lineChars = (entry: OutlineEntry): number => entry.label.length + entry.text.length + entry.cite.length + LINE_OVERHEAD;

/**
 * The first screen's lists: entries are dealt out one list at a time (needs attention, due,
 * overdue, changes) so every list shows its first entries, until the lines or characters left
 * after the headline (`headline`: its lines and characters) and the lists' headings run out.
 */
export function digestHighlights(digest: Digest, changeCount: number, headline: { lines: number; chars: number }): OutlineHighlight[] {
  const lists = candidates(digest, changeCount);
  const shown = lists.map(() => 0);
  // Each heading is charged with the longest "more" note, which it may not need.
  const headings = lists.reduce((sum, list) => sum + list.title.length + MORE_NOTE_CHARS + LINE_OVERHEAD, 0);
  let lines = Math.min(MAX_BRIEF_ENTRIES, MAIN_LINES - headline.lines - lists.length);
  let chars = MAIN_CHARS - headline.chars - headings;
  for (let dealt = true; dealt && lines > 0; ) {
    dealt = false;
    lists.forEach((list, i) => {
      const next = list.entries[shown[i]!];
      if (next && lines > 0 && lineChars(next) <= chars) {
        shown[i]!++;
        lines--;
        chars -= lineChars(next);
        dealt = true;
      }
    });
  }
  return lists.map((list, i) => {
    const more = list.total - shown[i]!;
    return {
      key: list.key,
      title: list.title,
      entries: list.entries.slice(0, shown[i]),
      ...(more > 0 ? { more: `${list.unit ? countOf(more, `more ${list.unit}`) : `${more} more`} in the full lists` } : {}),
    };
  });
}
