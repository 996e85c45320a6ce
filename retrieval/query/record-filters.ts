import { sectionLabel, type CorpusRecord, type DocumentInfo } from '../corpus/records.js';
import { namesMilestoneBody } from './grammar/status-intent.js';
import type { StatusFilter } from './parse-query.js';

/** Milestone names are bodies ("TSAG") or years ("2021"); a milestone must name one of each kind asked for. */
export function splitMilestoneNames(names: string[]): { bodies: string[]; years: string[] } {
  return { bodies: names.filter((n) => !/^\d{4}$/.test(n)), years: names.filter((n) => /^\d{4}$/.test(n)) };
}

/**
 * Does an action item match a status filter? "Needs attention" = open and no periodic goal met
 * (no mark in either column); "goals-met" / "goals-not-met" = the periodic-goals column is
 * ticked or empty; "ongoing" = the milestone cell says Ongoing, "dated" = it does not; "milestone-names" = the
 * milestone cell names one of the bodies and one of the years in `milestoneNames` (e.g. TSAG,
 * Council, 2020).
 */
export function matchesStatus(record: CorpusRecord, status: StatusFilter, milestoneNames: string[] = []): boolean {
  if (record.kind !== 'action-item') return false;
  switch (status) {
    case 'completed':
      return record.completed;
    case 'not-completed':
      return !record.completed;
    case 'goals-met':
      return record.goalsMet;
    case 'goals-not-met':
      return !record.goalsMet;
    case 'ongoing':
      return /ongoing/i.test(record.milestone);
    case 'dated':
      return !/ongoing/i.test(record.milestone);
    case 'milestone-names': {
      // "due at TSAG in 2021": a body and a year must both be named; several bodies or years are alternatives.
      const named = (names: string[]): boolean =>
        names.length === 0 || names.some((name) => namesMilestoneBody(record.milestone, name) || new RegExp(`\\b${name}\\b`, 'i').test(record.milestone));
      const { bodies, years } = splitMilestoneNames(milestoneNames);
      return named(bodies) && named(years);
    }
    case 'needs-attention':
      return !record.completed && !record.goalsMet;
  }
}

/** The resolution a record belongs to, if any. */
export function resolutionOf(record: CorpusRecord): string | null {
  if (record.kind === 'action-item') return record.resolution;
  if (record.kind === 'resolution') return record.number;
  return null;
}

/**
 * How well a record's document fits hints such as "Africa office" or "2025 report": 0 when
 * there are no hints or nothing matches, up to 1.
 */
export function documentHintScore(record: CorpusRecord, doc: DocumentInfo | undefined, hints: string[]): number {
  if (hints.length === 0 || !doc) return 0;
  const place = `${doc.title} ${doc.edition} ${record.kind === 'passage' ? sectionLabel(record) : ''}`.toLowerCase();
  const matched = hints.filter((hint) => place.includes(hint.replace(/ states?$/, ''))).length;
  return matched / hints.length;
}
