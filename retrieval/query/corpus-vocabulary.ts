import escapeStringRegexp from 'escape-string-regexp';
import type { CorpusIndex } from '../index/corpus-index.js';
import { harvestAcronymDefinitions, type AcronymDefinitions } from '../index/acronym-definitions.js';
import { keywordFields } from '../index/index-text.js';
import { withoutAccents } from '../index/keyword-index.js';
import { recordTerms, recordText } from './record-terms.js';

const textCache = new WeakMap<CorpusIndex, string>();

/** All indexed text of the corpus, lower-cased and without accents, joined once per loaded index. */
function corpusText(index: CorpusIndex): string {
  let text = textCache.get(index);
  if (text === undefined) {
    const joined = index.records
      .map((record) => {
        const fields = keywordFields(record);
        return `${fields.title}\n${fields.body}`;
      })
      .join('\n');
    text = withoutAccents(joined.toLowerCase()).replace(/\s+/g, ' ');
    textCache.set(index, text);
  }
  return text;
}

const acronymCache = new WeakMap<CorpusIndex, AcronymDefinitions>();

/** The acronyms the reports define (`harvestAcronymDefinitions`), harvested once per loaded index. */
export function definedAcronyms(index: CorpusIndex): AcronymDefinitions {
  let acronyms = acronymCache.get(index);
  if (!acronyms) {
    acronyms = harvestAcronymDefinitions(index.records);
    acronymCache.set(index, acronyms);
  }
  return acronyms;
}

const mentionCache = new WeakMap<CorpusIndex, Map<string, boolean>>();
/** Names come from users' questions: the cache starts over rather than grow without end. */
const MAX_CACHED_NAMES = 10_000;

/** Whether a name (lower-cased) occurs anywhere in the corpus as a whole word, accents aside; each name is scanned for once per index. */
export function corpusMentions(index: CorpusIndex, name: string): boolean {
  let known = mentionCache.get(index);
  if (!known) {
    known = new Map();
    mentionCache.set(index, known);
  }
  let found = known.get(name);
  if (found === undefined) {
    // "COVID 19" is the reports' "COVID-19", "Release 20" their "Release-20", "YILF-2018" their "YILF2018".
    // A name ending in a letter may run into a number: "YILF" is in "YILF2018", "U4SSC" in "U4SSC2021".
    const escaped = withoutAccents(name)
      .split(/[\s-]+/)
      .map((part) => escapeStringRegexp(part))
      .join('[\\s-]*');
    const end = /\p{L}$/u.test(name) ? '(?![\\p{L}_])' : '(?![\\p{L}\\d_])';
    found = new RegExp(`(?<![\\p{L}\\d_])${escaped}${end}`, 'u').test(corpusText(index));
    if (known.size >= MAX_CACHED_NAMES) known.clear();
    known.set(name, found);
  }
  return found;
}

/**
 * Whether some word of a text starts with `word` (lower-cased), case, accents, hyphens and spaces
 * aside: "lunch" is in "Network of Women luncheon", "wifi" in "Wi-Fi".
 */
export function mentionsWordStarting(text: string, word: string): boolean {
  const letters = [...withoutAccents(word).replace(/[\s-]+/g, '')].map((c) => escapeStringRegexp(c));
  return new RegExp(`(?<!\\w)${letters.join('[\\s-]?')}`, 'i').test(withoutAccents(text));
}

const wordCache = new WeakMap<CorpusIndex, Map<string, WordUse>>();

/** How the reports write a word: occurrences in all, and those capitalised. */
export interface WordUse {
  capitalised: number;
  all: number;
}

/**
 * Every word of the reports (lower-cased, accents aside: "bogota" for "Bogotá") with how often and
 * how it is written, counted once per loaded index.
 */
export function corpusWords(index: CorpusIndex): Map<string, WordUse> {
  let words = wordCache.get(index);
  if (!words) {
    // Each spelling is counted as written, then folded by case and accents once per distinct one.
    const written = new Map<string, number>();
    for (const record of index.records) {
      for (const [token] of recordText(record).matchAll(/\p{L}+/gu)) written.set(token, (written.get(token) ?? 0) + 1);
    }
    words = new Map();
    for (const [token, count] of written) {
      const key = withoutAccents(token.toLowerCase());
      const entry = words.get(key) ?? { capitalised: 0, all: 0 };
      entry.all += count;
      if (/^\p{Lu}/u.test(token)) entry.capitalised += count;
      words.set(key, entry);
    }
    wordCache.set(index, words);
  }
  return words;
}

/** Share of a word's occurrences written capitalised above which the reports use it as a name. */
const NAME_CASING = 0.8;

/**
 * Whether the reports write a word (any case, accents aside) as a name: capitalised in most of its
 * occurrences ("Budapest", "Minsk"), unlike "capital" or "fund". A question typed in lower case
 * is told its names by the reports' own spelling.
 */
export function writtenAsName(index: CorpusIndex, word: string): boolean {
  const entry = corpusWords(index).get(withoutAccents(word.toLowerCase()));
  return entry !== undefined && entry.capitalised / entry.all >= NAME_CASING;
}

const frequencyCache = new WeakMap<CorpusIndex, Map<string, number>>();

/** How many records hold each keyword term, counted once per loaded index. */
function recordFrequencies(index: CorpusIndex): Map<string, number> {
  let frequency = frequencyCache.get(index);
  if (!frequency) {
    frequency = new Map<string, number>();
    for (const record of index.records) for (const t of recordTerms(record)) frequency.set(t, (frequency.get(t) ?? 0) + 1);
    frequencyCache.set(index, frequency);
  }
  return frequency;
}

/**
 * A keyword term's rarity in the corpus: the log of records over records holding it ("bangkok"
 * high, "itu" near 0; a term in no record counts as in one).
 */
export function termRarity(index: CorpusIndex): (term: string) => number {
  const frequency = recordFrequencies(index);
  return (t: string): number => Math.log(index.records.length / (frequency.get(t) ?? 1));
}

/** A term in fewer than about one record in twenty: what a question is about, not how ITU reports speak ("ITU", "training"). */
export const SUBJECT_RARITY = Math.log(20);
/** A term in more than a quarter of the records ("ITU", "meeting"): it tells little of what is asked. */
export const COMMON_RARITY = Math.log(4);
/** A term in more than half of the records ("ITU"): it names nothing in particular; "TSB" does. */
export const UBIQUITOUS_RARITY = Math.log(2);

/** How many records hold a keyword term (already processed). */
export function termFrequency(index: CorpusIndex, term: string): number {
  return recordFrequencies(index).get(term) ?? 0;
}

/** Whether some record holds a keyword term (already processed: "rais", not "raised"). */
export function corpusHasTerm(index: CorpusIndex, term: string): boolean {
  return recordFrequencies(index).has(term);
}
