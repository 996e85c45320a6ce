/**
 * Names a question writes in capitals that pin its answer down among records on the same topic:
 * two or more rare names held together, or a title quoted word for word that few records write.
 */
import escapeStringRegexp from 'escape-string-regexp';
import type { CorpusRecord } from '../corpus/records.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { keywordTerm, keywordTerms } from '../index/keyword-index.js';
import { corpusHasTerm, definedAcronyms, termRarity } from './corpus-vocabulary.js';
import { spelledOutAcronyms } from './expand-acronyms.js';
import { withoutReferences } from './grammar/references.js';
import type { ParsedQuery } from './parse-query.js';
import { recordTerms, recordText } from './record-terms.js';

/**
 * "Which item says SG2 told ETSI and TMF about its new work item?": two or more names the question
 * writes in capitals, each in fewer than one record in forty, pin the record down that holds them
 * all, where the vectors prefer a sibling on the same topic. One name alone ("LDCs", "QoS") does
 * not, unless hardly any record holds it ("GovStack - which workstream…?").
 */
const RARE_NAMES_FACTOR = 1.5;
const RARE_NAME_RARITY = Math.log(40);
/** One name alone pins the record down when at most this many records hold it ("GovStack", in one heading). */
const UNIQUE_NAME_RECORDS = 2;
const CAPITALISED_NAME = /\b[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\b/g;
export function rareNames(index: CorpusIndex, query: ParsedQuery): string[] {
  const rarity = termRarity(index);
  const written = withoutReferences(query.text).match(CAPITALISED_NAME) ?? [];
  const terms = [...new Set(written.map(keywordTerm))].filter((t): t is string => t !== null && corpusHasTerm(index, t) && rarity(t) >= RARE_NAME_RARITY);
  if (terms.length >= 2) return terms;
  return terms.filter((t) => rarity(t) >= Math.log(index.records.length / UNIQUE_NAME_RECORDS));
}
export function rareNamesFactor(record: CorpusRecord, names: string[]): number {
  return names.length > 0 && names.every((t) => recordTerms(record).has(t)) ? RARE_NAMES_FACTOR : 1;
}

/**
 * "ITU's Emerging Technology for Connectivity 2021 event": a run of capitalised words the question
 * quotes that only one to `QUOTED_TITLE_RECORDS` records contain, word for word, names their
 * subject, however deep in a long passage it sits and whatever else the passage is about. Records
 * that write the name as the acronym the reports define for it ("QSDG") hold it too; "Tunisia and
 * India" is two names, not one.
 */
export const QUOTED_TITLE_FACTOR = 2;
const QUOTED_TITLE_RECORDS = 3;
export function recordsQuotingTitles(index: CorpusIndex, titles: string[]): Set<number> {
  const quoting = new Set<number>();
  for (const title of titles.filter((t) => !/\band\b/.test(t))) {
    const terms = keywordTerms(title);
    const pattern = new RegExp(`(?<!\\p{L})${title.split(' ').map(escapeStringRegexp).join('\\s+')}(?!\\p{L})`, 'iu');
    const acronyms = spelledOutAcronyms(title, definedAcronyms(index)).flatMap((a) => keywordTerm(a) ?? []);
    const holds = (record: CorpusRecord): boolean =>
      acronyms.some((a) => recordTerms(record).has(a)) || (terms.every((t) => recordTerms(record).has(t)) && pattern.test(recordText(record)));
    const found = index.records.flatMap((record, i) => (holds(record) ? [i] : []));
    if (found.length <= QUOTED_TITLE_RECORDS) found.forEach((i) => quoting.add(i));
  }
  return quoting;
}
