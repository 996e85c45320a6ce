import { truncate } from '../answering/key-sentences.js';
import { citeLabel, documentLabel, meetingDates, type Digest, type DigestChange, type DigestItem } from './digest.js';

/**
 * The digest as headed lists of plain-text entries: the wording every renderer shares, so
 * Markdown, Slack, Teams and the playground differ only in markup. Plain text, no markup.
 */

export interface OutlineEntry {
  /** What the entry is about: `47-01`, a section, `Resolution 44`. */
  label: string;
  /** `added`, `removed`, `changed` for edition changes. */
  tag?: string;
  text: string;
  /** The source, e.g. `Action item 47-01 · Resolution 47`; empty for the counts. */
  cite: string;
}

export interface OutlineGroup {
  /** A sub-heading (the document series for changes). */
  heading?: string;
  entries: OutlineEntry[];
}

export type OutlineSectionKey = 'needs-attention' | 'due' | 'changes' | 'tallies';

export interface OutlineSection {
  key: OutlineSectionKey;
  title: string;
  /** One line under the title: where the entries come from, or why there are none. */
  intro: string;
  groups: OutlineGroup[];
}

/** The model-written opening paragraph and the line that says so. */
export interface OutlineIntroduction {
  /** Plain text citing action items as `[44-30]`. */
  text: string;
  /** Shown with the text, so no reader takes it for a quote from the reports. */
  label: string;
}

export interface DigestOutline {
  title: string;
  /** Dates and time zone, or "as of" for a digest without a calendar meeting. */
  subtitle: string;
  /** One line of totals, for notifications and the top of the message. */
  summary: string;
  /** Only when a language model introduced the digest: renderers show it after the totals. */
  introduction?: OutlineIntroduction;
  /** `Title (edition)` of every source document. */
  sources: string[];
  sections: OutlineSection[];
}

/** How every channel labels a model-written introduction. */
export const INTRODUCTION_LABEL = 'Written by a language model from the action-item changes under “What changed”.';

const LABEL_CHARS = 90;
const DUE_ACTION_CHARS = 160;
const PARENT_HEADING_CHARS = 40;
const MAX_SEPARATE_DROPPED_SECTIONS = 3;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const sentence = (text: string): string => {
  const trimmed = text.trim();
  return /[.!?…”]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function attentionEntry(item: DigestItem): OutlineEntry {
  const status = item.latestStatus ? `Last status: ${sentence(item.latestStatus)}` : 'No status reported.';
  return { label: item.id, text: `${sentence(item.action)} ${status}`, cite: citeLabel(item.cite) };
}

function dueEntry(item: DigestItem): OutlineEntry {
  return { label: item.id, text: `${sentence(truncate(item.action, DUE_ACTION_CHARS))} ${sentence(capitalise(item.reason))}`, cite: citeLabel(item.cite) };
}

/** `Asia and the Pacific - Regional… › Bridging the Standardization Gap (BSG)`: parents shortened, the last heading kept. */
function sectionLabel(path: string): string {
  const parts = path.split(' › ');
  return truncate(parts.map((part, i) => (i < parts.length - 1 ? truncate(part, PARENT_HEADING_CHARS) : part)).join(' › '), LABEL_CHARS);
}

/** An edition by its date; one of unknown date is said so (the seed file name means nothing to readers). */
const editionDate = (edition: string): string => edition || 'undated';
const editionOf = (change: DigestChange): string => `${editionDate(change.cite.edition)} edition`;

function changeEntry(change: DigestChange): OutlineEntry {
  if (change.subject === 'action-item') {
    return { label: change.label, tag: change.kind, text: change.summary, cite: `${citeLabel(change.cite)}, ${editionOf(change)}` };
  }
  return { label: sectionLabel(change.label), tag: change.kind, text: change.summary, cite: `§ ${editionOf(change)}` };
}

/**
 * Changes as entries. Sections a new edition dropped say nothing but their name, so past a
 * few they share one entry listing them.
 */
function changeEntries(changes: DigestChange[]): OutlineEntry[] {
  const droppedSections = changes.filter((c) => c.subject === 'section' && c.kind === 'removed');
  if (droppedSections.length <= MAX_SEPARATE_DROPPED_SECTIONS) return changes.map(changeEntry);
  const collapsed: OutlineEntry = {
    label: `${droppedSections.length} sections`,
    tag: 'removed',
    text: `No longer in the new edition: ${droppedSections.map((c) => sectionLabel(c.label)).join('; ')}.`,
    cite: `§ ${editionOf(droppedSections[0]!)}`,
  };
  return [...changes.filter((c) => !droppedSections.includes(c)).map(changeEntry), collapsed];
}

function subtitle(digest: Digest): string {
  const { meeting } = digest;
  if (meeting.asOf) return `As of ${meetingDates(meeting)}`;
  return `${meetingDates(meeting)} (${meeting.timeZone})`;
}

/** Lays the digest out as titled sections of entries, each entry citing its source. */
export function digestOutline(digest: Digest): DigestOutline {
  const changeCount = digest.changes.reduce((sum, series) => sum + series.changes.length, 0);
  const plan = digest.actionPlan ? documentLabel(digest.actionPlan.title, digest.actionPlan.edition) : 'the action plan';
  const sections: OutlineSection[] = [
    {
      key: 'needs-attention',
      title: `Needs attention (${digest.needsAttention.length})`,
      intro:
        digest.needsAttention.length > 0
          ? `Action items not completed and without a periodic-goals mark, from ${plan}.`
          : `Every open action item in ${plan} has a periodic-goals mark.`,
      groups: [{ entries: digest.needsAttention.map(attentionEntry) }],
    },
    {
      key: 'due',
      title: `Due at this meeting (${digest.dueAtMeeting.length})`,
      intro:
        digest.dueAtMeeting.length > 0
          ? 'Open action items whose milestone names TSAG or a date before the meeting.'
          : 'No open action item has a milestone at this meeting.',
      groups: [{ entries: digest.dueAtMeeting.map(dueEntry) }],
    },
    {
      key: 'changes',
      title: `What changed (${changeCount})`,
      intro:
        digest.changes.length > 0
          ? 'Differences between the two latest editions of each document series.'
          : 'Only one edition of each document is loaded, so there is nothing to compare yet.',
      groups: digest.changes.map((series) => ({
        heading: `${series.to.title}: ${editionDate(series.from.edition)} → ${editionDate(series.to.edition)} (${plural(series.changes.length, 'change')})`,
        entries: changeEntries(series.changes),
      })),
    },
    {
      key: 'tallies',
      title: 'Counts per Resolution',
      intro: 'Completed / ongoing (periodic goals met) / needing attention, per Resolution.',
      groups: [
        {
          entries: digest.tallies.map((t) => ({
            label: t.resolution.startsWith('Opinion') ? t.resolution : `Resolution ${t.resolution}`,
            text: `${t.completed} completed · ${t.ongoing} ongoing · ${t.needsAttention} need attention — ${truncate(t.title, LABEL_CHARS)}`,
            cite: '',
          })),
        },
      ],
    },
  ];
  return {
    title: `Digest: ${digest.meeting.name}`,
    subtitle: subtitle(digest),
    summary: [
      `${plural(digest.needsAttention.length, 'item needs', 'items need')} attention`,
      `${digest.dueAtMeeting.length} due at this meeting`,
      `${plural(changeCount, 'change')} since the previous editions`,
    ].join(' · '),
    ...(digest.introduction ? { introduction: { text: digest.introduction.text, label: INTRODUCTION_LABEL } } : {}),
    sources: digest.documents.map((d) => documentLabel(d.title, d.edition)),
    sections,
  };
}
