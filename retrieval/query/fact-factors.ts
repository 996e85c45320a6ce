import escapeStringRegexp from 'escape-string-regexp';
import type { CorpusRecord } from '../corpus/records.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { keywordTerm, keywordTerms } from '../index/keyword-index.js';
import { corpusHasTerm, SUBJECT_RARITY, termRarity } from './corpus-vocabulary.js';
import { withoutReferences } from './grammar/references.js';
import type { ParsedQuery } from './parse-query.js';
import { bodySentences, recordSentences, recordTerms, recordText } from './record-terms.js';
import { asksForHeadcount, asksForMoney, countPattern, FACT_ASKING_WORDS, statesHeadcount, statesMoneyAmount } from './grammar/asked-quantities.js';
import { askedEditions, speaksOfEdition, speaksOnlyOfOtherEditions, type AskedEdition } from './grammar/asked-editions.js';
import { answersWhereOrWhen, answersWhereOrWhenAt, asksWhereOrWhenOf, saysTookPlace, statesOccurrenceOf } from './grammar/asked-particulars.js';
import { isYear, type QuestionNames } from './grammar/question-names.js';
import { asksForCountry, namesCountry } from './grammar/countries.js';

/*
 * The facts a question asks for (a document symbol, a sum, a count, a country, where and when an
 * event took place) and the records likely to state them: each factor lifts a record that states
 * what is asked, or lowers one that speaks of another event or edition. Read once per question
 * (`askedFacts`), applied to every candidate record (`factFactor`).
 */

/** The forms that ask for a fact the reports' prose states ("how many", "where was", "which country", "who won", "who did … team up with"), "how much" aside. */
export const FACT_FORMS = String.raw`how many|when (?:was|were|did|is)|where (?:was|were|did|is)|which (?:country|city|town|venue)|hosted|who won|which (?:[\w-]+\s+){1,2}?won|who (?:did|does|is|was|were) (?:[\w'’-]+\s+){1,4}?(?:team(?:ed)? up|partner(?:ed)?|work(?:ed)?|collaborat(?:e|ed)) with|with whom`;

/**
 * "Which Council doc…", "what TD…", "the doc symbol": the answer is a document symbol (C18/54,
 * TSAG-TD1187, WTSA-C31), so records that cite one are more likely to hold it.
 */
const DOCUMENT_BONUS = 0.3;
const ASKS_FOR_DOCUMENT = /\b(?:which|what)\b(?:\s+[\w-]+){0,3}?\s+(?:docs?|documents?|TDs?|doc(?:ument)? (?:symbol|number))\b/i;
const DOCUMENT_SYMBOL = /\b(?:[A-Z]{2,}-)?TD\s?\d{2,}|\bC\d{2}\/\d+|\b[A-Z]{2,}-C\d+\b/;
function documentFactor(record: CorpusRecord, asksForDocument: boolean): number {
  if (!asksForDocument) return 1;
  return DOCUMENT_SYMBOL.test(recordText(record)) ? 1 + DOCUMENT_BONUS : 1;
}

/**
 * "Which country came on board as co-host?": a record naming a country in its text is more
 * likely to answer than one on the same event that names none.
 */
const COUNTRY_BONUS = 0.3;
function countryFactor(record: CorpusRecord, asked: boolean): number {
  return asked && namesCountry(bodySentences(record).join(' ')) ? 1 + COUNTRY_BONUS : 1;
}

/** "How much funding was raised…": records that state a sum of money are more likely to answer. */
const MONEY_BONUS = 0.5;
function moneyFactor(record: CorpusRecord, asksForAmount: boolean): number {
  return asksForAmount && statesMoneyAmount(recordText(record)) ? 1 + MONEY_BONUS : 1;
}

/**
 * "How many area offices…": a record that gives a count of the thing asked ("nine area offices",
 * "2 152 participants") is more likely the answer than one that only names it.
 */
const COUNT_BONUS = 1;
/**
 * "How many people got trained…, and from how many countries?": a headcount ("73 participants")
 * first, whatever else is counted; else a count of the thing asked.
 */
function countFactor(record: CorpusRecord, count: RegExp | undefined, headcount: boolean, events: string[]): number {
  const statesCount = (text: string): boolean => (headcount ? statesHeadcount(text) : (count?.test(text) ?? false));
  // "How many participants did RA-19 draw?": the count must be said of the event named, not of
  // WRC-19 in a passage filed under "WRC-19 and RA-19".
  const states =
    events.length === 0
      ? statesCount(recordText(record))
      : bodySentences(record).some((s) => statesCount(s) && events.some((event) => s.toLowerCase().includes(event)));
  return states ? 1 + COUNT_BONUS : 1;
}

/**
 * "Where and when was WTDC-22 held?": a record with a sentence that says the event took place and
 * gives all that is asked ("(WTDC-22) was organized successfully in Kigali, Rwanda, from 6 to 16
 * June 2022") is more likely the answer than one naming the event beside another's date.
 */
const PARTICULARS_BONUS = 1;
/** One that names the event in passing ("the Action Plan adopted at WTDC-17") says neither where nor when. */
const IN_PASSING_FACTOR = 0.5;
function particularsFactor(record: CorpusRecord, question: string, events: string[]): number {
  if (events.length === 0) return 1;
  const sentences = recordSentences(record);
  // Under a heading that is the event ("WTPF-21"), a sentence not naming it speaks of it by its
  // long name: "The Sixth World Telecommunication Policy Forum, held virtually from 16 to 18
  // December 2021". One naming it is read as above ("WTDC-22 featured … held on 7-9 June").
  const headed = record.kind === 'passage' ? events.filter((event) => record.headingPath.at(-1)?.toLowerCase().includes(event)) : [];
  const answers =
    events.some((event) => sentences.some((s) => statesOccurrenceOf(s, event) && answersWhereOrWhen(question, event, s) === 'all')) ||
    headed.some((event) => bodySentences(record).some((s) => !s.toLowerCase().includes(event) && saysTookPlace(s) && answersWhereOrWhen(question, event, s) === 'all'));
  if (answers) return 1 + PARTICULARS_BONUS;
  const naming = sentences.filter((s) => events.some((event) => s.toLowerCase().includes(event)));
  const inPassing = naming.length > 0 && naming.every((s) => events.every((event) => answersWhereOrWhen(question, event, s) === 'none'));
  return inPassing ? IN_PASSING_FACTOR : 1;
}

/**
 * "Where was the ITU-UNESCO Digital Inclusion Week held in 2019?": with no numbered event asked
 * of, a record saying where or when the question's rarest word took place ("…Week that took place
 * in Baghdad, Iraq, from 22 to 25 September 2019") is more likely the answer than another naming
 * it in a list of events.
 */
const SUBJECT_OCCURRENCE_BONUS = 0.5;
function subjectOccurrenceFactor(record: CorpusRecord, question: string, subject: string[], events: string[], editions: AskedEdition[]): number {
  const [rarest] = subject;
  if (!rarest || events.length > 0) return 1;
  // "Where was the 2nd FIGI symposium held?" is not answered by where the first one was.
  const answers = recordSentences(record).some((sentence) =>
    editions.every((edition) => speaksOfEdition(sentence, edition)) &&
    [...sentence.matchAll(/[\p{L}\d][\p{L}\d-]*/gu)].some((word) => keywordTerm(word[0]) === rarest && answersWhereOrWhenAt(question, sentence, word.index)),
  );
  return answers ? 1 + SUBJECT_OCCURRENCE_BONUS : 1;
}

/**
 * "Where did the fourth meeting of the U4SSC take place?": a record that speaks of that edition
 * (`speaksOfEdition`) is more likely the answer than one on another edition or on another event's
 * fourth meeting.
 */
const EDITION_BONUS = 0.5;
function editionFactor(record: CorpusRecord, editions: AskedEdition[]): number {
  if (editions.length === 0) return 1;
  const text = recordText(record);
  if (editions.some((edition) => speaksOfEdition(text, edition))) return 1 + EDITION_BONUS;
  // "The second WISE event…" is no answer to "the first WISE event".
  return editions.every((edition) => speaksOnlyOfOtherEditions(text, edition)) ? 1 / (1 + EDITION_BONUS) : 1;
}

/**
 * "Where and when was WTDC-17 held?": a record that speaks of another WTDC ("WTDC-22") and not of
 * the one asked is about another conference, however many of the series' words it shares. Only
 * for where and when: "what did WRC-23 decide?" would lift WRC-19's passage on WRC-23's agenda.
 */
const OTHER_EVENT_FACTOR = 0.5;
function otherEventFactor(record: CorpusRecord, events: string[]): number {
  if (events.length === 0) return 1;
  const text = recordText(record).toLowerCase();
  const aboutAnother = events.some((event) => {
    const series = event.slice(0, event.lastIndexOf('-'));
    return !text.includes(event) && new RegExp(String.raw`\b${escapeStringRegexp(series)}-\d`).test(text);
  });
  return aboutAnother ? OTHER_EVENT_FACTOR : 1;
}

/**
 * "How many participants attended the 2019 FIGI Symposium in Cairo?", "CIS cyberdrill in 2018 -
 * which country hosted it?": a fact is only an answer about the question's subject, so records
 * holding its rarest words ("FIGI", "cyberdrill") are more likely the answer than another
 * event's "4 000 participants" or the CIS office's other news; the more of them, the likelier.
 */
const SUBJECT_BONUS = 0.5;
/**
 * Fact questions but "how much": the record stating a sum often names its project by an acronym
 * ("BHBM"), and the money factor already lifts it.
 */
const ASKS_FOR_SUBJECT_FACT = new RegExp(String.raw`\b(?:${FACT_FORMS})\b`, 'i');
/** The words that ask for the fact ("attended", "participants", "hosted", "country", "won") name no subject. */
const FACT_TERMS = new Set(keywordTerms(`${FACT_ASKING_WORDS} won team`));
/** The two rarest: "McCaw" names the project, "Rwanda" the passage on its schools. */
const SUBJECT_WORDS = 2;
function factSubject(index: CorpusIndex, query: ParsedQuery): string[] {
  if (!ASKS_FOR_SUBJECT_FACT.test(query.searchText)) return [];
  const rarity = termRarity(index);
  const held = index.keywords
    .terms(withoutReferences(query.searchText))
    .filter((t) => !isYear(t) && !FACT_TERMS.has(t) && corpusHasTerm(index, t) && rarity(t) >= SUBJECT_RARITY);
  return [...new Set(held)].sort((a, b) => rarity(b) - rarity(a)).slice(0, SUBJECT_WORDS);
}
function subjectFactor(record: CorpusRecord, subject: string[]): number {
  if (subject.length === 0) return 1;
  // "CIS region cyberdrill in 2018": the passage on the cyberdrill, not the CIS office's other news.
  const held = subject.filter((t) => recordTerms(record).has(t)).length;
  return 1 + (SUBJECT_BONUS * held) / subject.length;
}

/** What a question asks for, read once for all its candidate records. */
export interface AskedFacts {
  /** The question as the grammar reads it (the English frame of another language's question). */
  question: string;
  asksForDocument: boolean;
  asksForAmount: boolean;
  asksCountry: boolean;
  /** A count of the thing asked ("how many area offices"), if the question asks one. */
  count: RegExp | undefined;
  headcount: boolean;
  /** Every numbered event the question names ("RA-19"). */
  named: string[];
  /** Those of `named` asked where or when of. */
  placed: string[];
  /** The rarest words of a fact question's subject. */
  subject: string[];
  editions: AskedEdition[];
}

/**
 * Reads the facts a question asks for. `asked` is the question as the grammar reads it, `names`
 * what `readQuestionNames` found in it.
 */
export function askedFacts(index: CorpusIndex, query: ParsedQuery, asked: string, names: QuestionNames): AskedFacts {
  return {
    question: asked,
    asksForDocument: ASKS_FOR_DOCUMENT.test(query.text),
    asksForAmount: asksForMoney(query.searchText),
    asksCountry: asksForCountry(query.searchText),
    count: countPattern(query.searchText),
    headcount: asksForHeadcount(query.searchText),
    named: names.events,
    placed: names.events.filter((event) => asksWhereOrWhenOf(asked, event)),
    subject: factSubject(index, query),
    // "the first WISE event": the record on the first lifts, though one without "first" may answer too.
    editions: askedEditions(query.text, { first: true }),
  };
}

/** How much likelier a record is to answer for stating the facts asked (1: no change). */
export function factFactor(record: CorpusRecord, facts: AskedFacts): number {
  return (
    documentFactor(record, facts.asksForDocument) *
    moneyFactor(record, facts.asksForAmount) *
    countryFactor(record, facts.asksCountry) *
    countFactor(record, facts.count, facts.headcount, facts.named) *
    subjectFactor(record, facts.subject) *
    particularsFactor(record, facts.question, facts.placed) *
    subjectOccurrenceFactor(record, facts.question, facts.subject, facts.placed, facts.editions) *
    editionFactor(record, facts.editions) *
    otherEventFactor(record, facts.placed)
  );
}
