import type { ActionItemRecord } from '../corpus/records.js';
import { keywordFields } from '../index/index-text.js';
import { keywordTerm } from '../index/keyword-index.js';

/**
 * Words that join a list's filter to its topic ("items that involve SG17", "concerning IMT") or
 * are chatter around it ("hey, quick one"), as keyword terms.
 */
const CONNECTORS = new Set(
  [
    'involve', 'concerning', 'related', 'relating', 'regarding', 'mention', 'cover', 'deal', 'refer', 'touch', 'plan',
    'hey', 'hi', 'hello', 'quick', 'question', 'one', 'folks', 'team', 'guys', 'btw', 'again', 'just', 'remind', 'know', 'want', 'like',
    'across', 'whole', 'entire', 'overall', 'throughout', 'either', 'anywhere', 'everything', 'now',
  ]
    .map((w) => keywordTerm(w))
    .filter((t): t is string => t !== null),
);

const aboutCache = new WeakMap<ActionItemRecord, string>();

/** What an item is about, lower-cased: its action and its Resolution's title, not the narrative, which mentions everything. */
function aboutText(item: ActionItemRecord): string {
  let text = aboutCache.get(item);
  if (text === undefined) {
    const fields = keywordFields(item);
    text = `${fields.title} ${fields.tags}`.toLowerCase();
    aboutCache.set(item, text);
  }
  return text;
}

/** A question word as a pattern: its start, a plural "s" aside ("workshops" meets "workshop"). */
function wordPattern(word: string): string {
  return word.toLowerCase().replace(/(?<=\p{L}{3})s$/u, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A phrase of the question as a pattern, each word as the start of a word: "developing countries"
 * meets "developing countries'", "workshops" meets "workshop", but "accessibility" does not meet
 * "access", which a stemmer would let through.
 */
function phrasePattern(phrase: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])${phrase.map(wordPattern).join('\\p{L}*[\\s-]+')}`, 'u');
}

/** Runs of consecutive topic words in the question ("developing countries", "SG17"). */
function topicPhrases(question: string, terms: string[]): string[][] {
  const phrases: string[][] = [];
  let run: string[] = [];
  for (const token of question.split(/[\s,;:.!?()[\]{}"'“”‘’«»/\\|]+/u)) {
    if (terms.includes(keywordTerm(token) ?? '')) run.push(token);
    else if (run.length > 0) {
      phrases.push(run);
      run = [];
    }
  }
  return run.length > 0 ? [...phrases, run] : phrases;
}

/**
 * Narrows a plan-wide list to the items about the question's topic ("which completed items
 * involve SG17?" keeps those whose action or Resolution title names SG17). `topic` holds the
 * question's keyword terms without status or structure words; connectors ("involve",
 * "concerning") are dropped. Returns the topic's phrases as typed (none when the question names
 * no topic) and the items about all of them (possibly none).
 */
export function narrowToTopic(items: ActionItemRecord[], question: string, topic: string[]): { phrases: string[]; items: ActionItemRecord[] } {
  const phrases = topicPhrases(question, topic.filter((t) => !CONNECTORS.has(t)));
  if (phrases.length === 0) return { phrases: [], items };
  const patterns = phrases.map(phrasePattern);
  return { phrases: phrases.map((p) => p.join(' ')), items: items.filter((item) => patterns.every((pattern) => pattern.test(aboutText(item)))) };
}
