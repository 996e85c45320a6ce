/**
 * Names in a question that a corpus either contains or not: events with their number
 * ("WTSA-28", "PP-26"), reviews ("WSIS+20"), organisations and standards in capitals ("3GPP", "RFC"), mobile
 * generations ("6G"), releases and versions ("Release 20", "Wi-Fi 8"), bodies of outside
 * organisations ("ETSI General Assembly"), names in capitals ("Wi-Fi Alliance"), years ("2023").
 * A name found nowhere in the reports means the reports cannot answer, however close the rest of
 * the question comes.
 */

import escapeStringRegexp from 'escape-string-regexp';
import { RECOMMENDATION_NUMBER } from '../../corpus/recommendation-numbers.js';

export interface QuestionNames {
  /** Names to look up as written, lower-cased: `wtsa-28`, `rfc`, `release 20`. */
  names: string[];
  /** Runs of capitalised words, lower-cased: `wi-fi alliance`. Absent only if a word of theirs is absent too. */
  titles: string[];
  /** Four-digit years the question names: the answer must speak of one of them. */
  years: string[];
  /** Numbered events ("wrc-23", "wtsa-24"), also among `names`: the answer must speak of one of them. */
  events: string[];
  /** Single capitalised words inside the sentence ("Starlink"), lower-cased: absent only if no word is spelt near them either. */
  words: string[];
  /** Questions and working parties numbered within a study group ("Q6/2", "WP 1/5"): the reports must name that one. */
  bodies: NumberedBody[];
}

/** "Question 6/2" (Question 6 of Study Group 2), "WP 1/5" (Working Party 1 of Study Group 5). */
export interface NumberedBody {
  kind: 'question' | 'working party';
  pair: string;
}

const NUMBERED_BODY = /\b(?:(Q(?:uestions?)?\.?)|(Working\s+Part(?:y|ies)|WPs?))\s?(\d{1,2})\/(\d{1,2})(?![\d/])/gi;

/**
 * A numbered body as the reports write it, to test texts with: "Question 6/2", "Q6/2", "ITU-D
 * Q3/2"; "Working Party 1/5", "WP2/2". "WP2/2" does not name Question 2/2.
 */
export function numberedBodyPattern(body: NumberedBody): RegExp {
  const kind = body.kind === 'question' ? String.raw`(?:questions?|q)\.?` : String.raw`(?:working\s+part(?:y|ies)|wps?)`;
  return new RegExp(String.raw`(?<!\p{L})${kind}\s?${escapeStringRegexp(body.pair)}(?![\d/])`, 'iu');
}

/** "WTSA-28", "PP-26", "ATU-5"; not a study group, working party or reference typed with a hyphen ("SG-17", "Res-44"). */
const EVENT = /\b(?!(?:SGs?|WPs?|RES|AI)-)[A-Z]{2,6}-\d{1,4}\b/g;
/** A review named by the years since: "WSIS+20", "Beijing+30", "Rio+20". */
const REVIEW = /(?<![\w+])[A-Z][A-Za-z]{1,9}\+\d{1,3}(?![\w+])/g;
/** "3GPP", "IETF", "RFC", "G.ACP": capitals, optionally with digits and dots, outside references. */
const ACRONYM = /\b(?=[A-Z0-9.]*[A-Z]{2})[A-Z0-9][A-Z0-9.]{1,9}\b/g;
/** A mobile generation, a video format or a line rate: "6G", "8K", "800G" (one capital, so not an acronym above). */
const GENERATION = /\b\d{1,3}[GK]\b/g;
const VERSIONED = /\b(?:release|rel\.|version|phase|edition)\s*\d{1,3}(?:\.\d+)?\b/gi;
/** A year, not one that is part of a name: "the 2030 Agenda", "Agenda 2030", "Connect 2030", "IMT-2020". */
const YEAR = /(?<!\b(?:agenda|vision|connect)\s+|[A-Za-z]-)\b(?:19[5-9]\d|20\d\d)\b(?!\s+agenda\b)/gi;
const YEAR_ONLY = /^(?:19[5-9]\d|20\d\d)$/;

/** Whether a number ("2018", "1281") is a year the reports could speak of (1950–2099). */
export function isYear(digits: string): boolean {
  return YEAR_ONLY.test(digits);
}
/** Two or more capitalised words, possibly joined by of/the/and/for: "Wi-Fi Alliance", "Gates Foundation". */
const TITLE_RUN = /(?<![.?!]\s*|^\s*)\b[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*(?:\s+(?:(?:of|the|and|for|on)\s+)?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)+/g;
/** A name with two capitals and a number that is not a year: "Wi-Fi 8", "IEEE 802.11be". */
const NAMED_NUMBER = /(?<![\w.-])((?=[\w-]*[A-Z][\w-]*[A-Z])[A-Za-z][\w-]*)\s+(\d+(?:\.\d+)*[a-z]{0,3})(?![\w.])/g;
/** ITU-T Recommendations and Questions by number: "Y.3172", "X.1056", "Q4/9". */
const NUMBERED_TEXT = new RegExp(String.raw`${RECOMMENDATION_NUMBER.source}|\bQ\d{1,2}\/\d{1,2}\b`, 'g');
/** A capitalised word inside a sentence, not an acronym: "Starlink", "Hammamet", "Belém". */
const CAPITALISED_WORD = /(?<![.?!]\s*|^\s*|[\p{L}\d_-])\p{Lu}\p{Ll}{3,}(?![\p{L}\d_-])/gu;
/**
 * An organisation's acronym before a body of its own: "ETSI General Assembly", "GSMA Board",
 * "oneM2M's Technical Plenary", "3GPP Plenary". The last word must name a body, so that "AAP
 * Recs" (a kind of text) stays two known words.
 */
const ACRONYM_BODY =
  /\b((?:[a-z]{1,4}(?=[A-Z]))?[A-Z][A-Z\d]{1,5}|\d[A-Z][A-Z\d]{1,4})(?:['’]s)?\s+((?:[A-Z][a-z]+\s+){0,3}(?:Assembly|Board|Council|Committee|Commission|Conference|Congress|Summit|Meeting|Plenary|Secretariat|Group|Team|Force|Panel|Forum|Symposium|Workshop|Session|Parliament|Cabinet|Ministry|Office|Directorate|Executive))\b/g;
/** Reference words and ITU's own acronyms are structure, not names to look up. */
const STRUCTURE = /^(?:RES|AI|SG\d*|WP\d*|ITU|TSB|BDT|BR|TSAG|WTSA|PP|WTDC|CIS|UN|Q\d+)$/;
/** Chat and compass abbreviations ("SE Asia", "FYI", "ASAP") are not names either. */
const ABBREVIATION = /^(?:NE|NW|SE|SW|HQ|FYI|ASAP|AM|PM|ETA|TBD|TBC|FAQ|OK|EOD|EOY|BTW|IMO|AFAIK|PLS|PLZ|THX)$/;

/** Whether an acronym is ITU's own structure ("TSB", "SG17") or chat ("FYI"), not a name to look up. */
export function isOwnOrChatAcronym(acronym: string): boolean {
  return STRUCTURE.test(acronym) || ABBREVIATION.test(acronym);
}

/**
 * Compass words place a region ("West African", "Middle Eastern", "Southeast Asian"); the reports
 * name regions their own way ("Africa", "Arab States"), so these are description, not names.
 */
const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|middle|central|(?:north|south)-?(?:east|west)(?:ern)?)$/i;

/** A run of capitalised words without its compass words; none when one word or fewer is left. */
function withoutCompass(run: string): string | undefined {
  const words = run.split(' ').filter((word) => !COMPASS.test(word));
  return words.length > 1 ? words.join(' ') : undefined;
}

/** The names and years a question mentions, de-duplicated. */
export function readQuestionNames(question: string): QuestionNames {
  const bodies = [...question.matchAll(NUMBERED_BODY)].map((m) => ({ kind: m[1] ? ('question' as const) : ('working party' as const), pair: `${m[3]}/${m[4]}` }));
  // "Q6/2" is looked up as a numbered body, in the forms the reports write it, not as a name.
  const text = question.replace(NUMBERED_BODY, ' ');
  const names = new Set<string>();
  const events = [...new Set([...text.matchAll(EVENT)].map((m) => m[0].toLowerCase()))];
  for (const event of events) names.add(event);
  for (const m of text.matchAll(NUMBERED_TEXT)) names.add(m[0].toLowerCase());
  for (const m of text.matchAll(REVIEW)) names.add(m[0].toLowerCase());
  for (const m of text.matchAll(ACRONYM)) {
    if (!isOwnOrChatAcronym(m[0]) && !/^\d+$/.test(m[0])) names.add(m[0].toLowerCase());
  }
  for (const m of text.matchAll(GENERATION)) names.add(m[0].toLowerCase());
  for (const m of text.matchAll(VERSIONED)) names.add(m[0].toLowerCase().replace(/\s+/g, ' '));
  for (const m of text.matchAll(NAMED_NUMBER)) {
    if (!STRUCTURE.test(m[1]!.toUpperCase()) && !isYear(m[2]!)) names.add(`${m[1]} ${m[2]}`.toLowerCase());
  }
  for (const m of text.matchAll(ACRONYM_BODY)) {
    if (!STRUCTURE.test(m[1]!)) names.add(`${m[1]} ${m[2]}`.toLowerCase().replace(/\s+/g, ' '));
  }
  const titles = [...new Set([...text.matchAll(TITLE_RUN)].flatMap((m) => withoutCompass(m[0].toLowerCase().replace(/\s+/g, ' ')) ?? []))];
  // A word in parentheses is an aside ("(the Kubernetes kind)"), not what is asked about.
  const outsideAsides = text.replace(/\([^)]*\)/g, ' ');
  const words = [...new Set([...outsideAsides.matchAll(CAPITALISED_WORD)].map((m) => m[0].toLowerCase()))].filter((word) => !COMPASS.test(word));
  return { names: [...names], titles, years: [...new Set(text.match(YEAR) ?? [])], events, words, bodies };
}
