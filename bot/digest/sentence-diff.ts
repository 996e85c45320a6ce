import { diffArrays, diffWords } from 'diff';

/**
 * What changed between two versions of a text, at the level a reader notices: sentences added
 * or removed, and sentences edited in place with the figures that changed in them. jsdiff does
 * the diffing (sentences as array items, then words within a sentence pair).
 */

/** A figure that changed in an edited sentence, with the words it counts: `eight area offices` → `nine area offices`. */
export interface FigureChange {
  from: string;
  to: string;
}

/** A sentence edited in place. */
export interface SentenceEdit {
  before: string;
  after: string;
  /** Empty when only wording changed. */
  figures: FigureChange[];
}

export interface TextChanges {
  added: string[];
  removed: string[];
  edits: SentenceEdit[];
}

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });
/**
 * ICU ends a sentence after any full stop before a capital; the reports' abbreviations
 * ("Rev. Dubai", "St. Petersburg", "Mr. Kucheryavy") and list numbers ("1.") do not end one.
 */
const ABBREVIATION_END = /(?:\b(?:Rev|St|Mr|Mrs|Ms|Dr|No|Nos|Vol|Art|para|paras|cf|vs|approx|[A-Z])\.|^\d{1,2}\.)$/;
/** Pairs of sentences sharing at least this share of their words are one sentence edited. */
const SAME_SENTENCE = 0.5;
/** Words of context kept after a figure, so it says what it counts. */
const FIGURE_CONTEXT_WORDS = 2;
const NUMBER_WORDS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth';
const FIGURE = new RegExp(`\\d|\\b(?:${NUMBER_WORDS})\\b`, 'i');
/** A number after one of these words points somewhere ("section 2 below"); it counts nothing. */
const REFERENCE_BEFORE = /\b(?:section|sections|clause|clauses|paragraph|annex|appendix|table|figure|item|resolution|recommendation|question|chapter|part|page)\s*$/i;

/** The sentences of each paragraph, in order. */
export function sentencesOf(paragraphs: string[]): string[] {
  const sentences: string[] = [];
  for (const paragraph of paragraphs) {
    let pending = '';
    for (const { segment } of SEGMENTER.segment(paragraph)) {
      pending += segment;
      if (!ABBREVIATION_END.test(pending.trimEnd())) {
        sentences.push(pending.trim());
        pending = '';
      }
    }
    if (pending.trim()) sentences.push(pending.trim());
  }
  return sentences.filter((s) => /[\p{L}\p{N}]/u.test(s));
}

const wordsOf = (sentence: string): string[] => sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Words two sentences share, counting repeats: an upper bound of what a word diff keeps in common. */
function sharedWords(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return shared;
}

/**
 * Share of words two sentences have in common, in order (by jsdiff's word diff), 0 to 1. Pairs
 * that cannot reach `SAME_SENTENCE` are ruled out by counting shared words first: a rewritten
 * section pairs every removed sentence with every added one.
 */
function similarity(a: string, b: string): number {
  const longest = Math.max(wordsOf(a).length, wordsOf(b).length, 1);
  if (sharedWords(wordsOf(a), wordsOf(b)) / longest < SAME_SENTENCE) return 0;
  const common = diffWords(a, b, { ignoreCase: true })
    .filter((part) => !part.added && !part.removed)
    .reduce((sum, part) => sum + wordsOf(part.value).length, 0);
  return common / longest;
}

/** Up to `count` words at the start (or end) of `text`, not reaching past punctuation that ends a phrase. */
function phraseWords(text: string, count: number, from: 'start' | 'end'): string {
  const phrase = from === 'start' ? /^[^,;:.()]*/.exec(text)![0] : /[^,;:.()]*$/.exec(text)![0];
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  return (from === 'start' ? words.slice(0, count) : words.slice(-count)).join(' ');
}

/**
 * The figures that changed between two versions of a sentence, each with the words it
 * counts (`eight area offices`, else the words before it: `Bucharest, 2022`). Case-only
 * changes are not changes; a changed cross-reference ("section 1" → "section 2") is no figure.
 */
export function changedFigures(before: string, after: string): FigureChange[] {
  const parts = diffWords(before, after, { ignoreCase: true });
  const figures: FigureChange[] = [];
  let beforeSoFar = '';
  let afterSoFar = '';
  let i = 0;
  while (i < parts.length) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      beforeSoFar += part.value;
      afterSoFar += part.value;
      i++;
      continue;
    }
    let removed = '';
    let added = '';
    for (; i < parts.length && (parts[i]!.added || parts[i]!.removed); i++) {
      if (parts[i]!.removed) removed += parts[i]!.value;
      else added += parts[i]!.value;
    }
    if (FIGURE.test(removed) && FIGURE.test(added) && !REFERENCE_BEFORE.test(beforeSoFar)) {
      const following = phraseWords(parts[i]?.value ?? '', FIGURE_CONTEXT_WORDS, 'start');
      figures.push(
        following
          ? { from: `${removed.trim()} ${following}`, to: `${added.trim()} ${following}` }
          : {
              from: `${phraseWords(beforeSoFar, FIGURE_CONTEXT_WORDS, 'end')} ${removed.trim()}`.trim(),
              to: `${phraseWords(afterSoFar, FIGURE_CONTEXT_WORDS, 'end')} ${added.trim()}`.trim(),
            },
      );
    }
    beforeSoFar += removed;
    afterSoFar += added;
  }
  return figures;
}

/**
 * Pairs removed with added sentences that are the same sentence edited (the most similar
 * pairs first), leaving the others as added or removed.
 */
function pairEdits(removed: string[], added: string[]): TextChanges {
  const candidates = removed
    .flatMap((before, r) => added.map((after, a) => ({ r, a, score: similarity(before, after) })))
    .filter((c) => c.score >= SAME_SENTENCE)
    .sort((x, y) => y.score - x.score || x.a - y.a);
  const pairedRemoved = new Set<number>();
  const pairedAdded = new Map<number, number>();
  for (const { r, a } of candidates) {
    if (pairedRemoved.has(r) || pairedAdded.has(a)) continue;
    pairedRemoved.add(r);
    pairedAdded.set(a, r);
  }
  const edits = [...pairedAdded.entries()]
    .sort(([a1], [a2]) => a1 - a2)
    .map(([a, r]) => ({ before: removed[r]!, after: added[a]!, figures: changedFigures(removed[r]!, added[a]!) }));
  return {
    added: added.filter((_, a) => !pairedAdded.has(a)),
    removed: removed.filter((_, r) => !pairedRemoved.has(r)),
    edits,
  };
}

const comparable = (sentence: string): string => wordsOf(sentence).join(' ');

/** Whether two texts say the same words: case, spacing and punctuation alone change nothing a reader needs. */
export const sameWording = (a: string, b: string): boolean => comparable(a) === comparable(b);

/** Sentences added, removed and edited from `before` to `after` (each a list of paragraphs). */
export function compareTexts(before: string[], after: string[]): TextChanges {
  const parts = diffArrays(sentencesOf(before), sentencesOf(after), { comparator: sameWording });
  const removed = parts.filter((p) => p.removed).flatMap((p) => p.value);
  const added = parts.filter((p) => p.added).flatMap((p) => p.value);
  return pairEdits(removed, added);
}
