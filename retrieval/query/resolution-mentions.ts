import type { CorpusRecord } from '../corpus/records.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { keywordFields } from '../index/index-text.js';
import { namesBody } from './grammar/references.js';

const mentionCache = new WeakMap<CorpusIndex, Map<string, number[]>>();

/**
 * A passage under an entry for that Resolution ("188 (Rev. Dubai, 2018) Combating counterfeit…")
 * in a section on the body's Resolutions ("Implementation of Resolutions of the Plenipotentiary
 * Conference"); any body's when none is asked.
 */
function reportsOnResolution(record: CorpusRecord, number: string, body: string | undefined): boolean {
  if (record.kind !== 'passage' || !record.entry?.title.startsWith(`${number} (`)) return false;
  return body === undefined || namesBody(record.headingPath.join(' '), body);
}

/** The passages reporting on Resolution N of the body asked (any body's when none is), by position in the index. */
export function recordsReportingOnResolution(index: CorpusIndex, number: string, body?: string): number[] {
  return recordsMentioningResolution(index, number, body).filter((i) => reportsOnResolution(index.records[i]!, number, body));
}

/**
 * Records whose text names "Resolution N" (of any body: the reports discuss Plenipotentiary and
 * WTDC resolutions in prose), and the passages reporting on Resolution N of the body asked, by
 * position in the index; computed once per number, body and index.
 */
export function recordsMentioningResolution(index: CorpusIndex, number: string, body?: string): number[] {
  let cache = mentionCache.get(index);
  if (!cache) {
    cache = new Map();
    mentionCache.set(index, cache);
  }
  const key = `${body ?? ''} ${number}`;
  let found = cache.get(key);
  if (!found) {
    const pattern = new RegExp(`\\bRes(?:olution|\\.)?\\s*(?:No\\.\\s*)?${number}\\b(?!-\\d)`, 'i');
    found = index.records.flatMap((record, i) => {
      const fields = keywordFields(record);
      return pattern.test(`${fields.title} ${fields.body}`) || reportsOnResolution(record, number, body) ? [i] : [];
    });
    cache.set(key, found);
  }
  return found;
}
