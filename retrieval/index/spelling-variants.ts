import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * British spellings and their American forms ("organised" → "organized", "centre" → "center",
 * "programme" → "program"), 1,738 word forms from `american-british-english-translator`'s data.
 * The reports mix both ("programme" and "organize"), and so do delegates.
 */
const BRITISH_TO_AMERICAN = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('american-british-english-translator/data/british_spellings.json'), 'utf8'),
) as Record<string, string>;

/**
 * One spelling for a word whichever side of the Atlantic wrote it: the American form of a
 * British spelling, any other word unchanged.
 *
 * @param word lower-cased word
 */
export function americanSpelling(word: string): string {
  return Object.hasOwn(BRITISH_TO_AMERICAN, word) ? BRITISH_TO_AMERICAN[word]! : word;
}
