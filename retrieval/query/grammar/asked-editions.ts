/**
 * One edition of a recurring event: "when is the 5th FIGI Symposium?", "where did the fourth
 * meeting of the U4SSC take place?". The reports speak of some editions only, and a passage on
 * another edition ("the second edition of FIGI Symposium, in Cairo") is no answer.
 */
import escapeStringRegexp from 'escape-string-regexp';
import { ORDINAL_SOURCE, ordinalValue } from '../../corpus/ordinals.js';

export interface AskedEdition {
  /** 2 for "2nd", "second". */
  ordinal: number;
  /** The event's name as the question writes it, lower-cased: `figi`, `u4ssc`, `itu-academia`. */
  name: string;
}

/** An ordinal, then the event's name, perhaps after "edition / meeting / session of (the)". */
const EDITION = new RegExp(
  String.raw`\b(${ORDINAL_SOURCE})\s+(?:(?:annual\s+)?(?:edition|meeting|session|round|instal?ment)\s+of\s+)?(?:the\s+)?([\p{L}\d][\p{L}\d-]*)`,
  'giu',
);
const ANY_ORDINAL = new RegExp(String.raw`\b${ORDINAL_SOURCE}\b`, 'giu');
/** A name starts with a capital ("FIGI", "Green Standards Week", "ITU-Academia"); "the 2nd meeting" names nothing. */
const NAME_START = /^\p{Lu}/u;

/**
 * The editions a question asks about. Not the first: the reports call it "the inaugural …" or
 * "the launch of …" as often as "the first".
 */
export function askedEditions(question: string): AskedEdition[] {
  return [...question.matchAll(EDITION)]
    .map((m) => ({ ordinal: ordinalValue(m[1]!)!, name: m[2]! }))
    .filter((e) => e.ordinal > 1 && NAME_START.test(e.name))
    .map((e) => ({ ...e, name: e.name.toLowerCase() }));
}

/** How far from the event's name its ordinal may stand, in characters (about fifteen words). */
const NEAR = 100;
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
  if (new RegExp(String.raw`(?<![\p{L}\d])${name}-${edition.ordinal}(?!\d)`, 'u').test(lower)) return true;
  return [...lower.matchAll(new RegExp(String.raw`(?<![\p{L}\d])${name}`, 'gu'))].some((m) => {
    const start = Math.max(0, m.index - NEAR);
    const before = [...text.slice(start, m.index).matchAll(ANY_ORDINAL)].at(-1);
    if (before && ordinalValue(before[0]) === edition.ordinal) return true;
    const end = m.index + name.length;
    const after = text.slice(end, end + NEAR);
    return [...after.matchAll(ANY_ORDINAL)].some((o) => ordinalValue(o[0]) === edition.ordinal && EDITION_WORD.test(after.slice(o.index + o[0].length)));
  });
}
