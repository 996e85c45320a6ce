import type { CorpusRecord } from '../corpus/records.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { keywordTerm, keywordTerms } from '../index/keyword-index.js';
import { corpusHasTerm, SUBJECT_RARITY, termRarity, UBIQUITOUS_RARITY } from './corpus-vocabulary.js';
import { officeHolderClause, statesPersonName, withoutReportReference } from './grammar/asked-particulars.js';
import { isYear } from './grammar/question-names.js';
import { englishQuestionFrame } from './multilingual/question-frame.js';
import type { ParsedQuery } from './parse-query.js';
import { recordSentences } from './record-terms.js';

/** Keyword terms of words, without the parts of hyphenated ones that name no office ("co-chair" → co-chair, chair). */
const officeTerms = (words: string): Set<string> =>
  new Set(keywordTerms(words).filter((t) => !['co', 'vice', 'secretari', 'gener'].includes(t)));

/**
 * Offices by kind: the words that ask for one, and those a sentence naming its holder may use. A
 * director is not a chairman ("who is the director of the CIS regional office?" is not answered by
 * "ITU-T SG11 Chairman Mr …"), nor a working group "led by TSB"; a head may be a director.
 */
const OFFICE_KINDS: ReadonlyArray<{ asks: ReadonlySet<string>; names: ReadonlySet<string> }> = [
  'chair chairman chairwoman chairperson chaired co-chair vice-chair presides presided president presidency convenor',
  'director',
  'head headed chief boss|director',
  'secretary-general',
  // "Who's SG17's contact person to SCV?": "SG17 appointed Mr. Paul Najarian as its contact to SCV".
  'contact focal',
  'liaison rapporteur',
].map((kind) => {
  const [asks, alsoNames = ''] = kind.split('|');
  return { asks: officeTerms(asks!), names: officeTerms(`${asks} ${alsoNames}`) };
});
const OFFICE_TERMS: ReadonlySet<string> = new Set(OFFICE_KINDS.flatMap((kind) => [...kind.names]));
/** An office word, whole or hyphenated ("vice-chairmen", "co-chairs"). */
const isOfficeTerm = (term: string): boolean => OFFICE_TERMS.has(term) || term.split('-').some((part) => OFFICE_TERMS.has(keywordTerm(part) ?? ''));
/** Words of the office's time and of the asking ("current", "name"): not the body it is about. */
const ASKING_TERMS: ReadonlySet<string> = new Set(keywordTerms('current new present incoming outgoing name deputy vice person point officer'));
/** How far apart, in words, a holder sentence may name the office and its body ("ITU-T SG11 Chairman", "Director of TSB"). */
const OFFICE_BODY_WINDOW = 8;

/** What a holder question asks for: the body's terms, the offices' terms, the years it names. */
export interface AskedHolder {
  /** Keyword terms naming the body ("sg17"); empty when it names none but ITU. */
  body: ReadonlySet<string>;
  /** The body's terms a naming sentence must hold (`requiredTerms`): all of one of these sets (the clause's, or a parenthesis glossing it). */
  required: string[][];
  /** Keyword terms of the kinds of office asked (all of a kind: "heads" asks for a director too); empty for "name of the representative". */
  offices: ReadonlySet<string>;
  /** Four-digit years the asking clause names. */
  years: string[];
  /** Whether a deputy is asked ("vice-chairmen", "Deputy Secretary-General"): a deputy is not the office's holder, nor the reverse. */
  deputy: boolean;
}

/**
 * What a question asks of a holder, read in the clause that asks (`officeHolderClause`: "Who chairs
 * SG17?" → body sg17, offices chair…), office words, numbers and words most records use set aside;
 * undefined when the question asks for no holder.
 */
export function askedHolder(index: CorpusIndex, query: ParsedQuery): AskedHolder | undefined {
  // Another language's question reaches the grammar as its bridge: key terms ("председатель" →
  // chairmen, vice-chairmen) and, last, the English frame of what it asks ("who is the chair").
  const frame = query.language === 'en' ? undefined : englishQuestionFrame(query.text, query.language);
  const asking = officeHolderClause(query.searchText);
  if (asking === undefined) return undefined;
  // "…in the 2021 RO report": the report to look in names no body, and its year is no term of office.
  const clause = withoutReportReference(asking);
  const rarity = termRarity(index);
  // "JCA-MmeS" is one name: its part "jca" would meet another JCA's chair.
  const named = index.keywords.terms(clause);
  const parts = new Set(named.filter((t) => /^[a-z]+-[a-z]+$/.test(t)).flatMap((t) => t.split('-')));
  const terms = named.filter((t) => !parts.has(t));
  const kinds = OFFICE_KINDS.filter((kind) => terms.some((t) => kind.asks.has(t)));
  // Words the reports never use ("quien" carried over from Spanish) name nothing a sentence could
  // hold; a bare number is part of a name ("Study Group 11"), which its whole form carries (sg11).
  const bodyTerms = (text: string): Set<string> =>
    new Set(
      index.keywords
        .terms(text)
        .filter((t) => !parts.has(t) && corpusHasTerm(index, t) && !/^\d+$/.test(t) && !isOfficeTerm(t) && !ASKING_TERMS.has(t) && rarity(t) >= UBIQUITOUS_RARITY),
    );
  // "…contact to SCV (the vocab committee)": a parenthesis glosses the name before it, so a naming
  // sentence holds the rare terms of one side or the other, not of both.
  const glosses = [...clause.matchAll(PARENTHESIS)].map((m) => m[1]!);
  const sides = [clause.replace(PARENTHESIS, ' '), ...glosses].map(bodyTerms).filter((side) => side.size > 0);
  return {
    body: new Set(sides.flatMap((side) => [...side])),
    required: sides.map((side) => requiredTerms(index, side)),
    offices: new Set(kinds.flatMap((kind) => [...kind.names])),
    years: terms.filter(isYear),
    deputy: DEPUTY.test(frame ?? clause),
  };
}

const DEPUTY = /\b(?:vice|deputy)\b/i;
const PARENTHESIS = /\(([^()]*)\)/g;

/** The positions of the words of a sentence whose keyword terms meet a set. */
function positions(words: string[], wanted: ReadonlySet<string>): number[] {
  return words.flatMap((word, i) => (keywordTerms(word).some((t) => wanted.has(t)) ? [i] : []));
}

/**
 * The body's terms a naming sentence must hold: its two rarest among those few records use, else
 * its rarest ("CIS" of "the CIS regional office", not only "office"; "SG11", not "study group").
 */
function requiredTerms(index: CorpusIndex, body: ReadonlySet<string>): string[] {
  const rarity = termRarity(index);
  const byRarity = [...body].sort((a, b) => rarity(b) - rarity(a));
  const rare = byRarity.filter((t) => rarity(t) >= SUBJECT_RARITY).slice(0, 2);
  return rare.length > 0 ? rare : byRarity.slice(0, 1);
}

/**
 * Whether a sentence names a holder (`statesPersonName`) of the office asked, close to the body
 * asked, in the year asked if it gives one: "ITU-T SG11 Chairman Mr. Andrey Kucheryavy" answers
 * "who chairs SG11?"; "WSIS Forum 2022 was chaired by H.E. …" does not answer "who chaired the WSIS
 * Forum 2019?", nor "SG13 offered a presentation … given by the FG ML5G chairman, Slawomir
 * Stanczak" "who chairs SG13?".
 */
export function namesHolder(asked: AskedHolder, sentence: string): boolean {
  if (!statesPersonName(sentence)) return false;
  const years = sentence.match(/\b(?:19|20)\d\d\b/g) ?? [];
  if (asked.years.length > 0 && years.length > 0 && !years.some((year) => asked.years.includes(year))) return false;
  const words = sentence.split(/\s+/);
  const held = new Set(keywordTerms(sentence));
  if (asked.required.length > 0 && !asked.required.some((side) => side.every((t) => held.has(t)))) return false;
  const bodies = asked.body.size === 0 ? [] : positions(words, asked.body);
  if (asked.offices.size === 0) return true;
  // "chaired by the Deputy Secretary-General" does not name the Secretary-General.
  const offices = positions(words, asked.offices).filter((i) => DEPUTY.test(`${words[i - 1] ?? ''} ${words[i]!}`) === asked.deputy);
  return offices.length > 0 && (asked.body.size === 0 || offices.some((o) => bodies.some((b) => Math.abs(o - b) <= OFFICE_BODY_WINDOW)));
}

/** Whether a record has a sentence that names the holder asked (`namesHolder`). */
export function namesHolderIn(asked: AskedHolder, record: CorpusRecord): boolean {
  return recordSentences(record).some((s) => namesHolder(asked, s));
}

/**
 * The records that name the holder asked, by position in the index: the reports name few holders,
 * often in a sentence no search on the office finds ("The Director of TSB, Mr Chaesub Lee,
 * continues to undertake actions to improve gender equality").
 */
export function recordsNamingHolder(index: CorpusIndex, asked: AskedHolder): number[] {
  return [...new Set(personSentences(index).flatMap(({ record, sentence }) => (namesHolder(asked, sentence) ? [record] : [])))];
}

const personSentenceCache = new WeakMap<CorpusIndex, { record: number; sentence: string }[]>();

/** The sentences of the corpus that name a person (`statesPersonName`), with their record's position: found once per loaded index. */
function personSentences(index: CorpusIndex): { record: number; sentence: string }[] {
  let found = personSentenceCache.get(index);
  if (!found) {
    found = index.records.flatMap((record, i) => recordSentences(record).filter(statesPersonName).map((sentence) => ({ record: i, sentence })));
    personSentenceCache.set(index, found);
  }
  return found;
}
