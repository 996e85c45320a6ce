import { normalizeTypography } from '../corpus/clean-text.js';
import { withEventNamesJoined } from './grammar/event-names.js';
import { bareResolutionNumber, readReferences, type ForeignResolution } from './grammar/references.js';
import { readStatusIntent, type MarkFilter, type StatusFilter } from './grammar/status-intent.js';
import { withStructureSpelled } from './grammar/structure-spelling.js';
import { withStudyGroupNumbers } from './grammar/study-group-subjects.js';
import { bridgeToEnglish, detectLanguage } from './multilingual/english-bridge.js';
import type { QuestionLanguage } from './multilingual/key-terms.js';

export type { MarkFilter, StatusFilter } from './grammar/status-intent.js';
export type { QuestionLanguage } from './multilingual/key-terms.js';

/** What a question asks for, beyond its words. */
export interface ParsedQuery {
  /** The question with typography normalised, control characters removed and conferences written as the reports write them ("wtdc 22" → "WTDC-22"). */
  text: string;
  /** `text` as asked, when a follow-up's `text` carries its thread's event ("and how many participants? (WTDC-22)"): what answers echo. */
  asked?: string;
  /** The language the question is written in (one of ITU's six). */
  language: QuestionLanguage;
  /**
   * The words the English index is searched with: the question, or its English key terms; study
   * groups named by subject are written by number ("the security study group" → "the SG17").
   */
  searchText: string;
  /** Action-item numbers named: `44-30` (also "Res 44 item 30", "res44 #30", "AI44-30"). */
  actionItemIds: string[];
  /** Those of `actionItemIds` typed loosely ("44/30", "4430"): items only if the plan has them, else the question is read without them ("12/05"). */
  tentativeItemIds: string[];
  /** Resolutions whose last action item is asked for ("the last item of Res 44"): the index knows which it is. */
  lastItemOf: string[];
  /** WTSA Resolutions named: `44`, or `Opinion 1`. */
  resolutions: string[];
  /** Other bodies' resolutions ("Plenipotentiary Resolution 25"): never a WTSA Resolution. */
  foreignResolutions: ForeignResolution[];
  /** Those of `resolutions` the question calls the assembly's own ("WTSA-16 Resolution 188"): never another body's. */
  assemblyQualified: string[];
  status?: StatusFilter;
  /** With a milestone filter: the mark filter asked for as well ("completed items with a Council milestone"). */
  marks?: MarkFilter;
  /** With the `milestone-names` filter: the bodies the milestone must name. */
  milestoneNames: string[];
  /** "which items…", "list…", "anything completed…": the answer is a set, not one item. */
  wantsList: boolean;
  /** "all the action items", "the full list": every item of the scope, whatever else is named. */
  wantsAll: boolean;
  /** Words hinting at a document: regions, years, report names. */
  documentHints: string[];
}

const REGIONS = /\b(africa|americas|arab(?: states?)?|asia(?: and the)? pacific|asia-pacific|cis|commonwealth of independent states|europe)\b/gi;
/** A year only hints at a document when it qualifies one: "2025 report", "2021 RO report", "report of 2021". */
const EDITION_YEARS = documentYears('report|edition|document|version');
/** A year that names the report itself ("the 2021 RO report"), not an event's edition ("the 2021 edition of Accessible Americas"). */
const REPORT_YEARS = documentYears('report|document');

function documentYears(nouns: string): RegExp {
  // "The 2019 edition of Accessible Americas" is the event's edition, not a report's.
  return new RegExp(
    String.raw`\b(20[12]\d)\s+(?:(?!(?:the|a|an|this|that|of)\b)[\p{L}-]+\s+){0,2}?(?:${nouns})\b(?!\s+of\s+(?!the\s+(?:\S+\s+){0,2}?(?:report|plan)\b))|\b(?:${nouns})\s+(?:of|from|for|in)\s+(20[12]\d)\b`,
    'giu',
  );
}

/** The years a question names as the report it asks of ("the 2021 RO report"), not as a period asked about. */
export function reportYears(question: string): string[] {
  return [...question.matchAll(REPORT_YEARS)].map((m) => (m[1] ?? m[2])!);
}

/** Strips control characters (keeping line breaks as spaces) and normalises hyphens and spaces. */
export function sanitizeQuestion(question: string): string {
  return normalizeTypography(question)
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads a question's structure: references, status filter, list intent, language, document hints. */
export function parseQuery(question: string): ParsedQuery {
  // Arabic short vowels and tatweel are optional in writing: "وُضعت" and "وضعت" are one word.
  const text = withEventNamesJoined(withStructureSpelled(sanitizeQuestion(question)))
    .replace(/[\u0640\u064b-\u065f\u0670]/g, '')
    // Arabic-Indic, Persian and full-width digits ("القرار ٤٤", "第４４号决议") read as 0-9:
    // each block starts at a multiple of 16, so the low four bits are the digit.
    .replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (d) => String(d.codePointAt(0)! & 0xf));
  const language = detectLanguage(text);
  // Nothing the bridge knows ("進展如何？"): the question as asked, which then abstains on its own.
  // "the security study group": the reports name it only by number (SG17). The bridge's key
  // terms stand side by side by chance ("e-waste study group"), so only English is read so.
  const searchText = language === 'en' ? withStudyGroupNumbers(text) : bridgeToEnglish(text, language) || text;
  const references = readReferences(text);
  const intent = readStatusIntent(text);
  const bare =
    (intent.status || intent.wantsList) &&
    references.actionItems.length + references.lastItemOf.length + references.resolutions.length + references.foreignResolutions.length === 0
      ? bareResolutionNumber(text)
      : undefined;
  const documentHints = [
    ...[...searchText.matchAll(REGIONS)].map((m) => m[1]!.toLowerCase()),
    ...[...searchText.matchAll(EDITION_YEARS)].map((m) => (m[1] ?? m[2])!),
  ];
  return {
    text,
    language,
    searchText,
    actionItemIds: references.actionItems,
    tentativeItemIds: references.tentative,
    lastItemOf: references.lastItemOf,
    resolutions: bare ? [bare] : references.resolutions,
    foreignResolutions: references.foreignResolutions,
    assemblyQualified: references.assemblyQualified,
    status: intent.status,
    ...(intent.marks ? { marks: intent.marks } : {}),
    milestoneNames: intent.milestoneNames,
    wantsList: intent.wantsList,
    wantsAll: intent.wantsAll,
    documentHints: [...new Set(documentHints)],
  };
}
