import escapeStringRegexp from 'escape-string-regexp';
import { LINK_WORD, type AcronymDefinitions } from '../index/acronym-definitions.js';

/**
 * Reports often name a body in full once and by its initials after ("Quality of Service
 * Development Group" / "QSDG"). A question in full words gains the initials as extra keywords
 * when the index knows them, so either form finds the passage.
 */
const CAPITALISED_RUN = /\b[A-Z][a-z]+(?:\s+(?:of|for|on|and|the|in)?\s*[A-Z][a-z]+){1,6}\b/g;

export function acronymCandidates(text: string): string[] {
  const candidates = new Set<string>();
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const words = match[0].split(/\s+/).filter((w) => /^[A-Z]/.test(w));
    // Every contiguous run of two or more capitalised words, e.g. "Global Cybersecurity Index" → GCI.
    for (let start = 0; start < words.length; start++) {
      for (let end = start + 2; end <= words.length; end++) {
        candidates.add(words.slice(start, end).map((w) => w[0]).join(''));
      }
    }
  }
  return [...candidates].filter((c) => c.length >= 3);
}

/** The question plus the longest initials the index contains as a term (not their parts). */
export function expandAcronyms(text: string, isKnownTerm: (term: string) => boolean): string {
  const known = acronymCandidates(text)
    .filter(isKnownTerm)
    .sort((a, b) => b.length - a.length);
  const chosen = known.filter((c, i) => !known.slice(0, i).some((longer) => longer.includes(c)));
  return chosen.length ? `${text} ${chosen.join(' ')}` : text;
}

/** Words this long that begin alike are one word shortened ("telecom" / "telecommunication"). */
const MIN_SHARED_START = 5;

function sameWord(asked: string, defined: string): boolean {
  if (asked === defined || asked.replace(/s$/, '') === defined.replace(/s$/, '')) return true;
  const [shorter, longer] = asked.length < defined.length ? [asked, defined] : [defined, asked];
  return shorter.length >= MIN_SHARED_START && longer.startsWith(shorter);
}

/**
 * The acronyms a text spells out in words, from the definitions the corpus gives
 * (`definedAcronyms`): "a national emergency telecom plan" → NETP, when the reports define
 * "national emergency telecommunication plans (NETPs)". The words must follow one another, link
 * words aside; each may be shortened or plural.
 */
export function spelledOutAcronyms(text: string, definitions: AcronymDefinitions): string[] {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !LINK_WORD.test(w));
  const spelled = (definition: string[]): boolean =>
    words.some((_, start) => definition.every((word, i) => words[start + i] !== undefined && sameWord(words[start + i]!, word)));
  return [...definitions].filter(([, defs]) => defs.some(spelled)).map(([acronym]) => acronym);
}

/** A name of two to five letters, as acronyms are typed ("vr", "ar"), lower-cased. */
const LETTERS_ONLY = /^\p{L}{2,5}$/u;

/**
 * Whether a text spells an acronym out, one word of three letters or more for each of its letters
 * in turn ("virtual reality" for VR). Callers pass the best hits only: across the whole corpus
 * some run of words has any short acronym's initials.
 */
export function spellsOutAcronym(text: string, acronym: string): boolean {
  if (!LETTERS_ONLY.test(acronym)) return false;
  const words = [...acronym].map((letter) => String.raw`${escapeStringRegexp(letter)}\p{L}{2,}`);
  return new RegExp(String.raw`(?<!\p{L})${words.join(String.raw`[\s/-]+`)}(?!\p{L})`, 'iu').test(text);
}
