import type { CorpusRecord } from '../corpus/records.js';
import { keywordFields } from './index-text.js';

/** Acronym → the spellings the reports define it by, each as its lower-cased words, link words out. */
export type AcronymDefinitions = Map<string, string[][]>;

/** Two to ten words, then an acronym of three to eight capitals in brackets, plural or not. */
const DEFINITION = /((?:[\p{L}][\p{L}'’-]*\s+){2,10})\(([A-Z]{3,8})s?\)/gu;
/** Words an acronym passes over ("Committee on Payments and Market Infrastructures" → CPMI). */
export const LINK_WORD = /^(?:of|for|on|and|the|in|to|a|an)$/i;

/**
 * The acronyms the reports define by spelling them out first, the definition's words giving the
 * acronym's letters: "national emergency telecommunication plans (NETPs)" → NETP →
 * [national, emergency, telecommunication, plans].
 */
export function harvestAcronymDefinitions(records: CorpusRecord[]): AcronymDefinitions {
  const definitions: AcronymDefinitions = new Map();
  for (const record of records) {
    const { title, body } = keywordFields(record);
    for (const [, words, acronym] of `${title}\n${body}`.matchAll(DEFINITION)) {
      const spelled = words!.trim().split(/[\s-]+/).filter((w) => !LINK_WORD.test(w)).slice(-acronym!.length);
      if (spelled.map((w) => w[0]!.toUpperCase()).join('') !== acronym) continue;
      const known = definitions.get(acronym!) ?? [];
      const lower = spelled.map((w) => w.toLowerCase());
      if (!known.some((d) => d.join(' ') === lower.join(' '))) definitions.set(acronym!, [...known, lower]);
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
