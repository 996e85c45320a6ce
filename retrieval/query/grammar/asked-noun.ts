import lexicon from 'wink-lexicon/src/lexicon.js';

/** A verb's Penn Treebank tag, as wink-lexicon gives it: past, participle ("hosted"), present, modal. */
const VERB_TAG = /^(?:VBD|VBN|VBZ|VBP|MD)$/;
/** How many words after "which" or "what" the asked noun may stand ("which operators and mobile money providers"). */
const PHRASE_WORDS = 5;
/** The phrase after "which" or "what" up to a clause's end, and whether the question ends there. */
const WHICH_OR_WHAT = /\b(?:which|what)\s+([^?!.;:,]*)(\?\s*$|$)?/gi;

const has = (word: string): boolean => Object.prototype.hasOwnProperty.call(lexicon, word);

/** Whether a word reads first as a verb in wink-lexicon ("took", "sits", "leads"; not "items"). */
function readsAsVerb(word: string): boolean {
  const lower = word.toLowerCase();
  const tags = has(lower) ? lexicon[lower] : undefined;
  return Array.isArray(tags) && typeof tags[0] === 'string' && VERB_TAG.test(tags[0]);
}

/**
 * The nouns naming what a "which" or "what" question asks for: the word before the phrase's
 * verb ("which operators and mobile money providers took part…" → "providers", "which
 * Jamaican minister did the office brief?" → "minister"), or its last word when the question ends
 * there ("what kind of calls?" → "calls"). The verb is read from wink-lexicon's tags, so any verb
 * ends the phrase, not only the auxiliaries. A phrase that opens with its verb ("what did…") names
 * nothing.
 */
export function askedNouns(question: string): string[] {
  const nouns: string[] = [];
  for (const [, phrase, end] of question.matchAll(WHICH_OR_WHAT)) {
    const words = phrase!.split(/\s+/).filter(Boolean);
    if (words.length === 0 || readsAsVerb(words[0]!)) continue;
    const verb = words.findIndex((word, i) => i > 0 && i <= PHRASE_WORDS && i < words.length - 1 && readsAsVerb(word));
    if (verb > 0) nouns.push(words[verb - 1]!);
    else if (end !== undefined && words.length <= PHRASE_WORDS) nouns.push(words.at(-1)!);
  }
  return nouns.map((noun) => noun.replace(/[^\p{L}\d-]+/gu, '')).filter(Boolean);
}
