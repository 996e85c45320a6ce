import type { CorpusIndex } from '../index/corpus-index.js';
import { keywordFields } from '../index/index-text.js';

const mentionCache = new WeakMap<CorpusIndex, Map<string, number[]>>();

/**
 * Records whose text names "Resolution N" (of any body: the reports discuss Plenipotentiary and
 * WTDC resolutions in prose), by position in the index; computed once per number and index.
 */
export function recordsMentioningResolution(index: CorpusIndex, number: string): number[] {
  let cache = mentionCache.get(index);
  if (!cache) {
    cache = new Map();
    mentionCache.set(index, cache);
  }
  let found = cache.get(number);
  if (!found) {
    const pattern = new RegExp(`\\bRes(?:olution|\\.)?\\s*(?:No\\.\\s*)?${number}\\b(?!-\\d)`, 'i');
    found = index.records.flatMap((record, i) => {
      const fields = keywordFields(record);
      return pattern.test(`${fields.title} ${fields.body}`) ? [i] : [];
    });
    cache.set(number, found);
  }
  return found;
}
