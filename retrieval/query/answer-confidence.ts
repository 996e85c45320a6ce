import lexicon from 'wink-lexicon/src/lexicon.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { keywordTerms } from '../index/keyword-index.js';
import { COMMON_RARITY, corpusHasTerm, corpusMentions, definedAcronyms, mentionsWordStarting, SUBJECT_RARITY, termFrequency, termRarity, writtenAsName } from './corpus-vocabulary.js';
import { everydayRuns, type EverydayRun } from './everyday-words.js';
import { askedEditions, speaksOfEdition } from './grammar/asked-editions.js';
import { asksForActionItem, ITEM_WORDS } from './grammar/item-words.js';
import { answersWhereOrWhen, asksForWinner, asksOutcomeOf, asksWhenStarted, givesDate, onlyDatesQuestion, START_ASKING_WORDS, statesOutcomeOf, statesWinner, withoutOccurrenceVerbs } from './grammar/asked-particulars.js';
import { askedHolder, namesHolderIn } from './office-holders.js';
import { asksForPlan, statesPlan } from './grammar/asked-plans.js';
import { asksForHeadcount, asksForMoney, asksForPercentage, FACT_ASKING_WORDS, statesHeadcount, statesMoneyAmount, statesPercentage } from './grammar/asked-quantities.js';
import { isOffTask, practicalArrangementWords } from './grammar/off-task.js';
import { qualifiesResolution } from './grammar/references.js';
import { answersYear, resolutionDated } from './grammar/dated-resolutions.js';
import { NEWS_CHATTER_TERMS } from './grammar/news-words.js';
import { ORGANISATION_NAMES, outsideRuleBodies, statesRuleOf } from './grammar/outside-rules.js';
import { withoutStatusWords } from './grammar/status-intent.js';
import { isYear, numberedBodyPattern, readQuestionNames, type QuestionNames } from './grammar/question-names.js';
import { isStudyGroupForm } from './multilingual/english-bridge.js';
import { isGlossaryForm } from './multilingual/key-terms.js';
import { spellsOutAcronym } from './expand-acronyms.js';
import type { NamedDocuments } from './named-documents.js';
import { isConnector } from './list-topic.js';
import type { ParsedQuery } from './parse-query.js';
import { recordSentences, recordTerms, recordText } from './record-terms.js';
import type { SearchHit } from './search-corpus.js';

/**
 * The answer/abstain operating point, chosen on the labelled sets in test/fixtures/eval (dev,
 * dev2, probe; README gives its precision and recall). With names and references checked
 * first, what is left to abstain on is chatter and general knowledge: far from every record in
 * meaning (USE-lite cosine under 0.2), or short, not close and not wholly found (three content
 * words or fewer, under 0.35, some word in no top hit). Paraphrases that share few words still
 * come 0.23+ close and are answered.
 */
const FAR_SIMILARITY = 0.2;
const ORGANISATION = new RegExp(String.raw`\s(?:${ORGANISATION_NAMES})$`);
/**
 * The last word of an organisation's long form as the reports spell it out ("Internet Engineering
 * Task Force", "3rd Generation Partnership Project"): those words, and the names of bodies.
 */
const ORGANISATION_WORD = new RegExp(
  String.raw`^(?:${ORGANISATION_NAMES}|force|union|committee|commission|conference|council|group|board|partnership|project|programme|bureau|network|body)$`,
);
const SHORT_QUESTION_TERMS = 3;
const SHORT_QUESTION_SIMILARITY = 0.35;

/**
 * How many of the question's content words occur in a record; an everyday word counts where the
 * record holds a report word it stands for ("fake news": "disinformation", `everydayRuns`).
 */
function sharedTerms(terms: string[], hit: SearchHit, everyday: () => EverydayRun[]): number {
  const present = recordTerms(hit.record);
  const standsFor = (t: string): boolean => everyday().some(({ run, meanings }) => run.includes(t) && [...meanings.keys()].some((m) => present.has(m)));
  return terms.filter((t) => present.has(t) || standsFor(t)).length;
}

/** A text lower-cased without spaces and hyphens: "YILF-2018" and "YILF2018", "WTSA 20" and "WTSA-20" meet. */
const squeezed = (text: string): string => text.toLowerCase().replace(/[\s-]+/g, '');

/**
 * Whether an acronym may name an organisation: one the reports never spell out ("IEEE", "CEPT"),
 * or spell out as one ("IETF"); not one they spell out as a process or a thing ("Traditional
 * Approval Process (TAP)", "small and medium enterprises (SME)").
 */
function mayNameBody(index: CorpusIndex, acronym: string): boolean {
  const spellings = definedAcronyms(index).get(acronym);
  return !spellings || spellings.some((words) => ORGANISATION_WORD.test(words.at(-1) ?? ''));
}

/** A text without the titles it quotes in curly quotes. */
const withoutQuotedTitles = (text: string): string => text.replace(/“[^”]*”/g, ' ');

/** Whether a top hit, or the document it comes from, speaks of a name ("WTSA-20"). */
function covers(top: SearchHit[], name: string): boolean {
  const wanted = squeezed(name);
  return top.some((h) => squeezed(recordText(h.record)).includes(wanted) || squeezed(h.document.title).includes(wanted));
}

/** The first name the question gives ("SA5", "WTSA-32") that the reports never mention. */
function absentName(index: CorpusIndex, names: string[]): string | undefined {
  return names.find((name) => !corpusMentions(index, name));
}

/**
 * "Which of 3GPP SA5's OAM study items are still open?": a list question whose topic no item is
 * about, and which names something the reports never mention, is not about the plan at all.
 */
export function mentionsUnknownName(index: CorpusIndex, query: ParsedQuery): boolean {
  return absentName(index, namesToCheck(query).names) !== undefined;
}

/**
 * Why the reports cannot answer whatever the ranking says: a name they never mention, a
 * capitalised word spelt like nothing in them, a numbered event ("WRC-23") the best hit does not
 * speak of or whose place or date asked no best hit gives, or a year the best hits do not speak
 * of together with a word of the question.
 */
function missingName(
  index: CorpusIndex,
  query: ParsedQuery,
  { names, titles, years, events, words, bodies }: QuestionNames,
  top: SearchHit[],
  namedFiles: string[],
): string | undefined {
  // "some VR/AR lab": the best hit's "virtual reality/augmented reality lab" spells it out.
  const absent = absentName(index, names.filter((name) => !top.some((h) => spellsOutAcronym(recordText(h.record), name))));
  if (absent) return absent;
  // "WP 3/13", "Question 9/17": a numbered body the reports never name is not in them, whatever shares its words.
  const absentBody = bodies.find((body) => {
    const pattern = numberedBodyPattern(body);
    return !index.records.some((record) => pattern.test(recordText(record)));
  });
  if (absentBody) return `${absentBody.kind === 'question' ? 'Question' : 'Working Party'} ${absentBody.pair}`;
  const unknownWord = words.find((word) => !corpusMentions(index, word) && !index.keywords.hasNearTerm(word));
  if (unknownWord) return unknownWord;
  // The answer quotes the best hit: it must be about the event named, not another edition of it.
  // A title it cites (“Report on estimated financial needs up to WTSA-24”) does not speak of the event.
  // An event that only dates what is asked ("met … before WTSA-20") need not be its subject, nor
  // give the place or date asked ("in which cities did the QSDG meet after WTSA-16?").
  const subjects = events.filter((event) => !onlyDatesQuestion(query.text, event));
  const otherEvent = subjects.find((event) => !top.slice(0, 1).some((h) => squeezed(withoutQuotedTitles(recordText(h.record))).includes(squeezed(event))));
  if (otherEvent) return otherEvent;
  // "Where and when is WRC-27 going to be held?": a best hit's sentence naming it must give a place or a date.
  const unplaced = subjects.find(
    (event) => !top.some((h) => recordSentences(h.record).some((s) => squeezed(s).includes(squeezed(event)) && answersWhereOrWhen(query.text, event, s) !== 'none')),
  );
  if (unplaced) return unplaced;
  // "What did WRC-23 decide on IMT?": the passage on WRC-19 adopting WRC-23's agenda says what WRC-19 decided.
  const undecided = events.find((event) => asksOutcomeOf(query.text, event) && !top.some((h) => recordSentences(h.record).some((s) => statesOutcomeOf(s, event))));
  if (undecided) return undecided;
  // "When is the 5th FIGI Symposium?": the second edition's passage is no answer. "Which action
  // mentions the 21st IRG-AVA meeting?" asks for the item, which may number the meeting further on.
  const editions = asksForActionItem(query.text) ? [] : askedEditions(query.text);
  const otherEdition = editions.find((edition) => !top.some((h) => speaksOfEdition(recordText(h.record), edition)));
  if (otherEdition) return `${otherEdition.ordinal} ${otherEdition.name}`;
  // "Radiocommunication Bureau Director" is new as a phrase but not as words, and may be answered;
  // an outside organisation ("Wi-Fi Alliance") the reports never name as such may not.
  const absentTitle = titles.find(
    (title) =>
      !corpusMentions(index, title) &&
      (ORGANISATION.test(title) || title.split(/\s+/).some((word) => !corpusMentions(index, word))),
  );
  if (absentTitle) return absentTitle;
  if (years.length === 0) return undefined;
  // "Per the BaAP report, what were the 2022 results…": only the named report's hits can cover the year.
  const speaking = namedFiles.length > 0 ? top.filter((h) => namedFiles.includes(h.record.document)) : top;
  // "In the 2025 report…": a year in the title of the hit's document is covered by it. Elsewhere
  // the year must be said of what is asked: "how many Recommendations did SG17 approve in 2023?"
  // is not answered by "a meeting in Gambia … postponed to 2023".
  const { all } = askedTerms(index, query);
  // A word most records use ("ITU") says nothing of what is asked: "what was ITU's carbon
  // footprint in 2023?" is not answered by "the ITU Strategic plan 2020-2023". The bridge from
  // another language keeps few words besides such ones, so there any word counts.
  const rarity = termRarity(index);
  const telling = new Set([...all].filter((t) => rarity(t) >= COMMON_RARITY));
  const asked = telling.size > 0 && query.language === 'en' ? telling : all;
  // "…per the 2014 plenipot resolution?": the year dates a Resolution, which the plan cites as "Resolution 195 (Busan, 2014)".
  const dated = new Map(years.map((year) => [year, resolutionDated(query.text, year)]));
  const covered = speaking.some((h) =>
    years.some(
      (year) =>
        h.document.title.includes(year) ||
        recordSentences(h.record).some((s) => s.includes(year) && answersYear(s, year, dated.get(year), () => sharesAsked(index, asked, s))),
    ),
  );
  return covered ? undefined : years.join(', ');
}

/** "by which body", "what year": the noun after which / what is what the answer gives, not the subject. */
const ASKED_NOUN = /\b(?:which|what)\s+[\p{L}-]+/giu;

/**
 * The question's content words, years aside, and those of them the corpus holds but rarely. A
 * word the English lexicon (wink-lexicon) knows only as an adverb ("how many ppl *actually*
 * attended…") is rare in reports but names no subject.
 */
function askedTerms(index: CorpusIndex, query: ParsedQuery): { all: Set<string>; rare: string[] } {
  const rarity = termRarity(index);
  const text = withoutStatusWords(query.searchText).replace(ASKED_NOUN, ' ');
  const terms = index.keywords.terms(text).filter((t) => !isYear(t));
  const adverbs = new Set(keywordTerms(text.split(/\s+/).filter(isOnlyAdverb).join(' ')));
  return { all: new Set(terms), rare: terms.filter((t) => corpusHasTerm(index, t) && rarity(t) >= SUBJECT_RARITY && !adverbs.has(t)) };
}

function isOnlyAdverb(word: string): boolean {
  const tags = lexicon[word.toLowerCase()];
  return Array.isArray(tags) && tags.length > 0 && tags.every((tag) => typeof tag === 'string' && tag.startsWith('RB'));
}

/** Whether a sentence shares a word with the question (any sentence, when the question has none). */
function sharesAsked(index: CorpusIndex, asked: Set<string>, sentence: string): boolean {
  return asked.size === 0 || index.keywords.terms(sentence).some((t) => asked.has(t));
}

/** The words that ask for a fact (`FACT_ASKING_WORDS`, `START_ASKING_WORDS`), as keyword terms. */
const FACT_TERMS = new Set(keywordTerms(`${FACT_ASKING_WORDS} ${START_ASKING_WORDS}`));

/**
 * Whether a best hit has a sentence that states what `states` looks for about the question's
 * subject: one sharing a rarer word of the question (any word, when it has none), the words that
 * ask for the fact aside. "How many women-led SMEs got fellowships for Telecom World?" is answered
 * by the EQUALS sentence that names SMEs, not by another event's "300 participants"; "how many
 * delegates turned up to the Montevideo meetings?" not by a training "attended by 49 delegates".
 */
function statedOfSubject(index: CorpusIndex, query: ParsedQuery, top: SearchHit[], states: (sentence: string) => boolean): boolean {
  const { all, rare } = askedTerms(index, query);
  // "ATU-4 (the WTSA-20 prep meeting) - how many delegates attended?": an aside in brackets
  // describes the subject; WTSA-20's own headcount does not answer.
  const unbracketed = new Set(index.keywords.terms(query.searchText.replace(/\([^)]*\)/g, ' ')));
  const outside = rare.filter((t) => unbracketed.has(t));
  const named = (outside.length > 0 ? outside : rare).filter((t) => !FACT_TERMS.has(t));
  const subject = named.length > 0 ? new Set(named) : all;
  return top.some((h) => recordSentences(h.record).some((s) => states(s) && sharesAsked(index, subject, s)));
}

/**
 * The names a question's answer depends on. In another language, capitalised runs are names
 * translated ("Estados Miembros") and acronyms may be the language's own ("OMS" for WHO): only
 * those the glossary does not know are looked up.
 */
function namesToCheck(query: ParsedQuery): QuestionNames {
  const read = readQuestionNames(query.text);
  // "PP-18 Resolution 204" asks about the Resolution, which the reports label "(Rev. Dubai, 2018)".
  const qualifiers = new Set(read.events.filter((event) => qualifiesResolution(query.text, event)));
  const named = { ...read, names: read.names.filter((n) => !qualifiers.has(n)), events: read.events.filter((e) => !qualifiers.has(e)) };
  if (query.language === 'en') return named;
  // "CMDT-22" is French for WTDC-22: an event whose body the glossary knows is not looked up as
  // written; nor is "CE 2", French for SG2.
  const known = (name: string): boolean => isGlossaryForm(name) || isGlossaryForm(name.split('-')[0]!) || isStudyGroupForm(name);
  // …but as the bridge writes it in English ("when was WTDC-30"), it is looked up like any event.
  const bridged = readQuestionNames(query.searchText).events.filter((e) => !known(e) && !qualifiesResolution(query.searchText, e));
  const events = [...new Set([...named.events.filter((e) => !known(e)), ...bridged])];
  return { ...named, names: [...new Set([...named.names.filter((name) => !known(name)), ...bridged])], titles: [], words: [], events };
}

/**
 * "What happened in Kigali?", "budapest", "any news from santa fe?": a question of nothing but
 * names rare in the reports (words they write capitalised, or figures like "50/50") is answered
 * by the best hit when it holds them: it is the one quoted. "What is the capital of Australia?"
 * asks for a capital too, a word the reports use but not as a name. Years are checked apart.
 */
function asksOnlyOfRareNames(index: CorpusIndex, question: string, terms: string[], best: SearchHit): boolean {
  const rarity = termRarity(index);
  const asked = terms.filter((t) => !isYear(t) && !NEWS_CHATTER_TERMS.has(t));
  if (asked.length === 0 || !asked.every((t) => corpusHasTerm(index, t) && rarity(t) >= SUBJECT_RARITY && recordTerms(best.record).has(t))) return false;
  // Only then the reports' spelling, read once per index, for the few questions that get this far.
  const names = new Set(
    [...question.matchAll(/[\p{L}\d][\p{L}\d/'’-]*/gu)]
      .map(([word]) => word)
      .filter((word) => /\d/.test(word) || word.split(/['’-]/).every((part) => part.length === 0 || writtenAsName(index, part)))
      .flatMap((word) => index.keywords.terms(word)),
  );
  return asked.every((t) => names.has(t));
}

/** Whether the best hits are good enough to answer from (scoped questions need less); `documents`: those the question names. */
export function isConfident(index: CorpusIndex, query: ParsedQuery, hits: SearchHit[], scoped: boolean, documents: NamedDocuments): boolean {
  const top = hits.slice(0, 3);
  const named = namesToCheck(query);
  const namedFiles = query.language === 'en' ? documents.files : [];
  if (top.length === 0 || isOffTask(query.text) || missingName(index, query, named, top, namedFiles)) return false;
  // "any hotel recommendations near ITU HQ?", "the lunch menu at TSAG?": practical arrangements the
  // best hits do not speak of (a "Network of Women luncheon" elsewhere serves no TSAG lunch).
  if (practicalArrangementWords(query.text).some((word) => !top.some((h) => mentionsWordStarting(recordText(h.record), word)))) return false;
  // "What approval threshold does IEEE 802 require…?": the reports name IEEE as a partner, never its rules.
  const bodies = outsideRuleBodies(query.language === 'en' ? query.text : query.searchText).filter((acronym) => mayNameBody(index, acronym));
  if (bodies.length > 0 && !top.some((h) => recordSentences(h.record).some((s) => bodies.some((body) => statesRuleOf(s, body))))) return false;
  // "How much did DFAT commit to the grant?", "how many people attended the Future of TV workshop?":
  // the grant's or the event's passage without the amount or the attendance is no answer.
  if (asksForMoney(query.searchText) && !statedOfSubject(index, query, top, statesMoneyAmount)) return false;
  if (asksForHeadcount(query.searchText) && !statedOfSubject(index, query, top, statesHeadcount)) return false;
  if (asksForPercentage(query.searchText) && !statedOfSubject(index, query, top, statesPercentage)) return false;
  // "Is BICMA going to sign up…?": the passage on what BICMA was offered says nothing of what it will do.
  if (query.language === 'en' && asksForPlan(query.text) && !statedOfSubject(index, query, top, statesPlan)) return false;
  // "Who's the current SG13 chairman?": the reports name offices far more often than their holders.
  const holder = askedHolder(index, query);
  if (holder && !top.some((h) => namesHolderIn(holder, h.record))) return false;
  // "Who won the 2021 Accessible Europe competition?": the passage that shortlisted the winners names none.
  if (asksForWinner(query.searchText) && !statedOfSubject(index, query, top, statesWinner)) return false;
  // "What year did the ITU area office in Honduras open?": the passages on the office give no date at all.
  if (asksWhenStarted(query.searchText) && !statedOfSubject(index, query, top, givesDate)) return false;
  if (scoped) return true;
  const bestSimilarity = Math.max(0, ...top.map((h) => h.similarity));
  // "is the action on fellowships finished?": a status word is a filter, not a word the hits must
  // hold; nor is a word that joins the topic ("which items deal with accessibility?").
  // Nor are the words that ask for an item ("which item mentions MyMeetings?"), though they make the question longer.
  const words = (text: string): string[] => [...new Set(index.keywords.terms(text))].filter((t) => !isConnector(t));
  // Nor, in a where or when question, the verb it asks with ("held": the answer says "hosted by…").
  const asked = withoutOccurrenceVerbs(withoutStatusWords(query.searchText));
  const terms = words(asked.replace(ITEM_WORDS, ' '));
  const length = words(asked).length;
  // The thesaurus is read only for a word some best hit lacks.
  let runs: EverydayRun[] | undefined;
  const everyday = (): EverydayRun[] => (runs ??= everydayRuns(query.searchText, (t) => termFrequency(index, t)));
  const shared = Math.max(...top.map((h) => sharedTerms(terms, h, everyday)));
  if (shared === 0) return false;
  // A rare name the question and a top hit share ("U4SSC", "FIGI", "REG4COVID") pins the topic
  // down, however little else of a short question the hit's vector reflects.
  if (named.names.some((name) => covers(top, name))) return true;
  if (asksOnlyOfRareNames(index, query.searchText, terms, top[0]!)) return true;
  if (named.bodies.map(numberedBodyPattern).some((pattern) => top.some((h) => pattern.test(recordText(h.record))))) return true;
  // "what is being done about fake news?": a best hit holding every content word, in its own words
  // or the thesaurus's ("misinformation and disinformation"), answers however far its vector is.
  if (terms.length >= 2 && sharedTerms(terms, top[0]!, everyday) === terms.length) return true;
  if (bestSimilarity < FAR_SIMILARITY) return false;
  // A short question must be covered whole: "capital of Australia" shares one word of two.
  return !(length <= SHORT_QUESTION_TERMS && bestSimilarity < SHORT_QUESTION_SIMILARITY && shared < terms.length);
}
