import escapeStringRegexp from 'escape-string-regexp';
import type { CorpusRecord } from '../corpus/records.js';
import { studyGroupsNamed } from '../corpus/study-group-mentions.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { glossaryTerms } from '../index/itu-glossary.js';
import { expandAcronyms, spelledOutAcronyms } from './expand-acronyms.js';
import { everydayTerms } from './everyday-words.js';
import { definedAcronyms, termFrequency } from './corpus-vocabulary.js';
import { fuseRankings } from './fuse-rankings.js';
import { askedFacts, FACT_FORMS, factFactor } from './fact-factors.js';
import { MONTHS, withoutReferences } from './grammar/references.js';
import type { ParsedQuery } from './parse-query.js';
import { bigrams, sharedBigrams } from './phrase-overlap.js';
import { QUOTED_TITLE_FACTOR, rareNames, rareNamesFactor, recordsQuotingTitles } from './named-signals.js';
import { leadTerms, recordText } from './record-terms.js';
import { documentHintScore } from './record-filters.js';
import { namedDocuments, withoutEditionNouns, type NamedDocuments } from './named-documents.js';
import { favourDistinguishingSiblings } from './sibling-items.js';
import { preferNamedEdition } from './edition-twins.js';
import { asksForActionItem, ITEM_WORDS } from './grammar/item-words.js';
import { actionActors, questionActors, type ItemActor } from './grammar/item-actors.js';
import { isYear, numberedBodyPattern, readQuestionNames } from './grammar/question-names.js';
import { RECOMMENDATION_NUMBER } from '../corpus/recommendation-numbers.js';
import { askedHolder, recordsNamingHolder } from './office-holders.js';
import { asksWithDenial, deniableTerms, deniesOnly } from './grammar/denials.js';
import { withoutNewsWords } from './grammar/news-words.js';
import { withoutDatingEvents } from './grammar/asked-particulars.js';

/** A ranked record: its position in the index, fused score and cosine similarity to the question. */
export interface RankedRecord {
  index: number;
  score: number;
  similarity: number;
}

export interface RankOptions {
  /** Only records for which this holds are ranked (a Resolution's scope). */
  inScope?: (index: number) => boolean;
  /** Records that name a resolution the question names in prose: a third ranking of their own. */
  mentioned?: number[];
  /** Passages reporting on another body's Resolution the question names (its entry in a list of them): lifted. */
  about?: number[];
  /** The documents the question names by title (`namedDocuments`), read once per question by the caller. */
  named?: NamedDocuments;
  /**
   * Record indices of another Resolution's action items that cite the Resolution the question
   * names ("the Res 1 redraft" is TSAG's item under Resolution 22): ranked with the scope's own
   * items, at `CITING_FACTOR`, so they win only on a clearly better match.
   */
  citing?: Set<number>;
}
/** Measured on the probe sets: 0.5 gains two cases and loses none; 1 (no discount) loses one. */
const CITING_FACTOR = 0.5;

const CANDIDATES = 60;
/**
 * Reciprocal-rank fusion constant and keyword weight, chosen on dev, dev2 and the probe set
 * (README): a small k lets a retriever's first places count, where k = 30 or 60 let middling
 * agreement between the two win; keywords carry more of the meaning than USE-lite vectors.
 */
const RRF_K = 10;
const KEYWORD_WEIGHT = 1.8;
/**
 * Rank fusion forgets how far ahead a retriever's first place is. A keyword hit scoring 2.5 times
 * the next one ("IPSAS compliance" → the one table row that says IPSAS) keeps some of that lead.
 */
const KEYWORD_DOMINANCE = 2.5;
const DOMINANT_BONUS = 0.5;
/**
 * Records naming the holder a question asks for: a ranking of their own, weighted as keywords are,
 * and lifted, since the office's words fill the records that never name its holder.
 */
const HOLDER_WEIGHT = KEYWORD_WEIGHT;
const HOLDER_FACTOR = 2;
/**
 * "What has ITU done on Plenipotentiary Resolution 188 on counterfeit devices?" asks about that
 * Resolution: its entry's passages before WTSA Resolution 96's items on the same topic.
 */
const ABOUT_FACTOR = 2;
/**
 * "What does the plan say about Plenipotentiary Resolution 130?": a record that names that
 * Resolution ("as specified in Resolution 130 (Rev. Busan, 2014)") before one that only shares
 * the words "Plenipotentiary Resolution". 3 since records' search questions speak of "plenipotentiary
 * resolutions" too (at 2 the passage on Resolution 25 led; no evaluation set changed).
 */
const MENTION_FACTOR = 3;
/** Action items are what delegates ask about most; a resolution's operative text rarely answers. */
const KIND_PRIOR = { 'action-item': 1.15, resolution: 0.75, passage: 1 } as const;
/** Each pair of question words found side by side in a record's lead text. */
const PHRASE_BONUS = 0.1;
/** "Which item…", "which action…", "action item": the question asks for an action item, not a passage. */
const ITEM_PRIOR = { 'action-item': 1.5, resolution: 0.75, passage: 0.8 } as const;
/**
 * "How many…", "when was…", "where did…", "which country hosted…", "who did ITU team up with…": a
 * fact the reports' prose states more often than an action item does.
 */
const FACT_PRIOR = { 'action-item': 1, resolution: 0.75, passage: 1.2 } as const;
const ASKS_FOR_FACT = new RegExp(String.raw`\b(?:how much|${FACT_FORMS})\b`, 'i');
/** A Resolution's own text, asked whether it is done, completed or still open: it has no marks. */
const MARKLESS_PRIOR = 0.4;
const ABOUT_RESOLUTION_TEXT = /\b(resolves?|instructs?|invites?|operative|text of|what does resolution|what is resolution)\b/i;
/**
 * A record that speaks of a year the question names ("in 2018") is more likely the one; one that
 * holds a figure the question quotes ("2600+ standards", "1,281 delegates") more likely still.
 */
const YEAR_BONUS = 0.3;
const FIGURE_BONUS = 1;
/** Three or more digits (with thousands separators), outside references: "2600", "1,281", "2018". */
const FIGURE = /(?<![\d.,-])\d{1,3}(?:[,\u00a0 ]\d{3})+(?![\d-])|(?<![\d.,-])\d{3,}(?![\d-])/g;

/**
 * "The Network 2030 workshop in Jan 2020": a month with its year is far rarer in the reports than
 * the year alone, so a record giving that month of that year ("13 January 2020") is as likely the
 * one as a record holding a figure the question quotes.
 */
const MONTH_YEAR_BONUS = 1;
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTHS})\b\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b`, 'gi');

/** The months of a year a text names, as `jan 2020` ("Jan 2020", "January 13, 2020"). */
function monthsOfYears(text: string): string[] {
  return [...text.matchAll(MONTH_YEAR)].map((m) => `${m[1]!.slice(0, 3).toLowerCase()} ${m[2]}`);
}

function monthYearFactor(record: CorpusRecord, asked: string[]): number {
  if (asked.length === 0) return 1;
  const given = monthsOfYears(recordText(record));
  return asked.some((month) => given.includes(month)) ? 1 + MONTH_YEAR_BONUS : 1;
}

/**
 * "Is the advisory group supposed to rally the SGs…?": an action item asking someone else to act
 * (the study groups, TSB) is less likely the one. Lowering those rather than lifting TSAG's
 * items leaves passages where they were (lifting them cost a passage its third place). With the
 * sibling rule's use of the role, +5 first places on five sets and none lost; at 0.74, a second
 * place lost where the status narrative, not the action, names the group.
 */
const OTHER_ACTOR_FACTOR = 1 / 1.2;
function otherActorFactor(record: CorpusRecord, actors: ItemActor[]): number {
  if (actors.length === 0 || record.kind !== 'action-item') return 1;
  return actionActors(record.action).some((actor) => actors.includes(actor)) ? 1 : OTHER_ACTOR_FACTOR;
}

/** "Per the 2021 regional offices report…": the passages of the document the question names. */
const NAMED_DOCUMENT_BONUS = 0.5;
/** Content words a question must keep, once a document's name is out, for the name to leave the search. */
const MIN_TOPIC_TERMS = 3;

function prior(record: CorpusRecord, query: ParsedQuery): number {
  if (record.kind === 'resolution' && ABOUT_RESOLUTION_TEXT.test(query.text)) return 1;
  // "…is the item ticked done?": only an action item carries the marks asked about.
  if (record.kind === 'resolution' && query.status && !query.wantsList) return MARKLESS_PRIOR;
  if (asksForActionItem(query.searchText)) return ITEM_PRIOR[record.kind];
  return ASKS_FOR_FACT.test(query.searchText) ? FACT_PRIOR[record.kind] : KIND_PRIOR[record.kind];
}

/** A passage that is mostly links ("Analysis … available here: i. https://…") says little itself. */
const LINK_PASSAGE_FACTOR = 0.5;

function linkFactor(record: CorpusRecord): number {
  if (record.kind !== 'passage') return 1;
  const links = (record.text.match(/https?:\/\/\S+/g) ?? []).join('').length;
  return links > record.text.length / 2 ? LINK_PASSAGE_FACTOR : 1;
}

/**
 * "What is Q6/2 studying?", "when did Working Party 1/5 meet?": a record naming that Question or
 * working party is lifted as one holding a figure the question quotes is; "WP2/2" is no "Question 2/2".
 */
function bodyFactor(record: CorpusRecord, bodies: RegExp[]): number {
  return bodies.some((pattern) => pattern.test(recordText(record))) ? 1 + FIGURE_BONUS : 1;
}

function figureFactor(record: CorpusRecord, figures: string[]): number {
  if (figures.length === 0) return 1;
  const text = recordText(record).replace(/(\d)[,\u00a0 ](?=\d{3}\b)/g, '$1');
  const found = figures.filter((f) => new RegExp(`(?<![\\d.])${escapeStringRegexp(f)}(?!\\d)`, 'i').test(text));
  if (found.length === 0) return 1;
  return 1 + (found.some((f) => !isYear(f)) ? FIGURE_BONUS : YEAR_BONUS);
}

/**
 * The years and figures a question names, outside its references, as digits only, and the
 * Recommendations it names by number ("P.1301"): as rare in the reports as a quoted figure.
 */
function namedFigures(query: ParsedQuery): string[] {
  const text = withoutReferences(query.text);
  return [...new Set([...[...text.matchAll(FIGURE)].map((m) => m[0].replace(/[,\u00a0 ]/g, '')), ...(text.match(RECOMMENDATION_NUMBER) ?? [])])];
}

/**
 * "What new resolutions did WTSA-20 adopt?": a record sharing a question word only where it denies
 * it ("considered (but did not adopt)") says what did not happen; it counts less.
 */
const DENIAL_FACTOR = 0.6;
function denialFactor(record: CorpusRecord, terms: string[] | undefined): number {
  return terms && deniesOnly(recordText(record), terms) ? DENIAL_FACTOR : 1;
}

/**
 * Hybrid ranking: vector and keyword retrievers (and records naming a resolution the question
 * names) fused by reciprocal rank, then adjusted by record kind, document hints and shared phrases;
 * the leading Resolution's items are then told apart by their distinguishing words.
 */
export async function rankRecords(index: CorpusIndex, query: ParsedQuery, options: RankOptions = {}): Promise<RankedRecord[]> {
  const named = options.named ?? namedDocuments(query.searchText, index.documents);
  // "What is the Buenos Aires Action Plan?": when the name is the topic, it stays a search word.
  const text = withoutEditionNouns(named.files.length > 0 && index.keywords.terms(named.rest).length >= MIN_TOPIC_TERMS ? named.rest : query.searchText);
  const vector = await index.embeddings.embedQuery(text);
  const vectorHits = index.vectors.query(vector, CANDIDATES, options.inScope);
  // "a national emergency telecom plan" also finds the table row that only says "NETP".
  const spelledOut = spelledOutAcronyms(text, definedAcronyms(index)).join(' ');
  // "Which action items deal with fellowships?": the item words shape the question, not its topic;
  // as keywords they would favour the few actions that speak of "action items" (32-03's EWM plan).
  // "Study Groups 11 and 17" meets the items indexed as SG11 and SG17. "Any news on…" asks what the
  // reports say: as a keyword, "news" (stemmed "new") drew the passages titled "New WTSA-20 Resolutions".
  // "…after WTSA-16" dates the question: the assembly is no topic to search for.
  const topic = withoutDatingEvents(text);
  const keywordText = `${expandAcronyms(withoutNewsWords(topic).replace(ITEM_WORDS, ' '), (term) => index.keywords.hasTerm(term))} ${spelledOut} ${glossaryTerms(topic)} ${studyGroupsNamed(text).join(' ')}`;
  // "cheap internet", "airwaves": everyday words the reports never use also look for the reports' own.
  const everyday = everydayTerms(text, (term) => termFrequency(index, term));
  const keywordHits = index.keywords.query(keywordText, CANDIDATES, options.inScope, everyday);
  // "Who is the TSB Director?": the few records naming that holder rank among themselves by meaning.
  const holder = askedHolder(index, query);
  const holders = holder
    ? recordsNamingHolder(index, holder)
        .filter((i) => !options.inScope || options.inScope(i))
        .sort((a, b) => index.vectors.similarity(vector, b) - index.vectors.similarity(vector, a))
    : [];
  // Another language's "where and when" reaches the grammar through the bridge's English frame.
  const asked = query.language === 'en' ? query.text : query.searchText;
  const names = readQuestionNames(asked);
  // The bridge's glossary names are no quotation: another language's question quotes none.
  const quoting = recordsQuotingTitles(index, query.language === 'en' ? names.titles : []);
  const fused = fuseRankings(
    [
      { weight: 1, keys: vectorHits.map((h) => h.index) },
      { weight: 1, keys: [...quoting].filter((i) => !options.inScope || options.inScope(i)) },
      { weight: KEYWORD_WEIGHT, keys: keywordHits.map((h) => h.index) },
      { weight: 1, keys: options.mentioned ?? [] },
      { weight: HOLDER_WEIGHT, keys: holders },
    ],
    RRF_K,
  );
  const similarity = new Map(vectorHits.map((h) => [h.index, h.similarity]));
  const [first, second] = keywordHits;
  const dominant = first && (!second || first.score >= KEYWORD_DOMINANCE * second.score) ? first.index : -1;
  const questionPairs = bigrams(index.keywords.terms(text));
  // "In the 2021 report": the year names an edition, whose hint lifts all its passages; a passage
  // that also says "2021" is no likelier the answer.
  const figures = namedFigures(query).filter((figure) => !query.documentHints.includes(figure));
  const months = monthsOfYears(withoutReferences(query.text));
  const bodies = names.bodies.map(numberedBodyPattern);
  const facts = askedFacts(index, query, asked, names);
  const affirmed = asksWithDenial(query.text) ? undefined : deniableTerms(index.keywords.terms(text));
  const rare = rareNames(index, query);
  const namingHolder = new Set(holders);
  const actors = query.language === 'en' ? questionActors(query.text) : [];
  const about = new Set(options.about);
  const mentioning = new Set(options.mentioned);
  const ranked = [...fused.entries()]
    .map(([i, score]) => {
      const record = index.records[i]!;
      const doc = index.documents.find((d) => d.file === record.document);
      const hint = (1 + 0.5 * documentHintScore(record, doc, query.documentHints)) * (named.files.includes(record.document) ? 1 + NAMED_DOCUMENT_BONUS : 1);
      const phrase = 1 + PHRASE_BONUS * sharedBigrams(questionPairs, leadTerms(record));
      return {
        index: i,
        score:
          score * hint * prior(record, query) * factFactor(record, facts) * (namingHolder.has(i) ? HOLDER_FACTOR : 1) * (about.has(i) ? ABOUT_FACTOR : 1) * (mentioning.has(i) ? MENTION_FACTOR : 1) * phrase * figureFactor(record, figures) * monthYearFactor(record, months) * bodyFactor(record, bodies) * linkFactor(record) * denialFactor(record, affirmed) * (i === dominant ? 1 + DOMINANT_BONUS : 1) * rareNamesFactor(record, rare) * (options.citing?.has(i) ? CITING_FACTOR : 1) * (quoting.has(i) ? QUOTED_TITLE_FACTOR : 1) * otherActorFactor(record, actors),
        similarity: similarity.get(i) ?? index.vectors.similarity(vector, i),
      };
    })
    .sort((a, b) => b.score - a.score);
  return preferNamedEdition(index, query.text, favourDistinguishingSiblings(index, index.keywords.terms(withoutReferences(text)), actors, ranked));
}
