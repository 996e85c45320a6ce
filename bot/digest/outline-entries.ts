import { resolutionName } from '../../retrieval/corpus/records.js';
import { truncate } from '../answering/key-sentences.js';
import { describeFact, factWeight, plainMarks, summariseFacts } from './change-facts.js';
import {
  citeLabel,
  compareResolutions,
  countOf,
  type DigestChange,
  type DigestFact,
  type DigestItem,
  type DigestSeriesChanges,
  type ResolutionTally,
} from './digest.js';

/**
 * The digest's entries as plain text, one line each with its citation: the full lists, and the
 * candidates for the first screen. Renderers only add markup.
 */

export interface OutlineEntry {
  /** What the entry is about: `47-01`, a section, `Resolution 44`. */
  label: string;
  /** `added`, `removed`, `changed` for edition changes. */
  tag?: string;
  text: string;
  /** The source, e.g. `Action item 47-01 · Resolution 47`; empty when the text names its items. */
  cite: string;
}

export interface OutlineGroup {
  /** A sub-heading: the document series for changes, the Resolution for overdue items. */
  heading?: string;
  entries: OutlineEntry[];
}

const LABEL_CHARS = 90;
const SHORT_LABEL_CHARS = 48;
const SERIES_CHARS = 32;
const PARENT_HEADING_CHARS = 40;
const DUE_ACTION_CHARS = 160;
/** On the first screen an entry is one short line. */
const BRIEF_ACTION_CHARS = 60;
const BRIEF_QUOTE_CHARS = 60;
const MAX_SEPARATE_DROPPED_SECTIONS = 3;
/** Overdue items named per Resolution on the first screen, and how much of each milestone. */
const OLDEST_NAMED = 2;
const MILESTONE_CHARS = 30;

const sentence = (text: string): string => {
  const trimmed = plainMarks(text.trim());
  return /[.!?…”]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** A report title without the year in brackets its editions' dates already give. */
export const seriesTitle = (title: string): string => title.replace(/\s*\((?:19|20)\d\d\)$/, '');

/** An item needing attention: its action and its last status line. */
export function attentionEntry(item: DigestItem): OutlineEntry {
  const status = item.latestStatus ? `Last status: ${sentence(item.latestStatus)}` : 'No status reported.';
  return { label: item.id, text: `${sentence(item.action)} ${status}`, cite: citeLabel(item.cite) };
}

/** A due or overdue item: its action and why it is listed. */
export function milestoneEntry(item: DigestItem): OutlineEntry {
  return { label: item.id, text: `${sentence(truncate(item.action, DUE_ACTION_CHARS))} ${sentence(capitalise(item.reason))}`, cite: citeLabel(item.cite) };
}

/** An item on the first screen: its action, shortened; its number is the label, so the cite is its Resolution. */
export function briefItemEntry(item: DigestItem): OutlineEntry {
  return { label: item.id, text: truncate(item.action, BRIEF_ACTION_CHARS), cite: resolutionName(item.resolution) };
}

/** Overdue items by Resolution, in Resolution order, each list oldest milestone first. */
export function overdueByResolution(items: DigestItem[]): [string, DigestItem[]][] {
  const groups = new Map<string, DigestItem[]>();
  for (const item of items) groups.set(item.resolution, [...(groups.get(item.resolution) ?? []), item]);
  return [...groups.entries()].sort(([a], [b]) => compareResolutions(a, b));
}

/** One Resolution's overdue count with its oldest items named: `5 overdue: 22-01 (TSAG 2017), 22-05 (TSAG 2020) and 3 more`. */
export function overdueCountEntry(resolution: string, items: DigestItem[]): OutlineEntry {
  const named = items.slice(0, OLDEST_NAMED).map((item) => `${item.id} (${truncate(item.milestone, MILESTONE_CHARS)})`);
  const others = items.length > OLDEST_NAMED ? ` and ${items.length - OLDEST_NAMED} more` : '';
  return { label: resolutionName(resolution), text: `${items.length} overdue: ${named.join(', ')}${others}`, cite: '' };
}

/** `Asia and the Pacific - Regional… › Bridging the Standardization Gap (BSG)`: parents shortened, the last heading kept. */
function sectionLabel(path: string, maxChars: number = LABEL_CHARS): string {
  const parts = path.split(' › ');
  return truncate(parts.map((part, i) => (i < parts.length - 1 ? truncate(part, PARENT_HEADING_CHARS) : part)).join(' › '), maxChars);
}

/** An edition by its date; one of unknown date is said so (a seed file name means nothing to readers). */
export const editionDate = (edition: string): string => edition || 'undated';
const editionOf = (change: DigestChange): string => `${editionDate(change.cite.edition)} edition`;
const tagOf = (fact: DigestFact): string => (fact.kind === 'sentence' ? fact.change : 'changed');
/** A removed sentence is quoted from the older edition, so it cites that one. */
const factEdition = (fact: DigestFact, series: DigestSeriesChanges, change: DigestChange): string =>
  fact.kind === 'sentence' && fact.change === 'removed' ? `${editionDate(series.from.edition)} edition` : editionOf(change);

/**
 * Changes as entries: an action item's change is one entry; a report section's change is one
 * entry per fact (figure, sentence added, removed or reworded). Sections a new edition dropped
 * say nothing but their name, so past a few they share one entry listing them.
 */
export function changeEntries(series: DigestSeriesChanges): OutlineEntry[] {
  const { changes } = series;
  const droppedSections = changes.filter((c) => c.subject === 'section' && c.kind === 'removed');
  const collapse = droppedSections.length > MAX_SEPARATE_DROPPED_SECTIONS;
  const entries = changes.flatMap((change): OutlineEntry[] => {
    if (change.subject === 'action-item') {
      const text = change.facts.length > 0 ? summariseFacts(change.facts) : change.summary;
      return [{ label: change.label, tag: change.kind, text, cite: `${citeLabel(change.cite)}, ${editionOf(change)}` }];
    }
    if (collapse && droppedSections.includes(change)) return [];
    const label = sectionLabel(change.label);
    if (change.facts.length === 0) return [{ label, tag: change.kind, text: change.summary, cite: `§ ${editionOf(change)}` }];
    return change.facts.map((fact) => ({ label, tag: tagOf(fact), text: describeFact(fact), cite: `§ ${factEdition(fact, series, change)}` }));
  });
  if (!collapse) return entries;
  const collapsed: OutlineEntry = {
    label: countOf(droppedSections.length, 'section'),
    tag: 'removed',
    text: `No longer in the new edition: ${droppedSections.map((c) => sectionLabel(c.label)).join('; ')}.`,
    cite: `§ ${editionOf(droppedSections[0]!)}`,
  };
  return [...entries, collapsed];
}

/** How telling a change is on the first screen, lower first (see `factWeight`). */
function changeWeight(change: DigestChange): number {
  if (change.facts.length > 0) return Math.min(...change.facts.map(factWeight));
  if (change.subject === 'action-item') return 3;
  return change.kind === 'added' ? 4 : 6;
}

/**
 * First-screen candidates, most telling first: one per change (its weightiest fact), so marks
 * and changed figures come before new sentences, and one section cannot fill the screen.
 */
export function briefChangeEntries(series: DigestSeriesChanges[]): OutlineEntry[] {
  const candidates = series.flatMap((s) =>
    s.changes.map((change, order) => {
      const best = [...change.facts].sort((a, b) => factWeight(a) - factWeight(b))[0];
      const text = best ? describeFact(best, BRIEF_QUOTE_CHARS) : truncate(change.summary, BRIEF_ACTION_CHARS + BRIEF_QUOTE_CHARS);
      const entry: OutlineEntry =
        change.subject === 'action-item'
          ? { label: change.label, text, cite: citeLabel(change.cite) }
          : { label: sectionLabel(change.label, SHORT_LABEL_CHARS), text, cite: `§ ${truncate(seriesTitle(s.to.title), SERIES_CHARS)}, ${change.cite.edition}` };
      return { entry, weight: changeWeight(change), order };
    }),
  );
  return candidates.sort((a, b) => a.weight - b.weight || a.order - b.order).map((c) => c.entry);
}

/** `2 completed · 3 ongoing · 1 needs attention — title`. */
export function tallyEntry(tally: ResolutionTally): OutlineEntry {
  return {
    label: resolutionName(tally.resolution),
    text: `${tally.completed} completed · ${tally.ongoing} ongoing · ${tally.needsAttention} ${tally.needsAttention === 1 ? 'needs' : 'need'} attention — ${truncate(tally.title, LABEL_CHARS)}`,
    cite: '',
  };
}
