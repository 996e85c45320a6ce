import type { CorpusRecord } from '../corpus/records.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { keywordTerms } from '../index/keyword-index.js';
import { termRarity } from './corpus-vocabulary.js';
import { officeHolderClause, statesPersonName } from './grammar/asked-particulars.js';
import { isYear } from './grammar/question-names.js';
import { recordSentences } from './record-terms.js';

/**
 * The words of an office ("chairmen" → chair) and of its time ("current", "incoming") as keywords:
 * what a holder question asks for, not the body it is about.
 */
const OFFICE_TERMS: ReadonlySet<string> = new Set(
  keywordTerms(
    'chair co-chair vice-chair vice-chairman director secretary-general deputy president convenor head chaired headed presided current new present incoming outgoing name',
  ),
);
/** A term in more than a quarter of the records ("ITU", "meeting") names no particular body. */
const COMMON_RARITY = Math.log(4);

/**
 * The keyword terms naming the body whose holder a question asks for, read in the clause that asks
 * (`officeHolderClause`: "Who chairs SG17?" → sg17), office words and words most records use set
 * aside; empty when it names none but ITU, undefined when the question asks for no holder.
 */
export function holderSubject(index: CorpusIndex, question: string): Set<string> | undefined {
  const clause = officeHolderClause(question);
  if (clause === undefined) return undefined;
  const rarity = termRarity(index);
  return new Set(index.keywords.terms(clause).filter((t) => !OFFICE_TERMS.has(t) && !isYear(t) && rarity(t) >= COMMON_RARITY));
}

/**
 * Whether a record has a sentence naming a holder (`statesPersonName`) that speaks of the body
 * (`holderSubject`; any sentence naming a holder when the subject is empty). "Who chairs SG17?" is
 * not answered by "a JCA … under the auspices of TSAG chaired by Mr …".
 */
export function namesHolderOf(index: CorpusIndex, subject: ReadonlySet<string>, record: CorpusRecord): boolean {
  return recordSentences(record).some(
    (s) => statesPersonName(s) && (subject.size === 0 || index.keywords.terms(s).some((t) => subject.has(t))),
  );
}
