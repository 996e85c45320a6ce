import type { CorpusRecord } from '../corpus/records.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { keywordFields } from '../index/index-text.js';
import { namesBody, resolutionBodyAt } from './grammar/references.js';

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
 * Whether a record's text names Resolution N of the body asked: with no body, any mention; with
 * one, a mention naming that body, or, in the reports' prose, one naming none ("the revised
 * Resolution 25 on strengthening the regional presence"). The action plan's own "Resolution 44"
 * and a mention of another body's or the assembly's ("WTSA Resolution 1") are not that body's.
 */
function mentions(record: CorpusRecord, text: string, pattern: RegExp, body: string | undefined): boolean {
  if (body === undefined) return pattern.test(text);
  return [...text.matchAll(new RegExp(pattern.source, 'gi'))].some((m) => {
    const named = resolutionBodyAt(text, m.index, m.index + m[0].length);
    return named === body || (named === undefined && record.kind === 'passage');
  });
}

/**
 * Records whose text names "Resolution N" (see {@link mentions}: the reports discuss
 * Plenipotentiary and WTDC resolutions in prose), and the passages reporting on Resolution N of
 * the body asked, by position in the index; computed once per number, body and index.
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
      return mentions(record, `${fields.title} ${fields.body}`, pattern, body) || reportsOnResolution(record, number, body) ? [i] : [];
    });
    cache.set(key, found);
  }
  return found;
}
