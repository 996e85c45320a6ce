import { normalizeTypography } from '../corpus/clean-text.js';

export type StatusFilter = 'completed' | 'not-completed' | 'ongoing' | 'needs-attention';

/** What a question asks for, beyond its words. */
export interface ParsedQuery {
  /** The question with typography normalised and control characters removed. */
  text: string;
  /** Action-item numbers named exactly: `44-30`. */
  actionItemIds: string[];
  /** Resolutions named: `44`, or `Opinion 1`. */
  resolutions: string[];
  status?: StatusFilter;
  /** "which …", "list …", "how many …": the answer is a set, not one item. */
  wantsList: boolean;
  /** Words hinting at a document: regions, years, report names. */
  documentHints: string[];
}

const ITEM_ID = /(?<![\d.])(\d{1,2})\s?-\s?(\d{2})(?![\d])/g;
const RESOLUTION_REF = /\b(?:resolutions?|res\.?)\s*(?:no\.?\s*)?(\d{1,3})\b/gi;
const OPINION_REF = /\bopinion\s+(\d{1,2})\b/gi;
const LIST_INTENT = /^\s*(which|list|what (?:action )?items|show (?:me )?(?:all|the)|how many)\b|\b(all|every)\b.*\b(items|actions)\b/i;
const REGIONS = /\b(africa|americas|arab states?|asia(?: and the)? pacific|asia-pacific|cis|commonwealth of independent states|europe)\b/gi;
/** A year only hints at a document when it qualifies one: "2025 report", "report of 2021". */
const EDITION_YEARS = /\b(20[12]\d)\s+(?:report|edition|document|version)\b|\b(?:report|edition|document|version)\s+(?:of|from|for|in)\s+(20[12]\d)\b/gi;

function statusOf(text: string): StatusFilter | undefined {
  if (/\b(need(?:s|ing)? attention|no periodic goals?|goals? not met|behind|lagging|stalled)\b/i.test(text)) {
    return 'needs-attention';
  }
  if (/\b(not (?:yet )?(?:been )?completed|incomplete|unfinished|open|outstanding|pending)\b/i.test(text)) {
    return 'not-completed';
  }
  if (/\b(completed|finished|done|closed)\b/i.test(text)) return 'completed';
  if (/\bongoing\b/i.test(text)) return 'ongoing';
  return undefined;
}

/** Strips control characters (keeping line breaks as spaces) and normalises hyphens and spaces. */
export function sanitizeQuestion(question: string): string {
  return normalizeTypography(question)
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseQuery(question: string): ParsedQuery {
  const text = sanitizeQuestion(question);
  const actionItemIds = [...text.matchAll(ITEM_ID)].map((m) => `${m[1]!.padStart(2, '0')}-${m[2]}`);
  const resolutions = [
    ...[...text.matchAll(RESOLUTION_REF)].map((m) => String(Number(m[1]))),
    ...[...text.matchAll(OPINION_REF)].map((m) => `Opinion ${Number(m[1])}`),
  ];
  const documentHints = [
    ...[...text.matchAll(REGIONS)].map((m) => m[1]!.toLowerCase()),
    ...[...text.matchAll(EDITION_YEARS)].map((m) => (m[1] ?? m[2])!),
  ];
  return {
    text,
    actionItemIds: [...new Set(actionItemIds)],
    resolutions: [...new Set(resolutions)],
    status: statusOf(text),
    wantsList: LIST_INTENT.test(text),
    documentHints: [...new Set(documentHints)],
  };
}
