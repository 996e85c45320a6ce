/**
 * One edition of a recurring event: "when is the 5th FIGI Symposium?", "where did the fourth
 * meeting of the U4SSC take place?", "the 2019 edition of Accessible Americas". The reports speak
 * of some editions only, and a passage on another edition ("the second edition of FIGI
 * Symposium, in Cairo") is no answer.
 */
import escapeStringRegexp from 'escape-string-regexp';
import { ORDINAL_SOURCE, ordinalValue } from '../../corpus/ordinals.js';

export interface AskedEdition {
  /** 2 for "2nd", "second"; 2019 for "the 2019 edition of…" (then `year` is set). */
  ordinal: number;
  /** Set when the edition is named by its year ("the 2019 edition of Accessible Americas"). */
  year?: true;
  /** The event's name as the question writes it, lower-cased: `figi`, `u4ssc`, `itu-academia`. */
  name: string;
}

/** An ordinal, then the event's name, perhaps after "edition / meeting / session of (the)". */
const EDITION = new RegExp(
  String.raw`\b(${ORDINAL_SOURCE})\s+(?:(?:annual\s+)?(?:edition|meeting|session|round|instal?ment)\s+of\s+)?(?:the\s+)?([\p{L}\d][\p{L}\d-]*)`,
  'giu',
);
const ANY_ORDINAL = new RegExp(String.raw`\b${ORDINAL_SOURCE}\b`, 'giu');
/** A year, then the event's name after "edition / meeting / session / round of (the)": "the 2019 edition of Accessible Americas". */
const YEAR_EDITION = /\b((?:19|20)\d\d)\s+(?:edition|meeting|session|round)\s+of\s+(?:the\s+)?([\p{L}\d][\p{L}\d-]*)/giu;
/** A name starts with a capital ("FIGI", "Green Standards Week", "ITU-Academia"); "the 2nd meeting" names nothing. */
const NAME_START = /^\p{Lu}/u;

/**
 * The editions a question asks about. The first only with `first` (for ranking): the reports call
 * it "the inaugural …" or "the launch of …" as often as "the first", so a text without "first"
 * may still speak of it.
 */
export function askedEditions(question: string, { first = false }: { first?: boolean } = {}): AskedEdition[] {
  const byOrdinal = [...question.matchAll(EDITION)]
    .map((m) => ({ ordinal: ordinalValue(m[1]!)!, name: m[2]! }))
    .filter((e) => (e.ordinal > 1 || (first && e.ordinal === 1)) && NAME_START.test(e.name))
    .map((e) => ({ ...e, name: e.name.toLowerCase() }));
  const byYear = [...question.matchAll(YEAR_EDITION)]
    .filter((m) => NAME_START.test(m[2]!))
    .map((m) => ({ ordinal: Number(m[1]), name: m[2]!.toLowerCase(), year: true as const }));
  return [...byOrdinal, ...byYear];
}

/** How far from the event's name its ordinal may stand, in characters (about fifteen words). */
const NEAR = 100;
/** How far after the event's name its year may stand: the date that closes the sentence ("… from 29 November to 1st December 2021"). */
const YEAR_NEAR = 150;
/** An ordinal that numbers the event named before it: "WSC meetings: · The 20th meeting of…". */
const EDITION_WORD = /^\s+(?:edition|meeting|session|round)\b/i;

/**
 * Whether a text speaks of that edition, in figures or words: the ordinal nearest before the
 * event's name is the one asked ("the 2nd FIGI Symposium", "the 16th edition of the World
 * Telecommunication/ICT Indicators Symposium (WTIS)"), or one shortly after it numbers a meeting or
 * edition ("WSC meetings: · The 20th meeting…"), or the name is numbered ("ATU-2"). In "the 8th
 * ITU Green Standards Week …, and the 12th ITU Symposium", the 12th is another event's.
 */
export function speaksOfEdition(text: string, edition: AskedEdition): boolean {
  const name = escapeStringRegexp(edition.name);
  const lower = text.toLowerCase();
  // "Accessible Americas 2019 (Quito…)", "… is planned in Varadero, Cuba, from 29 November to 1st December 2021".
  if (edition.year) {
    return [...lower.matchAll(new RegExp(String.raw`(?<![\p{L}\d])${name}`, 'gu'))].some((m) =>
      new RegExp(String.raw`(?<!\d)${edition.ordinal}(?!\d)`).test(lower.slice(Math.max(0, m.index - NEAR), m.index + name.length + YEAR_NEAR)),
    );
  }
  if (new RegExp(String.raw`(?<![\p{L}\d])${name}-${edition.ordinal}(?!\d)`, 'u').test(lower)) return true;
  return ordinalsOf(text, edition.name).includes(edition.ordinal);
}

/** The ordinals a text numbers an event's editions with, by the rule of `speaksOfEdition`. */
function ordinalsOf(text: string, lowerName: string): number[] {
  const name = escapeStringRegexp(lowerName);
  return [...text.toLowerCase().matchAll(new RegExp(String.raw`(?<![\p{L}\d])${name}`, 'gu'))].flatMap((m) => {
    const start = Math.max(0, m.index - NEAR);
    const before = [...text.slice(start, m.index).matchAll(ANY_ORDINAL)].at(-1);
    const end = m.index + name.length;
    const after = text.slice(end, end + NEAR);
    const numbering = [...after.matchAll(ANY_ORDINAL)].filter((o) => EDITION_WORD.test(after.slice(o.index + o[0].length)));
    return [...(before ? [before[0]] : []), ...numbering.map((o) => o[0])].flatMap((o) => ordinalValue(o) ?? []);
  });
}

/**
 * Whether a text numbers the event's editions, and only with other ordinals than the one asked:
 * "The second Women in Standardization Expert Group (WISE) event…" for "the first WISE event".
 */
export function speaksOnlyOfOtherEditions(text: string, edition: AskedEdition): boolean {
  if (edition.year) return false;
  const ordinals = ordinalsOf(text, edition.name);
  return ordinals.length > 0 && !ordinals.includes(edition.ordinal) && !speaksOfEdition(text, edition);
}
