import type { CorpusRecord } from '../corpus/records.js';
import { baseKeywordFields } from './index-text.js';

/** Acronym → the spellings the reports define it by, each as its lower-cased words, link words out. */
export type AcronymDefinitions = Map<string, string[][]>;

/**
 * An acronym in brackets: three to eight capitals, plural or not, perhaps with an edition number
 * after a hyphen ("(NETPs)", "(EMF)", "(GSR-19)"). Its long form is sought in the words before it.
 */
const BRACKETED = /\(([A-Z]{3,8})s?(?:-\d{1,4})?\)/g;
/** Up to ten words just before the bracket (a lookup from the end: one pass, no backtracking over the text). */
const WORDS_BEFORE = /(?:[\p{L}][\p{L}'’/-]*\s+){1,10}$/u;
/** Enough text before a bracket for ten words. */
const BEFORE_CHARS = 200;
/** Words an acronym passes over ("Committee on Payments and Market Infrastructures" → CPMI). */
export const LINK_WORD = /^(?:of|for|on|and|the|in|to|a|an)$/i;

/**
 * The long form an acronym abbreviates, from the words before it: Schwartz and Hearst's rule
 * ("A simple algorithm for identifying abbreviation definitions in biomedical text", 2003). The
 * acronym's letters are found from the last backwards, each in order somewhere in the words, the
 * first at the start of a word; the long form starts at that word. "electromagnetic fields" gives
 * EMF, "national emergency telecommunication plans" NETP; undefined when the letters are not there.
 */
export function longFormOf(acronym: string, words: string): string | undefined {
  const short = acronym.toLowerCase();
  const long = words.toLowerCase();
  let l = long.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const letter = short[s]!;
    while (l >= 0 && (long[l] !== letter || (s === 0 && l > 0 && /\p{L}/u.test(long[l - 1]!)))) l--;
    if (l < 0) return undefined;
    l--;
  }
  const start = long.lastIndexOf(' ', l) + 1;
  const form = words.slice(start).trim();
  // Schwartz and Hearst's bound: at most min(|A| + 5, 2|A|) words.
  return form.split(/\s+/).length <= Math.min(short.length + 5, 2 * short.length) ? form : undefined;
}

/**
 * The acronyms the reports define by spelling them out first (`longFormOf`), with the words of
 * each definition, lower-cased, link words out: "national emergency telecommunication plans
 * (NETPs)" → NETP → [national, emergency, telecommunication, plans]; "electromagnetic fields
 * (EMF)" → EMF → [electromagnetic, fields].
 */
export function harvestAcronymDefinitions(records: CorpusRecord[]): AcronymDefinitions {
  const definitions: AcronymDefinitions = new Map();
  for (const record of records) {
    const { title, body } = baseKeywordFields(record);
    const text = `${title}\n${body}`;
    for (const m of text.matchAll(BRACKETED)) {
      const acronym = m[1]!;
      const words = text.slice(Math.max(0, m.index - BEFORE_CHARS), m.index).match(WORDS_BEFORE)?.[0];
      const form = words && longFormOf(acronym, words.trim());
      if (!form) continue;
      const spelled = form.split(/[\s/-]+/).filter((w) => w && !LINK_WORD.test(w)).map((w) => w.toLowerCase());
      const known = definitions.get(acronym) ?? [];
      if (!known.some((d) => d.join(' ') === spelled.join(' '))) definitions.set(acronym, [...known, spelled]);
    }
  }
  return definitions;
}

/** "NETPs", "CIRT": an acronym as a text writes it, plural or not. */
const ACRONYM = /\b([A-Z]{3,8})s?\b/g;

/**
 * What the acronyms of a text stand for, as the reports define them: "less than 25% of countries
 * have an NETP" → "national emergency telecommunication plans". Each acronym once.
 */
export function acronymSpellings(text: string, definitions: AcronymDefinitions): string {
  const acronyms = new Set([...text.matchAll(ACRONYM)].map((m) => m[1]!));
  return [...acronyms].flatMap((a) => (definitions.get(a) ?? []).map((words) => words.join(' '))).join(' ');
}
