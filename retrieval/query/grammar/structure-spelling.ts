import levenshtein from 'damerau-levenshtein';
import lexicon from 'wink-lexicon/src/lexicon.js';

/**
 * The English words that give a question its structure: what it asks for ("items", "which",
 * "participants"), the filter ("completed", "open") and the reference ("resolution"). A typo in
 * one of them ("wich res 73 itmes are completed", "how many partcipants") would lose the list and
 * its filter, or the headcount asked.
 */
const STRUCTURE_WORDS = [
  'item', 'items', 'action', 'actions', 'resolution', 'resolutions', 'which', 'what', 'status', 'open',
  'done', 'completed', 'complete', 'finished', 'pending', 'ongoing', 'milestone', 'milestones', 'still', 'ticked',
  'participants', 'delegates', 'attended', 'attendance',
];
/** Shorter words are too near too many others ("on", "of") to be told apart from a typo. */
const MIN_TYPO_LENGTH = 4;

const known = (word: string): boolean => word in lexicon || STRUCTURE_WORDS.includes(word);

/**
 * The structure word a token is a typo of: one edit away (a letter missing, extra, changed, or two
 * swapped: Damerau–Levenshtein distance 1) from exactly one structure word, and no English word
 * itself (wink-lexicon: "stems" and "none" stay as typed).
 */
function correctedWord(token: string): string | undefined {
  const lower = token.toLowerCase();
  if (lower.length < MIN_TYPO_LENGTH || known(lower)) return undefined;
  // "whats", "thats": chat spellings of a word and its "'s", no typo.
  if (lower.endsWith('s') && known(lower.slice(0, -1))) return undefined;
  const near = STRUCTURE_WORDS.filter((word) => levenshtein(lower, word).steps === 1);
  return near.length === 1 ? near[0] : undefined;
}

/**
 * A question with typos in its structure words corrected ("wich res 73 itmes are completd" →
 * "which res 73 items are completed"); every other word, in any language, as typed. A word
 * written with an apostrophe or a digit ("what's", "44-30") is left alone too.
 */
export function withStructureSpelled(question: string): string {
  // Words of plain Latin letters only: "résolution" and "complète" are French, not typos.
  return question.replace(/(?<![\p{L}\d'’])[a-z]+(?![\p{L}\d'’])/giu, (token) => {
    const word = correctedWord(token);
    if (!word) return token;
    return /^[A-Z]/.test(token) ? word[0]!.toUpperCase() + word.slice(1) : word;
  });
}
