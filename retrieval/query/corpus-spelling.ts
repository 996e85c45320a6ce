import levenshtein from 'damerau-levenshtein';
import lemmatizer from 'wink-lemmatizer';
import lexicon from 'wink-lexicon/src/lexicon.js';
import wordNetWords from 'wink-lexicon/src/wn-words.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { withoutAccents } from '../index/keyword-index.js';
import { americanSpelling } from '../index/spelling-variants.js';
import { corpusMentions, corpusWords, writtenAsName } from './corpus-vocabulary.js';
import { countryOfDemonym } from './grammar/countries.js';
import { recordText } from './record-terms.js';
import type { ParsedQuery } from './parse-query.js';

/** Shorter words are one edit from too many others ("plan", "play") to be told apart from a typo. */
const MIN_TYPO_LENGTH = 5;
/** A word the reports use once ("ideation") is too rare to be what a typist meant ("ideathon"). */
const MIN_USES = 2;
/** The reports' word must be used at least this many times as often as any other as near. */
const CLEAR_LEAD = 2;
/** The reports have typos of their own ("countires" once, "countries" 562 times): a spelling this much rarer is one. */
const OWN_TYPO_LEAD = 20;

const deletionCache = new WeakMap<CorpusIndex, Map<string, string[]>>();

const has = (words: object, word: string): boolean => Object.prototype.hasOwnProperty.call(words, word);

/** Tags of open word classes: wink-lexicon also lists common misspellings ("managment") as nouns. */
const OPEN_CLASS = /^(?:NN|VB|JJ|RB)/;

/**
 * An English word, inflected or not ("ticked", "mobiles", "finalised"): a WordNet base form
 * (wink-lexicon's list, through `wink-lemmatizer`), or a function word ("their", "which").
 */
function isEnglish(word: string): boolean {
  const american = americanSpelling(word);
  if ([lemmatizer.noun(american), lemmatizer.verb(american), lemmatizer.adjective(american)].some((base) => has(wordNetWords, base))) return true;
  const tags = has(lexicon, word) ? lexicon[word] : undefined;
  return Array.isArray(tags) && tags.some((tag) => typeof tag === 'string' && !OPEN_CLASS.test(tag));
}

/** "theyre", "didnt", "wouldve": a contraction typed without its apostrophe. */
function isContraction(word: string): boolean {
  const parts = /^(\p{L}{2,}?)(nt|re|ve|ll|d|s)$/u.exec(word);
  return parts !== null && has(lexicon, parts[1]!);
}

const compoundCache = new WeakMap<CorpusIndex, string[]>();

/**
 * Whether a longer word of the reports, or one of their hyphenated compounds run together, starts
 * with the word: "admin" is cut short, "ewaste" is "e-waste", neither is a typo.
 */
function startsWordOfReports(index: CorpusIndex, word: string): boolean {
  let compounds = compoundCache.get(index);
  if (!compounds) {
    const joined = index.records.flatMap((record) => [...recordText(record).matchAll(/\p{L}+(?:-\p{L}+)+/gu)].map(([c]) => withoutAccents(c.toLowerCase()).replace(/-/g, '')));
    compounds = [...new Set(joined)];
    compoundCache.set(index, compounds);
  }
  return compounds.some((known) => known.startsWith(word)) || [...corpusWords(index).keys()].some((known) => known.length > word.length && known.startsWith(word));
}

/**
 * Whether two words one edit apart differ by one letter changed, not one missing, extra or two
 * swapped. A name typed as one mid-sentence ("Mobily", "Unitel") is often a common word with a
 * letter changed, while a title's typos ("Cybersecuirty Week", "Databse") drop, add or swap one.
 */
function isSubstitution(word: string, near: string): boolean {
  if (word.length !== near.length) return false;
  const at = [...word].findIndex((letter, i) => letter !== near[i]);
  return !(word[at] === near[at + 1] && word[at + 1] === near[at]);
}

/** A word with each one of its letters left out in turn. */
function deletions(word: string): string[] {
  return [...new Set([...word].map((_, i) => word.slice(0, i) + word.slice(i + 1)))];
}

/**
 * The reports' words keyed by themselves and by each of their one-letter deletions, built once per
 * loaded index: two words one edit apart share a key (the symmetric-delete method of SymSpell), so
 * a typo's neighbours are found without comparing it with every word.
 */
function deletionKeys(index: CorpusIndex): Map<string, string[]> {
  let keys = deletionCache.get(index);
  if (!keys) {
    keys = new Map();
    for (const word of corpusWords(index).keys()) {
      if (word.length < MIN_TYPO_LENGTH - 1) continue;
      for (const key of [word, ...deletions(word)]) keys.set(key, [...(keys.get(key) ?? []), word]);
    }
    deletionCache.set(index, keys);
  }
  return keys;
}

/**
 * The reports' word a typed word is a typo of ("fellowhsips" → "fellowships", "Symposuim" →
 * "Symposium"): one edit away (a letter missing, extra, changed, or two swapped:
 * Damerau–Levenshtein distance 1) with the same first letter, which typists rarely miss ("vishing"
 * is no "wishing", "mpayment" no "payment"); used clearly more often than any other word as near;
 * with a letter changed, a name of the reports if the word is typed as one mid-sentence
 * ("Mobily" is no "mobile"; "Cybersecuirty Week" is "Cybersecurity Week").
 * The typed word is no English word, no contraction, no start of a word or compound of the
 * reports ("admin", "ewaste"), and the reports use it at most once. Undefined when there is none,
 * or when the word typed is only the plural of the word near ("metaverses").
 */
function correctedWord(index: CorpusIndex, token: string, typedAsName: boolean): string | undefined {
  const word = token.toLowerCase();
  const words = corpusWords(index);
  const own = words.get(word)?.all ?? 0;
  if (word.length < MIN_TYPO_LENGTH || own > 1 || isEnglish(word) || isContraction(word) || startsWordOfReports(index, word)) return undefined;
  const keys = deletionKeys(index);
  const candidates = new Set([word, ...deletions(word)].flatMap((key) => keys.get(key) ?? []));
  const near = [...candidates]
    .filter((candidate) => candidate[0] === word[0] && levenshtein(word, candidate).steps === 1 && (!typedAsName || !isSubstitution(word, candidate) || writtenAsName(index, candidate)))
    .map((candidate) => ({ candidate, uses: words.get(candidate)?.all ?? 0 }))
    .sort((a, b) => b.uses - a.uses);
  const [best, next] = near;
  if (!best || best.uses < MIN_USES || (next && best.uses < CLEAR_LEAD * next.uses) || best.uses < OWN_TYPO_LEAD * own) return undefined;
  // "metaverses" is the plural of a word the reports use, not a typo of it.
  return word === `${best.candidate}s` ? undefined : best.candidate;
}

/** Words of plain Latin letters: "résolution" is French and "44-30" a reference, not typos. */
const PLAIN_WORD = /(?<![\p{L}\d'’-])[a-z]+(?![\p{L}\d'’-])/giu;

/**
 * The country a demonym the reports never use names, when they name that country: "who from the
 * Mexican government…" is asked of "Mexico", as the reports write it.
 */
function countryForDemonym(index: CorpusIndex, word: string, before: string, after: string): string | undefined {
  // Only as an adjective before its noun: "translate it into German" names a language.
  if (!/^\s+\p{L}/u.test(after) || /\b(?:in|into|to)$/i.test(before)) return undefined;
  const country = countryOfDemonym(word);
  return country && !corpusMentions(index, word.toLowerCase()) && corpusMentions(index, country.toLowerCase()) ? country : undefined;
}

/**
 * An English question with its topic words' typos mended to the reports' spelling ("fellowhsips
 * res 44" is asked as "fellowships res 44") and a country's adjective the reports never use put
 * as its name ("Mexican" → "Mexico"), so that both the keyword and the vector search meet the
 * word the reports use. Other languages, and words the reports or English know, stay as typed.
 */
export function withCorpusSpelling(index: CorpusIndex, query: ParsedQuery): ParsedQuery {
  if (query.language !== 'en') return query;
  const mend = (text: string): string =>
    text.replace(PLAIN_WORD, (token, at: number) => {
      // A capital opening the question or a sentence says nothing of a name.
      const before = text.slice(0, at).trimEnd();
      const opensSentence = before === '' || /[.?!:]$/.test(before);
      const word = correctedWord(index, token, /^\p{Lu}/u.test(token) && !opensSentence);
      return word ? (/^[A-Z]/.test(token) ? word[0]!.toUpperCase() + word.slice(1) : word) : (countryForDemonym(index, token, before, text.slice(at + token.length)) ?? token);
    });
  const text = mend(query.text);
  return text === query.text ? query : { ...query, text, searchText: mend(query.searchText), asked: query.asked ?? query.text };
}
