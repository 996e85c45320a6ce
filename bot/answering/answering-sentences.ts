import { keywordTerms, numberPairs } from '../../retrieval/index/keyword-index.js';
import { splitIntoSentences } from '../../retrieval/corpus/sentences.js';
import { asksForOfficeHolder, asksForWinner, statesPersonName, statesWinner } from '../../retrieval/query/grammar/asked-particulars.js';
import { askedNouns } from '../../retrieval/query/grammar/asked-noun.js';
import { asksForHeadcount, countPattern, statesHeadcount } from '../../retrieval/query/grammar/asked-quantities.js';
import { asksForCountry, namesCountry } from '../../retrieval/query/grammar/countries.js';
import { denialsAnswer, deniedTerms } from '../../retrieval/query/grammar/denials.js';
import { RECOMMENDATION_NUMBER } from '../../retrieval/corpus/recommendation-numbers.js';
import { reportYears } from '../../retrieval/query/parse-query.js';
import { truncate } from './key-sentences.js';

/**
 * The sentences of one record that answer the question: shared words weighted by how specific
 * they are within the record (a word in every sentence says little), plus what the question's
 * form asks for — a figure for "how many", a date for "when", a place for "where", a frequency
 * for "how often", a name for "who", a winner for "who won", a partner for "who … with" — and
 * the period it names ("Dec 2018 to Jul 2019").
 */

export interface ScoredSentence {
  sentence: string;
  position: number;
  score: number;
}

const FORM_BONUS = 3;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** A question or sentence test: a regex, or the grammar's own reading. */
interface Pattern {
  test(text: string): boolean;
}
/**
 * What each question form wants to see in the answering sentence; `exact` is the stronger
 * kind ("2 September 2021" over a bare "2020" for "when").
 */
interface Form {
  asks: Pattern;
  wants: Pattern;
  exact?: Pattern;
  bonus?: number;
}
const HOW_MANY_FORM: Form = {
  asks: /\bhow (?:many|much)\b|\bnumber of\b|\bwhat (?:share|percentage|proportion)\b|\btotal\b|\b(?:attendance|turnout|headcount)\b/i,
  // A day of a date ("from 6 to 16 June 2022") is no count.
  wants: new RegExp(String.raw`\b(?!(?:19|20)\d\d\b)\d[\d,.]*(?![\d\w])(?!\s*(?:(?:to|-|–|and)\s*\d{1,2}\s+)?${MONTH}\b)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|hundred|thousand|million|billion)\b`, 'i'),
  // A count of something: "2 152 participants", "eight area offices", "29 institutions".
  exact: new RegExp(String.raw`(?:\b(?!(?:19|20)\d\d\b)\d[\d,.\u00a0 ]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|hundred|thousand|million|billion))\s+(?:[a-z-]+\s+){0,2}(?!${MONTH}\b)[a-z]+s\b`, 'i'),
};
const HEADCOUNT_SENTENCE: Pattern = { test: statesHeadcount };
const ASKS_WHERE = /\bwhere\b|\bwhich (?:country|city|venue|place)\s+(?:hosted|hosts|held|holds|was|were|is|will|did)\b|\bin which (?:country|city)\b|\bhosted\b/i;
const FORMS: Form[] = [
  HOW_MANY_FORM,
  {
    asks: /\bwhen\b|\bwhat (?:date|year|month)\b/i,
    wants: new RegExp(String.raw`\b${MONTH}\b|\b(?:19|20)\d\d\b|\b\d{1,2}\s+${MONTH}`, 'i'),
    exact: new RegExp(String.raw`\b\d{1,2}\s+${MONTH}\b|\b${MONTH}\s+\d{1,2}\b|\b${MONTH}\s+(?:19|20)\d\d\b`, 'i'),
  },
  // "Which country hosted…" asks where; "which country signed…" asks who, below.
  { asks: ASKS_WHERE, wants: /\b(?:in|at|hosted by)\s+[A-Z][a-z]+/ },
  { asks: /\bhow often\b|\bfrequency\b|\bregularly\b/i, wants: /\b(?:daily|weekly|monthly|quarterly|annual(?:ly)?|yearly|periodic(?:ally)?|regular(?:ly)?|every (?:week|month|year))\b/i },
  {
    // "Which country signed…" is the country form's, below.
    asks: /\bwho\b(?![^?]*\bwith\b)|\bwhich (?:group|body|organi[sz]ation)\b|\bwhich (?:city|cities)\s+(?!(?:hosted|hosts|held|holds|was|were|is|will|did)\b)[a-z]+/i,
    wants: /\b(?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+\b|\b[A-Z]{2,}\d*\b/,
  },
  // "Who is the TSB Director?": the sentence naming the holder ("The Director of TSB, Mr Chaesub
  // Lee, continues…"), not the one that says most about the office.
  { bonus: 2 * FORM_BONUS, asks: { test: asksForOfficeHolder }, wants: { test: statesPersonName } },
  // "Who won the regional round of #HackAgainstHunger?": "Jamaica won the regional event", not the
  // sentence that names the hackathon most fully.
  { bonus: 2 * FORM_BONUS, asks: { test: asksForWinner }, wants: { test: statesWinner } },
  // "Which country came on board as co-host?": "Switzerland joined as a co-convener of the Summit",
  // not the sentence sharing most words ("In 2020, the AI for Good Global Summit was transformed…").
  // "Which country hosted…" asks where, and a city answers it.
  { bonus: 2 * FORM_BONUS, asks: { test: (q) => asksForCountry(q) && !ASKS_WHERE.test(q) }, wants: { test: namesCountry } },
  // "Who is ITU co-organizing the course with?", "which partners…", "apart from TTA, who else is
  // putting it on?": the sentence naming a partner.
  // No other sentence answers "with whom", however many of the question's words it shares.
  {
    bonus: 2 * FORM_BONUS,
    asks: /\bwho\b.*\bwith\b|\bwith whom\b|\bpartner(?:s|ed|ing)?\b|\bco-?organi[sz]\w*|\bjointly\b|\bwho\s+else\b/i,
    wants: /\b(?:together with|jointly with|(?:in|through) (?:close )?(?:cooperation|collaboration|partnership|coordination) with|co-?organi[sz]ed (?:by|with)|partnered with|with the support of|joint(?:ly)? (?:organi[sz]ed|hosted) by)\b/i,
  },
];
/**
 * The verb after "who" names what is asked ("who co-leads the working group?": the sentence saying
 * who co-leads it, not the one describing the group); after "which" or "what", the noun does
 * (`askedNouns`: "which Jamaican minister did the office brief?": the sentence naming a minister).
 */
const WHO_VERB = /\bwho(?:['’]s|\s+(?:is|was|are|were|has|have|had|will|would|did|does|do|else))?\s+(?:(?:actually|currently|now|also|really)\s+)?([a-z][\w-]*)/gi;
/** Words after "who" that ask nothing themselves ("who is the…", "who from the government…"). */
const NOT_ASKED = /^(?:the|a|an|from|in|at|of|on|to|for|with|that|this|these|those|it|they|its|their|our|your|is|are|was|were|be|been|being|has|have|had|s)$/i;

/** The keyword terms of the words naming what the question asks (`WHO_VERB`, `askedNouns`). */
function askedWordTerms(question: string): Set<string> {
  const words = [...[...question.matchAll(WHO_VERB)].map((m) => m[1]!), ...askedNouns(question)].filter((w) => !NOT_ASKED.test(w));
  return new Set(words.flatMap((w) => keywordTerms(w)));
}

/** A sentence that opens by pointing back continues the one before it. */
const CONTINUES = /^(?:these|this|they|it|its|their|such|the latter|both)\b/i;
/** A line that only leads in ("is of the opinion that", "resolves:") says nothing without the next. */
const LEADS_IN = /(?:\bthat|:)\s*$/i;
const PERIOD_BONUS = 2;
const LINK_LINE_FACTOR = 0.25;
/** How far after a chosen sentence the date it lacks is looked for. */
const FOLLOWING_LOOKED_AT = 2;

/**
 * Names numbered by one or two digits ("SDG 11", "SG 17", "Q4", "Question 6/2", and Resolutions; an event is written with a hyphen,
 * "WTSA-20", and each sentence on it names it), lower-cased without the space:
 * the question's digits are no search words, but a sentence naming the same numbered thing
 * ("SDG 11: 224") answers it.
 */
function numberedNames(text: string): Set<string> {
  const names = [...text.matchAll(/\b([a-z]{1,6}) ?(\d{1,2})\b(?![.,/-]?\d)/gi)].map((m) => `${m[1]}${m[2]}`);
  // "Resolution 33" as "res33": the line "(Resolution 33 suppressed)" answers "what about Resolution 33?".
  const resolutions = [...text.matchAll(/\bres(?:olution|\.)? ?(\d{1,3})\b(?![.,/-]?\d)/gi)].map((m) => `res${m[1]}`);
  return new Set([...names, ...resolutions, ...numberPairs(text)].map((name) => name.toLowerCase()));
}

/**
 * The months, years, figures (three digits or more: "2600+", "1,281") and Recommendations by
 * number ("P.1301") a text names, lower-cased as matched in sentences.
 */
function periodMarks(text: string): string[] {
  const months = text.match(new RegExp(String.raw`\b${MONTH}\b`, 'gi')) ?? [];
  // "the 2021 RO report": the year names the edition the record comes from, not what a sentence must say.
  const reports = reportYears(text);
  const figures = (text.match(/(?<![\d.-])\d{1,3}(?:,\d{3})+(?!\d)|(?<![\d.-])\d{3,}(?![\d-])/g) ?? [])
    .map((f) => f.replace(/,/g, ''))
    .filter((f) => !reports.includes(f));
  const recommendations = (text.match(RECOMMENDATION_NUMBER) ?? []).map((r) => r.toLowerCase());
  return [...new Set([...figures, ...recommendations, ...months.map((m) => m.slice(0, 3).toLowerCase())])];
}

/**
 * A sentence's search words, less those it denies when the question asks without denying: "WTSA-20
 * considered (but did not adopt) a proposed new Resolution" does not say what WTSA-20 adopted.
 */
function affirmedTerms(sentence: string, questionDenies: boolean): Set<string> {
  const terms = new Set(keywordTerms(sentence));
  if (!questionDenies) for (const term of deniedTerms(sentence)) terms.delete(term);
  return terms;
}

/** Every sentence of `text` with its score for `question`, in document order. */
export function scoreSentences(text: string, question: string): ScoredSentence[] {
  const sentences = splitIntoSentences(text);
  const denialAnswers = denialsAnswer(question);
  const sentenceTerms = sentences.map((s) => affirmedTerms(s, denialAnswers));
  const wanted = [...new Set(keywordTerms(question))].filter((t) => !/^\d+$/.test(t));
  // Within-record specificity: log-scaled inverse of how many sentences hold the word.
  const weight = new Map(
    wanted.map((t) => [t, Math.log(1 + sentences.length / (1 + sentenceTerms.filter((terms) => terms.has(t)).length))]),
  );
  const forms = FORMS.filter((f) => f.asks.test(question));
  const periods = periodMarks(question);
  const numbered = numberedNames(question);
  const counted = countPattern(question);
  const headcount = asksForHeadcount(question);
  const askedTerms = askedWordTerms(question);
  return sentences.map((sentence, position) => {
    const terms = sentenceTerms[position]!;
    let score = wanted.reduce((sum, t) => sum + (terms.has(t) ? weight.get(t)! : 0), 0);
    if (numbered.size > 0 && [...numberedNames(sentence)].some((name) => numbered.has(name))) score += 2 * FORM_BONUS;
    if ([...askedTerms].some((t) => terms.has(t))) score += FORM_BONUS;
    // "Where and when was WTDC-22 held?": each form asked that the sentence answers counts.
    for (const form of forms) {
      const bonus = form.bonus ?? FORM_BONUS;
      // "How many regional offices…": "five regional offices" counts the thing asked, "six BDT regions" another.
      // "How many attended GSR-21?": a number of people ("637 participants"), not of sessions.
      const exact = form === HOW_MANY_FORM ? (headcount ? HEADCOUNT_SENTENCE : (counted ?? form.exact)) : form.exact;
      if ((exact ?? form.wants).test(sentence)) score += bonus;
      else if (form.wants.test(sentence)) score += bonus / 2;
    }
    const lower = sentence.toLowerCase().replace(/(\d)[,\u00a0 ](?=\d{3}\b)/g, '$1');
    if (periods.length && periods.some((p) => lower.includes(p))) score += PERIOD_BONUS * (periods.filter((p) => lower.includes(p)).length / periods.length);
    // A line that is mostly links ("i. https://reg4covid.itu.int/…") names the topic but says nothing.
    const linkChars = (sentence.match(/https?:\/\/\S+/g) ?? []).join('').length;
    if (linkChars > sentence.length / 2) score *= LINK_LINE_FACTOR;
    return { sentence, position, score };
  });
}

/**
 * The best-scoring sentences, best first until the budget is spent, returned in document order
 * (those that do not follow one another joined by "…"); `undefined` when no sentence shares
 * anything with the question.
 */
export function answeringSentences(text: string, question: string, maxChars: number): string | undefined {
  const all = scoreSentences(text, question);
  const exactForms = FORMS.filter((f) => f.exact && f.asks.test(question)).map((f) => f.exact!);
  const answersExactly = (sentence: string): boolean => exactForms.some((exact) => exact.test(sentence));
  const scored = all.filter((s) => s.score > 0);
  if (scored.length === 0) return undefined;
  const chosen: ScoredSentence[] = [];
  let length = 0;
  const take = (candidate: ScoredSentence): void => {
    chosen.push(candidate);
    length += candidate.sentence.length + 1;
  };
  for (const candidate of [...scored].sort((a, b) => b.score - a.score || a.position - b.position)) {
    if (chosen.includes(candidate)) continue;
    if (chosen.length > 0 && (length + candidate.sentence.length > maxChars || candidate.score < chosen[0]!.score / 2)) continue;
    take(candidate);
    // "These sessions attracted 291 participants": a sentence that continues the chosen one comes with it.
    // …and so does one of the next two when it holds the date asked for and the chosen one does
    // not ("…a series of webinars. … The inaugural session was held on 2 September 2021.").
    const completing =
      exactForms.length > 0 && !answersExactly(candidate.sentence)
        ? all.slice(candidate.position + 1, candidate.position + 1 + FOLLOWING_LOOKED_AT).find((s) => answersExactly(s.sentence))
        : undefined;
    const next = completing ?? all[candidate.position + 1];
    if (!next || chosen.includes(next)) continue;
    // The best sentence's continuation comes even if it must be cut: it often holds the fact
    // ("…three webinars were organised. These sessions attracted a combined total of 291 participants, …").
    const fits = length + next.sentence.length <= maxChars || (chosen.length === 1 && !completing);
    if ((completing || CONTINUES.test(next.sentence) || LEADS_IN.test(candidate.sentence)) && fits) take(next);
  }
  // "Where was WTDC-22 held and how many attended?": a question of two forms gets a sentence for
  // each, the second even if it must be cut ("WTDC-22 was attended by 2 152 participants…").
  const asked = FORMS.filter((f) => f.asks.test(question));
  if (asked.length > 1) {
    for (const form of asked) {
      // "WTDC-22" holds digits, not a count: the stronger kind decides where there is one.
      const answers = form.exact ?? form.wants;
      if (chosen.some((c) => answers.test(c.sentence))) continue;
      const answering = scored
        .filter((s) => !chosen.includes(s) && s.score >= chosen[0]!.score / 2 && answers.test(s.sentence))
        .sort((a, b) => b.score - a.score)[0];
      if (answering) take(answering);
    }
  }
  // Sentences that do not follow one another are marked apart, so no one reads them as one passage.
  const ordered = chosen.sort((a, b) => a.position - b.position);
  return ordered.map((c, i) => (i > 0 && c.position > ordered[i - 1]!.position + 1 ? `… ${c.sentence}` : c.sentence)).join(' ');
}

/** The sentences that answer the question within a budget, else the record's opening sentences. */
export function keySentences(text: string, question: string, maxChars: number): string {
  const answering = answeringSentences(text, question, maxChars);
  return answering === undefined ? truncate(splitIntoSentences(text).join(' '), maxChars) : cutToAnswer(answering, question, maxChars);
}

/**
 * Text too long for the budget, cut to the run of words holding most of the question's words
 * (each counted up to twice), the earliest among equals: a long sentence's answer may sit at its
 * end ("Building on the joint presentation … in June 2020 …, the Regional Office worked with the
 * U4SSC Secretariat to present the initiative bilaterally to Brunei Darussalam and Thailand in
 * August 2021.").
 */
function cutToAnswer(text: string, question: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const wanted = new Set(keywordTerms(question));
  // "Aug 2021" asked, "August 2021" written: months and figures count as the question's words.
  const marks = periodMarks(question);
  const held = (word: string): string[] => {
    const lower = word.toLowerCase().replace(/[^\p{L}\d]+$/u, '');
    const mark = marks.find((m) => lower === m || (/^\p{L}{3}$/u.test(m) && lower.startsWith(m)));
    return [...keywordTerms(word).filter((t) => wanted.has(t)), ...(mark ? [`mark:${mark}`] : [])];
  };
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, terms: held(m[0]) }));
  const room = maxChars - 2;
  let best = { from: 0, to: 0, count: -1 };
  for (let from = 0; from < words.length; from++) {
    let to = from;
    while (to + 1 < words.length && words[to + 1]!.end - words[from]!.start <= room) to++;
    // A word held twice counts twice ("January 2021 … August 2021" for "Aug 2021"), no more.
    const times = new Map<string, number>();
    for (const term of words.slice(from, to + 1).flatMap((w) => w.terms)) times.set(term, Math.min(2, (times.get(term) ?? 0) + 1));
    const count = [...times.values()].reduce((sum, n) => sum + n, 0);
    if (count > best.count) best = { from, to, count };
    if (to === words.length - 1) break;
  }
  if (best.from === 0) return truncate(text, maxChars);
  const window = text.slice(words[best.from]!.start, words[best.to]!.end);
  return `… ${window}${best.to < words.length - 1 ? '…' : ''}`;
}

/** Whether the question's form or a period it names points at particular sentences rather than the latest. */
export function asksForParticulars(question: string): boolean {
  return FORMS.some((f) => f.asks.test(question)) || periodMarks(question).length > 0 || numberPairs(question).length > 0;
}
