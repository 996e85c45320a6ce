/** Records parsed from the ITU reports: the units everything downstream indexes and cites. */

export type DocumentKind = 'action-plan' | 'report';

/** One seed file as described by `seeds/manifest.json` (or inferred when it has no entry). */
export interface DocumentInfo {
  /** Seed file name, e.g. `004_34e05be8ad0376c5.txt`. */
  file: string;
  title: string;
  /** ISO date of the edition, e.g. `2022-01-01`. */
  edition: string;
  kind: DocumentKind;
  /** Editions of one series are compared with each other (digests' "what changed"). */
  series: string;
  url: string;
}

export interface ActionItemRecord {
  kind: 'action-item';
  /** Unique key in the index: `item:44-30`. */
  key: string;
  /** `44-30`. */
  id: string;
  /** Earlier numbers the item carried, e.g. `44-25` for `54-03 (44-25)`. */
  aliases: string[];
  resolution: string;
  resolutionTitle: string;
  action: string;
  milestone: string;
  goalsMet: boolean;
  completed: boolean;
  /** Status narrative, one paragraph per line, artefacts removed. */
  status: string;
  /** Other action items the status refers to ("See also action item 44-13"). */
  crossRefs: string[];
  /**
   * The action of the item before it in its Resolution, when this one points back to it: "TSB
   * Director to submit the results of these activities to the ITU Council" (96-09) says what
   * it is about only through 96-08.
   */
  antecedent?: string;
  document: string;
  section: string;
}

export interface ResolutionRecord {
  kind: 'resolution';
  /** `res:44`, or `opinion:1`. */
  key: string;
  /** `44`, or `Opinion 1`. */
  number: string;
  title: string;
  operativeText: string;
  actionItemIds: string[];
  document: string;
  section: string;
}

export interface PassageRecord {
  kind: 'passage';
  /** `passage:<file>:<n>`. */
  key: string;
  document: string;
  /** Heading path from the top, e.g. `["4 Africa – Regional Office for Africa", "Other areas"]`. */
  headingPath: string[];
  /**
   * The entry of its section the passage reports on, when the section is a list of them: in the
   * ITU report's Annex 1, "193 (Busan, 2014) Support and assistance for Iraq…", under the first
   * `depth` headings of the path (those after it are titles within the entry). Part of the
   * passage's label, not of its section's title.
   */
  entry?: { title: string; depth: number };
  text: string;
}

export type CorpusRecord = ActionItemRecord | ResolutionRecord | PassageRecord;

/** Everything parsed from the seeds. */
export interface Corpus {
  documents: DocumentInfo[];
  records: CorpusRecord[];
  /** Files that could not be parsed, with the reason; the rest of the corpus is still usable. */
  skipped: { file: string; reason: string }[];
}

/** A passage's headings with its entry in its place among them. */
export function passageLabelPath(record: PassageRecord): string[] {
  const { headingPath, entry } = record;
  return entry ? [...headingPath.slice(0, entry.depth), entry.title, ...headingPath.slice(entry.depth)] : headingPath;
}

/** `Resolution 44`, or `Opinion 1` as it stands. */
export const resolutionName = (resolution: string): string => (resolution.startsWith('Opinion') ? resolution : `Resolution ${resolution}`);

/** Human-readable section label for citing a record. */
export function sectionLabel(record: CorpusRecord): string {
  switch (record.kind) {
    case 'action-item':
      return `Resolution ${record.resolution} – ${record.resolutionTitle}`;
    case 'resolution':
      return record.section;
    case 'passage':
      return passageLabelPath(record).join(' › ');
  }
}
