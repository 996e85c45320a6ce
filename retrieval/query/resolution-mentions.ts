import type { CorpusRecord } from '../corpus/records.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { keywordFields } from '../index/index-text.js';
import { withoutAccents } from '../index/keyword-index.js';
import { namesAssembly, namesBody, resolutionBodyAt } from './grammar/references.js';

const mentionCache = new WeakMap<CorpusIndex, Map<string, number[]>>();
const venueCache = new WeakMap<CorpusIndex, Map<string, string>>();

/** The records `find` picks, computed once per key and index. */
function cached(index: CorpusIndex, key: string, find: () => number[]): number[] {
  let cache = mentionCache.get(index);
  if (!cache) {
    cache = new Map();
    mentionCache.set(index, cache);
  }
  let found = cache.get(key);
  if (!found) {
    found = find();
    cache.set(key, found);
  }
  return found;
}

const ANY_RESOLUTION = /\bRes(?:olution|\.)?\s*(?:No\.\s*)?\d+\b(?!-\d)/gi;
/** "(Rev. Busan, 2014)", "(Rev., Busan, 2014)", "(Hammamet, 2016)": where and when a Resolution was last revised. */
const VENUE = /^\s*\((?:Rev\.?,?\s*)?(\p{Lu}[\p{L}' -]{2,30}?),?\s+((?:19|20)\d{2})\)/u;

function venueAt(text: string, end: number): string | undefined {
  const m = text.slice(end, end + 50).match(VENUE);
  return m ? `${withoutAccents(m[1]!).toLowerCase()} ${m[2]}` : undefined;
}

/**
 * The conference each venue stands for, learnt from the reports' own mentions that name both
 * ("Resolution 177 (Rev. Busan, 2014) of the Plenipotentiary Conference"), so that a mention
 * naming the venue only ("fully implement Resolution 146 (Rev. Busan, 2014)") is that body's too.
 * A venue the reports give to two bodies is left out. Computed once per index.
 */
function venueBodies(index: CorpusIndex): Map<string, string> {
  let venues = venueCache.get(index);
  if (venues) return venues;
  const seen = new Map<string, Set<string>>();
  for (const record of index.records) {
    const fields = keywordFields(record);
    const text = `${fields.title} ${fields.body}`;
    for (const m of text.matchAll(ANY_RESOLUTION)) {
      const end = m.index + m[0].length;
      const venue = venueAt(text, end);
      const body = venue && resolutionBodyAt(text, m.index, end);
      if (venue && body) seen.set(venue, (seen.get(venue) ?? new Set()).add(body));
    }
  }
  venues = new Map([...seen].flatMap(([venue, bodies]) => (bodies.size === 1 ? [[venue, [...bodies][0]!] as const] : [])));
  venueCache.set(index, venues);
  return venues;
}

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
function mentions(record: CorpusRecord, text: string, pattern: RegExp, body: string | undefined, venues: Map<string, string>): boolean {
  if (body === undefined) return pattern.test(text);
  return mentionBodies(text, pattern, venues).some((named) => named === body || (named === undefined && record.kind === 'passage'));
}

/** "Resolution N" as the reports write it ("Res. 44", "Resolution No. 44"), not an item ("44-30"). */
function resolutionPattern(number: string): RegExp {
  return new RegExp(`\\bRes(?:olution|\\.)?\\s*(?:No\\.\\s*)?${number}\\b(?!-\\d)`, 'i');
}

/** The body each mention of the pattern in a text names, by its words or its venue; undefined where it names none. */
function mentionBodies(text: string, pattern: RegExp, venues: Map<string, string>): (string | undefined)[] {
  return [...text.matchAll(new RegExp(pattern.source, 'gi'))].map((m) => {
    const end = m.index + m[0].length;
    const venue = venueAt(text, end);
    return resolutionBodyAt(text, m.index, end) ?? (venue ? venues.get(venue) : undefined);
  });
}

/**
 * Records whose text names "Resolution N" (see {@link mentions}: the reports discuss
 * Plenipotentiary and WTDC resolutions in prose), and the passages reporting on Resolution N of
 * the body asked, by position in the index; computed once per number, body and index.
 */
export function recordsMentioningResolution(index: CorpusIndex, number: string, body?: string): number[] {
  return cached(index, `${body ?? ''} ${number}`, () => {
    const pattern = resolutionPattern(number);
    const venues = venueBodies(index);
    return index.records.flatMap((record, i) => {
      const fields = keywordFields(record);
      return mentions(record, `${fields.title} ${fields.body}`, pattern, body, venues) || reportsOnResolution(record, number, body) ? [i] : [];
    });
  });
}

/**
 * The passages on the assembly's own Resolution N: a mention the text gives to WTSA ("WTSA
 * Resolution 1"), or one it gives to no body under a heading that names the assembly ("New
 * WTSA-20 Resolutions › Resolution 99, Consideration of organizational reform…"); by position in
 * the index, computed once per number and index. An ITU-T delegate's bare "Resolution 99" means
 * this one, not the Plenipotentiary Resolution 99 the report's annex also covers.
 */
export function recordsOnAssemblyResolution(index: CorpusIndex, number: string): number[] {
  return cached(index, `assembly ${number}`, () => {
    const pattern = resolutionPattern(number);
    const venues = venueBodies(index);
    return index.records.flatMap((record, i) => {
      if (record.kind !== 'passage') return [];
      const underAssembly = namesAssembly(record.headingPath.join(' '));
      return mentionBodies(keywordFields(record).body, pattern, venues).some((named) => named === 'WTSA' || (named === undefined && underAssembly)) ? [i] : [];
    });
  });
}
