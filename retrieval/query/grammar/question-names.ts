/**
 * Names in a question that a corpus either contains or not: events with their number
 * ("WTSA-28", "PP-26"), organisations and standards in capitals ("3GPP", "RFC"), releases and
 * versions ("Release 20", "Wi-Fi 8"), bodies of outside organisations ("ETSI General Assembly"),
 * names in capitals ("Wi-Fi Alliance"), years ("2023"). A name found nowhere in the reports means the reports
 * cannot answer, however close the rest of the question comes.
 */
export interface QuestionNames {
  /** Names to look up as written, lower-cased: `wtsa-28`, `rfc`, `release 20`. */
  names: string[];
  /** Runs of capitalised words, lower-cased: `wi-fi alliance`. Absent only if a word of theirs is absent too. */
  titles: string[];
  /** Four-digit years the question names: the answer must speak of one of them. */
  years: string[];
}

const EVENT = /\b[A-Z]{2,6}-\d{2,4}\b/g;
/** "3GPP", "IETF", "RFC", "G.ACP": capitals, optionally with digits and dots, outside references. */
const ACRONYM = /\b(?=[A-Z0-9.]*[A-Z]{2})[A-Z0-9][A-Z0-9.]{1,9}\b/g;
const VERSIONED = /\b(?:release|rel\.|version|v\.?|phase|edition)\s*\d{1,3}(?:\.\d+)?\b/gi;
const YEAR = /\b(?:19[5-9]\d|20\d\d)\b/g;
const YEAR_ONLY = /^(?:19[5-9]\d|20\d\d)$/;
/** Two or more capitalised words, possibly joined by of/the/and/for: "Wi-Fi Alliance", "Gates Foundation". */
const TITLE_RUN = /(?<![.?!]\s*|^\s*)\b[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*(?:\s+(?:(?:of|the|and|for|on)\s+)?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)+/g;
/** A name with two capitals and a number that is not a year: "Wi-Fi 8", "IEEE 802.11". */
const NAMED_NUMBER = /(?<![\w.-])((?=[\w-]*[A-Z][\w-]*[A-Z])[A-Za-z][\w-]*)\s+(\d+(?:\.\d+)*)(?![\w.])/g;
/** An organisation's acronym before a body of its own: "ETSI General Assembly", "GSMA Board". */
const ACRONYM_BODY = /\b([A-Z]{2,6})\s+((?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+)\b/g;
/** Reference words and ITU's own acronyms are structure, not names to look up. */
const STRUCTURE = /^(?:RES|AI|SG\d*|WP\d*|ITU|TSB|BDT|BR|TSAG|WTSA|PP|WTDC|CIS|UN|Q\d+)$/;

/** The names and years a question mentions, de-duplicated. */
export function readQuestionNames(text: string): QuestionNames {
  const names = new Set<string>();
  for (const m of text.matchAll(EVENT)) names.add(m[0].toLowerCase());
  for (const m of text.matchAll(ACRONYM)) {
    if (!STRUCTURE.test(m[0]) && !/^\d+$/.test(m[0])) names.add(m[0].toLowerCase());
  }
  for (const m of text.matchAll(VERSIONED)) names.add(m[0].toLowerCase().replace(/\s+/g, ' '));
  for (const m of text.matchAll(NAMED_NUMBER)) {
    if (!STRUCTURE.test(m[1]!.toUpperCase()) && !YEAR_ONLY.test(m[2]!)) names.add(`${m[1]} ${m[2]}`.toLowerCase());
  }
  for (const m of text.matchAll(ACRONYM_BODY)) {
    if (!STRUCTURE.test(m[1]!)) names.add(`${m[1]} ${m[2]}`.toLowerCase().replace(/\s+/g, ' '));
  }
  const titles = [...new Set([...text.matchAll(TITLE_RUN)].map((m) => m[0].toLowerCase().replace(/\s+/g, ' ')))];
  return { names: [...names], titles, years: [...new Set(text.match(YEAR) ?? [])] };
}
