/**
 * A report issued in editions repeats its sections: "Introduction: ITU Regional Presence" is in
 * the 2021 and the 2025 regional offices reports, each with its own figures. A question naming a
 * year that one edition's title carries ("how many area offices were there in 2021?") is about
 * that edition, so its passage goes before its twin's; a question naming no year is about the
 * newest edition ("how many area offices are there?": nine, in 2025, not eight).
 */

import type { PassageRecord } from '../corpus/records.js';
import type { CorpusIndex } from '../index/corpus-index.js';

/** How far down the ranking twins are looked for: the citations shown and a few more. */
const WINDOW = 10;
/**
 * A twin scoring under this share of the passage it would pass tells of something else under the
 * same heading ("the workshop with WHO in June 2021" is in the 2021 Africa section only).
 */
const TWIN_MIN_SHARE = 0.5;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;

const sectionOf = (record: PassageRecord): string => `${record.headingPath.join(' › ')}\u0000${record.entry?.title ?? ''}`;

/**
 * Reorders `ranked` (best first, `index` into `index.records`) so that, among its first
 * {@link WINDOW} entries, a passage whose document's title carries a year the question names (or,
 * when it names none, the newest edition's) comes before the same section of another edition in
 * the same series that does not, unless it scores under {@link TWIN_MIN_SHARE} of it. Nothing
 * else moves; a question naming both editions' years leaves the order as is.
 */
export function preferNamedEdition<T extends { index: number; score: number }>(index: CorpusIndex, question: string, ranked: T[]): T[] {
  const years = question.match(YEAR);
  const documents = new Map(index.documents.map((d) => [d.file, d]));
  const newest = (file: string): boolean =>
    !index.documents.some((d) => d.series === documents.get(file)?.series && d.edition > documents.get(file)!.edition);
  const preferred = (file: string): boolean => (years ? years.some((year) => documents.get(file)?.title.includes(year) ?? false) : newest(file));
  const result = [...ranked];
  for (let later = 1; later < Math.min(WINDOW, result.length); later++) {
    const twin = index.records[result[later]!.index]!;
    if (twin.kind !== 'passage' || !preferred(twin.document)) continue;
    const series = documents.get(twin.document)?.series;
    const earlier = result.slice(0, later).findIndex((hit) => {
      const record = index.records[hit.index]!;
      return (
        record.kind === 'passage' &&
        record.document !== twin.document &&
        documents.get(record.document)?.series === series &&
        !preferred(record.document) &&
        sectionOf(record) === sectionOf(twin) &&
        result[later]!.score >= TWIN_MIN_SHARE * hit.score
      );
    });
    if (earlier >= 0) result.splice(earlier, 0, ...result.splice(later, 1));
  }
  return result;
}
