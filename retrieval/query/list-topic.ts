import escapeStringRegexp from 'escape-string-regexp';
import type { ActionItemRecord } from '../corpus/records.js';
import { studyGroupNames, withoutClauseTags } from '../corpus/study-group-mentions.js';
import { keywordFields } from '../index/index-text.js';
import { keywordTerm } from '../index/keyword-index.js';

/**
 * Words that join a list's filter to its topic ("items that involve SG17", "concerning IMT") or
 * are chatter around it ("hey, quick one"), as keyword terms.
 */
const CONNECTORS = new Set(
  [
    'involve', 'concerning', 'concern', 'related', 'relating', 'regarding', 'pertain', 'mention', 'cover', 'deal', 'refer', 'touch',
    'tackle', 'handle', 'linked', 'tied', 'connected', 'plan', 'whose', 'assigned', 'given', 'led', 'tasked', 'allocated', 'entrusted', 'belong', 'own', 'owner',
    'hey', 'hi', 'hello', 'quick', 'question', 'one', 'folks', 'team', 'guys', 'btw', 'again', 'just', 'remind', 'know', 'want', 'like',
    'across', 'whole', 'entire', 'overall', 'throughout', 'either', 'anywhere', 'everything', 'now',
    'but', 'yet', 'though', 'although', 'however', 'total', 'altogether', 'far', 'date', 'currently', 'right', 'stuff', 'progress',
  ]
    .map((w) => keywordTerm(w))
    .filter((t): t is string => t !== null),
);

/** Whether a keyword term only joins a list's filter to its topic, or is chatter ("involve", "hey"). */
export function isConnector(term: string): boolean {
  return CONNECTORS.has(term);
}

const aboutCache = new WeakMap<ActionItemRecord, string>();

const STUDY_GROUP_NAME = /^SG\d{1,2}$/i;

/** What an item is about, lower-cased: its action and its Resolution's title, not the narrative, which mentions everything. */
function aboutText(item: ActionItemRecord): string {
  let text = aboutCache.get(item);
  if (text === undefined) {
    const fields = keywordFields(item);
    text = studyGroupNames(withoutClauseTags(`${fields.title} ${fields.tags}`)).toLowerCase();
    aboutCache.set(item, text);
  }
  return text;
}

/** A question word as a pattern: its start, a plural "s" aside ("workshops" meets "workshop"); a number ends it ("SG2" is not "SG20"). */
function wordPattern(word: string): string {
  const start = escapeStringRegexp(word.toLowerCase().replace(/(?<=\p{L}{3})s$/u, ''));
  return /\d$/.test(word) ? `${start}(?!\\d)` : start;
}

/**
 * A phrase of the question as a pattern, each word as the start of a word: "developing countries"
 * meets "developing countries'", "workshops" meets "workshop", but "accessibility" does not meet
 * "access", which a stemmer would let through.
 */
function phrasePattern(phrase: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])${phrase.map(wordPattern).join('\\p{L}*[\\s-]+')}`, 'u');
}

const isStudyGroup = (phrase: string[]): boolean => phrase.length === 1 && STUDY_GROUP_NAME.test(phrase[0]!);

/** The study groups a question names by number ("SG13", "Study Groups 11 and 17"), as `SG13`. */
export function namedStudyGroups(question: string): string[] {
  return [...new Set(studyGroupNames(question).match(/\bSG\d{1,2}\b/gi)?.map((g) => g.toUpperCase()) ?? [])];
}

/** An acronym as typed ("IMT", "ITU-R", "IoT"): a name, which a question in any language writes alike. */
const ACRONYM = /^[A-Z][A-Za-z0-9-]*[A-Z0-9]$/u;

/**
 * Runs of consecutive topic words in the question ("developing countries"), each study group its
 * own ("SG17"); with `namesOnly`, only acronyms and study groups, the words a question in another
 * language shares with the English reports.
 */
function topicPhrases(question: string, terms: string[], namesOnly: boolean): string[][] {
  const phrases: string[][] = [];
  let run: string[] = [];
  const close = (): void => {
    if (run.length > 0) phrases.push(run);
    run = [];
  };
  const groups = new Set<string>();
  for (const token of studyGroupNames(question).split(/[\s,;:.!?()[\]{}"'“”‘’«»/\\|]+/u)) {
    if (STUDY_GROUP_NAME.test(token)) {
      close();
      groups.add(token.toUpperCase());
    } else if (terms.includes(keywordTerm(token) ?? '') && (!namesOnly || ACRONYM.test(token))) run.push(token);
    else close();
  }
  close();
  // Once study groups are named by number, "study group" alone is one of them, not a topic of its own.
  const generic = (phrase: string[]): boolean => groups.size > 0 && phrase.every((w) => /^(?:study|groups?)$/i.test(w));
  // A bridged question carries a name twice ("IMT … IMT"): once is the topic.
  const distinct = new Map(phrases.filter((p) => !generic(p)).map((p) => [p.join(' ').toLowerCase(), p]));
  return [...[...groups].map((g) => [g]), ...distinct.values()];
}

/**
 * "what's happening with spam? any open items": a phrase no item of the plan is about
 * ("happening") is chatter when another phrase, not a study group, is about some item ("spam");
 * when none is, the topic stays as asked, for the answer to say that no item is about it.
 */
function withoutChatter(phrases: string[][], plan: ActionItemRecord[]): string[][] {
  const known = phrases.filter((phrase) => {
    if (isStudyGroup(phrase)) return false;
    const pattern = phrasePattern(phrase);
    return plan.some((item) => pattern.test(aboutText(item)));
  });
  // A study group is structure, not the topic: "which SG17 items deal with stopping unwanted bulk e-mail?" keeps its description.
  return known.length > 0 ? phrases.filter((phrase) => isStudyGroup(phrase) || known.includes(phrase)) : phrases;
}

/**
 * Narrows a plan-wide list to the items about the question's topic ("which completed items
 * involve SG17?" keeps those whose action or Resolution title names SG17). `topic` holds the
 * question's keyword terms without status or structure words; connectors ("involve",
 * "concerning") are dropped. `namesOnly` keeps only acronyms and study groups as the topic, for a
 * question bridged from another language, whose other carried words are not English. Returns the
 * topic's phrases as typed (none when the question names no topic; several study groups as one,
 * "SG2 or SG3") and the items about all of them, any of the study groups (possibly none).
 * `plan` (the whole plan's items) tells chatter from topic; by default `items`.
 */
export function narrowToTopic(
  items: ActionItemRecord[],
  question: string,
  topic: string[],
  namesOnly = false,
  plan: ActionItemRecord[] = items,
): { phrases: string[]; items: ActionItemRecord[] } {
  const phrases = withoutChatter(topicPhrases(question, topic.filter((t) => !isConnector(t)), namesOnly), plan);
  if (phrases.length === 0) return { phrases: [], items };
  const patterns = phrases.map(phrasePattern);
  // Several study groups are alternatives ("SG2 or SG3", "study groups 11 and 17"); other phrases must all be met.
  const groups = patterns.filter((_, i) => isStudyGroup(phrases[i]!));
  const others = patterns.filter((_, i) => !isStudyGroup(phrases[i]!));
  const about = (item: ActionItemRecord): boolean =>
    (groups.length === 0 || groups.some((pattern) => pattern.test(aboutText(item)))) && others.every((pattern) => pattern.test(aboutText(item)));
  const groupNames = phrases.filter(isStudyGroup).map((p) => p[0]!);
  const otherNames = phrases.filter((p) => !isStudyGroup(p)).map((p) => p.join(' '));
  return { phrases: [...(groupNames.length > 0 ? [groupNames.join(' or ')] : []), ...otherNames], items: items.filter(about) };
}
