import type { ResolutionRecord } from '../corpus/records.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { termRarity } from './corpus-vocabulary.js';

interface TitleTerms {
  number: string;
  /** The title's keyword terms, each with its rarity. */
  terms: Map<string, number>;
  weight: number;
}

interface ResolutionTitles {
  titles: TitleTerms[];
  /** A term's rarity in the corpus (log inverse record frequency): "Bureau" is in one title but in every other status text. */
  rarity: (term: string) => number;
}

const titleCache = new WeakMap<CorpusIndex, ResolutionTitles>();

/** Every WTSA Resolution's title as weighted terms, computed once per loaded index. */
function resolutionTitles(index: CorpusIndex): ResolutionTitles {
  let cached = titleCache.get(index);
  if (!cached) {
    const rarity = termRarity(index);
    const titles = index.records
      .filter((r): r is ResolutionRecord => r.kind === 'resolution' && /^\d+$/.test(r.number))
      .map((r) => {
        const terms = new Map(index.keywords.terms(r.title).map((t) => [t, rarity(t)]));
        return { number: r.number, terms, weight: [...terms.values()].reduce((a, b) => a + b, 0) };
      });
    cached = { titles, rarity };
    titleCache.set(index, cached);
  }
  return cached;
}

/** Shortest term that counts as the start of a title word ("interop" for "interoperability"). */
const PREFIX_CHARS = 5;
/**
 * A title is named when the question carries half of its weight ("the Technology Watch
 * resolution") or the title carries most of the question's topic ("items about e-waste"), and it
 * leads the next title clearly.
 */
const MIN_TITLE_COVERAGE = 0.5;
const MIN_TOPIC_COVERAGE = 0.6;
const MIN_LEAD = 1.5;

/** The shorter term must be most of the longer: "interop" is "interoper…", "counter" is not "counterfeit". */
const PREFIX_SHARE = 0.7;

function near(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= PREFIX_CHARS && short.length >= PREFIX_SHARE * long.length && long.startsWith(short);
}

/**
 * The WTSA Resolution a question names by its title instead of its number ("the Technology Watch
 * resolution", "on countering and combating spam", "open items about e-waste"). `terms` are the
 * question's keyword terms (English, or the English bridge's), `topic` those that are neither
 * status nor structure words ("open" is both a filter and a word of "Open source"). Undefined
 * when no title stands out.
 */
export function resolutionNamedByTitle(index: CorpusIndex, terms: string[], topic: string[]): string | undefined {
  const { titles, rarity } = resolutionTitles(index);
  const asked = [...new Set(terms)];
  const topicWeight = topic.reduce((sum, t) => sum + rarity(t), 0);
  const scored = titles
    .map((title) => {
      const carried = [...title.terms].filter(([t]) => asked.some((a) => near(a, t))).reduce((sum, [, w]) => sum + w, 0);
      const topicCarried = topic.filter((a) => [...title.terms.keys()].some((t) => near(a, t))).reduce((sum, t) => sum + rarity(t), 0);
      const named = carried >= MIN_TITLE_COVERAGE * title.weight || (topicWeight > 0 && topicCarried >= MIN_TOPIC_COVERAGE * topicWeight);
      return { number: title.number, carried, named };
    })
    .sort((a, b) => b.carried - a.carried);
  const [best, next] = scored;
  if (!best || best.carried === 0 || !best.named) return undefined;
  return !next || best.carried >= MIN_LEAD * next.carried ? best.number : undefined;
}
