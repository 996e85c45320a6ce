import MiniSearch from 'minisearch';
import { stemmer } from 'stemmer';
import lemmatizer from 'wink-lemmatizer';
import { ordinalInWords } from '../corpus/ordinals.js';
import { RECOMMENDATION_NUMBER } from '../corpus/recommendation-numbers.js';
import type { CorpusRecord } from '../corpus/records.js';
import { acronymSpellings, harvestAcronymDefinitions } from './acronym-definitions.js';
import { keywordFields } from './index-text.js';
import { americanSpelling } from './spelling-variants.js';

const STOP_WORDS = new Set(
  ('a an and are as at be been by did do does done for from has have how in into is it its of on or ' +
    'that the their there this to was were what when where which who why will with about any all ' +
    'can could has had i me my our should status still what whats being any some than then these those ' +
    'they them we you your doing made make also been more most other such so only over under up many much ' +
    'get gets getting got look looks looking anyone anybody someone something anything still going goes')
    .split(' '),
);

/** A word written all in capitals: a name even when it spells a stop word. */
const CAPITALS = /^[A-Z]{2,}$/;
/** A text mostly in capitals is shouted, and its "WHAT IS THE…" names nothing. */
const SHOUTED_SHARE = 0.7;

function isShouted(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 8 && letters.filter((c) => c !== c.toLowerCase()).length >= SHOUTED_SHARE * letters.length;
}

/**
 * An irregular verb form's lemma ("kept" → "keep", "held" → "hold", "met" → "meet"), from
 * WordNet's exception lists; regular forms are left to the stemmer.
 */
function irregularLemma(word: string): string {
  const lemma = lemmatizer.verb(word);
  return lemma.length > 1 && !word.startsWith(lemma.slice(0, -1)) ? lemma : word;
}

/**
 * Lower-cased, stop words dropped, British spellings made American, irregular verbs lemmatised,
 * stemmed: "fellowships" and "fellowship", "held" and "holds", "organised" and "organize" meet,
 * and so do "2nd" and "second".
 */
export function keywordTerm(term: string): string | null {
  // "Bogotá" and "Bogota", "Málaga" and "Malaga": the reports write place names both ways.
  const lower = withoutAccents(term.toLowerCase());
  // "WHO", "ITS", "GET 2019": a stop word written in capitals is a name (the World Health Organization).
  if (STOP_WORDS.has(lower) && CAPITALS.test(term)) return term;
  if (STOP_WORDS.has(lower) || lower.length < 2) return null;
  // The reports write ordinals both ways: "the second edition of FIGI Symposium", "the 2nd symposium".
  const word = ordinalInWords(lower);
  return /\d/.test(word) ? word : stemmer(irregularLemma(americanSpelling(officeWord(word))));
}

/** Latin letters without their accents; other scripts are left as they are ("й" keeps its breve). */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/(?<=[a-z])[\u0300-\u036f]+/gi, '').normalize('NFC');
}

/** "chairmen", "chairwoman", "chairperson": the office, as in "SG chairs". */
function officeWord(word: string): string {
  return word.replace(/^(\p{L}{4,}?)(?:wom[ae]n|m[ae]n|persons?|people)$/u, '$1');
}

const NUMBER_PAIR = /(?<![\d/.,])(\d{1,2})\/(\d{1,2})(?![\d/])/g;

/**
 * The number pairs of a text: ITU-T's Questions and working parties are numbered within their
 * study group ("Question 2/13", "Q2/13", "Working Party 1/5" → "2/13", "1/5"); dates are not
 * ("12/03/2021").
 */
export function numberPairs(text: string): string[] {
  return [...text.matchAll(NUMBER_PAIR)].map((m) => `${m[1]}/${m[2]}`);
}

/** What stands for a Recommendation number's dot: a character no keyword split takes. */
const RECOMMENDATION_JOINER = '\u00b7';

/**
 * "K.52", "X.1400", "D.606R" kept whole: split at the dot, "K.52" was the number 52, which meets
 * every Resolution 52 item.
 */
function withWholeRecommendations(text: string): string {
  return text.replace(RECOMMENDATION_NUMBER, (number) => number.replace(/\./g, RECOMMENDATION_JOINER));
}

/** "IMT2020", "YILF2018": letters run into a year. */
const NAME_AND_YEAR = /^(\p{L}{2,})((?:19|20)\d\d)$/u;

/** What a record's acronyms stand for weighs less than what it says in words. */
const EXPANSION_WEIGHT = 0.5;

/**
 * A record's questions (`record-questions.ts`) count as its body does. Measured over the 37
 * evaluation sets against none: at 0.5 hit@1 +35, at 1 +44, at 1.5 and 2 no better.
 */
const QUESTION_WEIGHT = 1;
/** The fields holding the reports' own words: what "a word of the reports" means. */
const DOCUMENT_FIELDS = ['title', 'body', 'tags', 'expansions'];
const OPTIONS = {
  fields: [...DOCUMENT_FIELDS, 'questions'],
  idField: 'id',
  // Keeps "44-30", "IMT-2020" and "e-learning" whole as well as their parts, and a name run into
  // a year ("IMT2020", "YILF2018") as well as the name and the year, as the reports write both.
  // "Question 2/13", "Q2/13", "Working Party 1/5" keep their number pair too, whose single digits
  // alone would be dropped.
  tokenize: (text: string) => {
    const tokens = withWholeRecommendations(isShouted(text) ? text.toLowerCase() : text).split(/[\s,;:.!?()[\]{}"'“”‘’«»/\\|+=*&%$#@<>]+/u).filter(Boolean);
    return [...tokens, ...numberPairs(text)]
      .flatMap((t) => (t.includes('-') ? [t, ...t.split('-').filter(Boolean)] : [t]))
      .flatMap((t) => {
        const dated = NAME_AND_YEAR.exec(t);
        return dated ? [t, dated[1]!, dated[2]!] : [t];
      });
  },
  processTerm: keywordTerm,
  searchOptions: { boost: { title: 2.5, tags: 1.5, body: 1, expansions: EXPANSION_WEIGHT, questions: QUESTION_WEIGHT } },
};

/** A text as the keyword index sees it: tokenised, stop words dropped, stemmed. */
export function keywordTerms(text: string): string[] {
  return OPTIONS.tokenize(text).flatMap((t) => keywordTerm(t) ?? []);
}

const FUZZY_MIN_CHARS = 6;
/** Edit distance as a share of the term's length (MiniSearch's fuzzy option). */
const FUZZY_DISTANCE = 0.2;
const PREFIX_MIN_CHARS = 5;
const NEAR_MATCH_WEIGHT = 0.3;

export interface KeywordHit {
  /** Position of the record in the corpus record list. */
  index: number;
  score: number;
}

/** BM25 keyword index (MiniSearch) over the same units as the vector index. */
export class KeywordIndex {
  private constructor(private readonly search: MiniSearch) {}

  /** `questions`: a record's search questions (`record-questions.ts`), indexed as a field of their own. */
  static build(records: CorpusRecord[], questions: (record: CorpusRecord) => string[] = () => []): KeywordIndex {
    const search = new MiniSearch(OPTIONS);
    const definitions = harvestAcronymDefinitions(records);
    search.addAll(
      records.map((record, index) => {
        const fields = keywordFields(record);
        return { id: index, ...fields, expansions: acronymSpellings(`${fields.title} ${fields.body}`, definitions), questions: questions(record).join('\n') };
      }),
    );
    return new KeywordIndex(search);
  }

  static fromJSON(json: string): KeywordIndex {
    return new KeywordIndex(MiniSearch.loadJSON(json, OPTIONS));
  }

  toJSON(): string {
    return JSON.stringify(this.search);
  }

  /** The index's own terms for a text (tokenised, stop words dropped, stemmed). */
  terms(text: string): string[] {
    return keywordTerms(text);
  }

  /** Whether any indexed unit contains this exact term. */
  hasTerm(term: string): boolean {
    const processed = keywordTerm(term);
    return processed !== null && this.search.search(processed, { fields: DOCUMENT_FIELDS, fuzzy: false, prefix: false }).length > 0;
  }

  /** Whether any indexed unit contains this term or one spelt within the near-match distance ("Kaleidscope"). */
  hasNearTerm(term: string): boolean {
    const processed = keywordTerm(term);
    return processed !== null && this.search.search(processed, { fields: DOCUMENT_FIELDS, fuzzy: FUZZY_DISTANCE, prefix: false }).length > 0;
  }

  /**
   * The records best matching `text` (BM25, near spellings at a fraction of a match); `related`
   * adds words that only stand for the question's (processed index terms → weight, 0–1), matched
   * exactly, as a sub-query with its own search options (MiniSearch 7's `Query` expression tree,
   * `QueryCombination`). In one search a related word a record holds also counts as one more
   * matched term, which MiniSearch multiplies its score by; searched apart and added, they ranked worse.
   */
  query(text: string, limit: number, filter?: (index: number) => boolean, related?: ReadonlyMap<string, number>): KeywordHit[] {
    const relatedQuery = related && {
      queries: [[...related.keys()].join(' ')],
      tokenize: (terms: string) => terms.split(' '),
      processTerm: (term: string) => term,
      fuzzy: false,
      prefix: false,
      boostTerm: (term: string) => related.get(term) ?? 0,
    };
    const query = relatedQuery && related.size > 0 ? { combineWith: 'OR' as const, queries: [text, relatedQuery] } : text;
    const hits = this.search.search(query, {
      combineWith: 'OR',
      filter: filter ? (result) => filter(result.id as number) : undefined,
      // Delegates type fast ("accesibility", "calender"): long words also meet near spellings and
      // longer forms, at a fraction of an exact match's weight.
      fuzzy: (term) => (term.length > FUZZY_MIN_CHARS ? FUZZY_DISTANCE : false),
      prefix: (term) => term.length > PREFIX_MIN_CHARS,
      weights: { fuzzy: NEAR_MATCH_WEIGHT, prefix: NEAR_MATCH_WEIGHT },
    });
    return hits.slice(0, limit).map((hit) => ({ index: hit.id as number, score: hit.score }));
  }
}
