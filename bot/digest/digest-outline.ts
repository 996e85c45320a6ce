import { resolutionName } from '../../retrieval/corpus/records.js';
import { countOf, documentLabel, longDate, meetingDates, type Digest } from './digest.js';
import { digestHighlights, type OutlineHighlight, type OutlineSectionKey } from './digest-brief.js';
import {
  attentionEntry,
  changeEntries,
  editionDate,
  milestoneEntry,
  overdueByResolution,
  seriesTitle,
  tallyEntry,
  type OutlineEntry,
  type OutlineGroup,
} from './outline-entries.js';

/**
 * The digest as the wording every renderer shares, so Markdown, Slack, Teams and the playground
 * differ only in markup: a headline and the first screen's highlights, then the full lists.
 * Plain text, no markup.
 */

export type { OutlineEntry, OutlineGroup } from './outline-entries.js';
export type { OutlineHighlight, OutlineSectionKey } from './digest-brief.js';

/** One full list: every entry, under its title. */
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
  /** One line of totals, for notifications; "due at this meeting" only when there is a meeting. */
  summary: string;
  /** The editions the digest draws on, with their dates: `Title, 1 December 2021 → 1 January 2025`. */
  editions: string[];
  /** Set when the newest action plan predates the previous meeting or is a year or more old. */
  warning?: string;
  /** Only when a language model introduced the digest: renderers show it after the headline. */
  introduction?: OutlineIntroduction;
  /** The first screen: a few entries of each list (see `digestHighlights`). */
  highlights: OutlineHighlight[];
  /** `Title (edition)` of every source document, first of the full lists. */
  sources: string[];
  /** The full lists: every entry, never cut. */
  sections: OutlineSection[];
}

/** How every channel labels a model-written introduction. */
export const INTRODUCTION_LABEL = 'Written by a language model from the action-item changes under “What changed”.';

function subtitle(digest: Digest): string {
  const { meeting } = digest;
  if (meeting.asOf) return `As of ${meetingDates(meeting)}`;
  return `${meetingDates(meeting)} (${meeting.timeZone})`;
}

/**
 * The action plan's edition, then each compared series from → to, named by its older edition
 * (the one the manifest describes when a newer copy was dropped in without an entry).
 */
function editions(digest: Digest): string[] {
  const plan = digest.actionPlan;
  const compared = digest.changes.map((s) => `${seriesTitle(s.from.title)}, ${longDate(s.from.edition)} → ${longDate(s.to.edition)}`);
  const planCompared = plan && digest.changes.some((s) => s.to.file === plan.file);
  return plan && !planCompared ? [`${plan.title}, ${longDate(plan.edition)}`, ...compared] : compared;
}

function warning(digest: Digest): string | undefined {
  const stale = digest.staleSource;
  if (!stale) return undefined;
  const reasons = [
    ...(stale.yearsOld >= 1 ? [`${countOf(stale.yearsOld, 'year')} ${digest.meeting.asOf ? 'ago' : 'before this meeting'}`] : []),
    ...(stale.previousMeeting ? [`before the previous meeting, ${stale.previousMeeting.name} on ${longDate(stale.previousMeeting.start)}`] : []),
  ];
  return `The newest action plan is dated ${longDate(stale.edition)}, ${reasons.join(' and ')}: its statuses may be out of date.`;
}

function fullLists(digest: Digest, changes: OutlineEntry[]): OutlineSection[] {
  const plan = digest.actionPlan ? documentLabel(digest.actionPlan.title, digest.actionPlan.edition) : 'the action plan';
  const overdue = overdueByResolution(digest.overdue);
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
          ? 'Open action items whose milestone names TSAG meetings, this meeting’s month or its year.'
          : 'No open action item has a milestone at this meeting.',
      groups: [{ entries: digest.dueAtMeeting.map(milestoneEntry) }],
    },
    {
      key: 'overdue',
      title: `Overdue (${digest.overdue.length})`,
      intro:
        digest.overdue.length > 0
          ? 'Open action items whose milestone has passed, by Resolution, oldest milestone first.'
          : 'No open action item has a milestone that has passed.',
      groups: overdue.map(([resolution, items]) => ({ heading: `${resolutionName(resolution)} (${items.length})`, entries: items.map(milestoneEntry) })),
    },
    {
      key: 'changes',
      title: `What changed (${changes.length})`,
      intro:
        digest.changes.length > 0
          ? 'Differences between the two latest editions of each document series: marks, milestones and figures old → new, sentences added and removed.'
          : 'Only one edition of each document is loaded, so there is nothing to compare yet.',
      groups: digest.changes.map((series) => {
        const entries = changeEntries(series);
        return {
          heading: `${series.to.title}: ${editionDate(series.from.edition)} → ${editionDate(series.to.edition)} (${countOf(entries.length, 'change')})`,
          entries,
        };
      }),
    },
    {
      key: 'tallies',
      title: 'Counts per Resolution',
      intro: 'Completed / ongoing (periodic goals met) / needing attention, per Resolution.',
      groups: [{ entries: digest.tallies.map(tallyEntry) }],
    },
  ];
  // Without a meeting nothing can be due at it: that list is left out, not shown empty.
  return digest.meeting.asOf ? sections.filter((s) => s.key !== 'due') : sections;
}

/** Lays the digest out as a headline, the first screen's highlights and the full lists, each entry citing its source. */
export function digestOutline(digest: Digest): DigestOutline {
  const changes = digest.changes.flatMap(changeEntries);
  const outlineEditions = editions(digest);
  const outlineWarning = warning(digest);
  const title = `Digest: ${digest.meeting.name}`;
  const headline = [`${title} ${subtitle(digest)}`, outlineEditions.join(' · '), outlineWarning, digest.introduction?.text, digest.introduction && INTRODUCTION_LABEL].filter(
    (line): line is string => Boolean(line),
  );
  const summary = [
    `${countOf(digest.needsAttention.length, 'action item')} ${digest.needsAttention.length === 1 ? 'needs' : 'need'} attention`,
    ...(digest.meeting.asOf ? [] : [`${digest.dueAtMeeting.length} due at this meeting`]),
    `${digest.overdue.length} overdue`,
    `${countOf(changes.length, 'change')} since the previous editions`,
  ].join(' · ');
  return {
    title,
    subtitle: subtitle(digest),
    summary,
    editions: outlineEditions,
    ...(outlineWarning ? { warning: outlineWarning } : {}),
    ...(digest.introduction ? { introduction: { text: digest.introduction.text, label: INTRODUCTION_LABEL } } : {}),
    highlights: digestHighlights(digest, changes.length, { lines: headline.length, chars: headline.join('').length }),
    sources: digest.documents.map((d) => documentLabel(d.title, d.edition)),
    sections: fullLists(digest, changes),
  };
}
