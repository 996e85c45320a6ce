import { readReferences } from '../../retrieval/query/grammar/references.js';

/**
 * Reading the references a model writes, with the query grammar's reader underneath: action
 * items in every form a delegate types them ("44-30", "AI44-30", "Res 45 item 3", "item 3 of
 * Resolution 45"), plus what models add: ranges ("44-95 to 44-97", "44-95–44-97"), any dash
 * between the numbers ("44–30", "44 – 30"), and passage ids ("P2").
 */

const DASH = String.raw`[\-\u2010-\u2015\u2212]`;
const ITEM = String.raw`(\d{1,2})\s?${DASH}\s?(\d{2})`;
/** "44-95 to 44-97", "44-95 – 44-97", "44-95 through item 44-97". */
const RANGE = new RegExp(
  String.raw`(?<![\d.\-/])${ITEM}\s*(?:to|through|thru|until|à|a|до|${DASH})\s*(?:(?:action\s+)?items?\s+)?${ITEM}(?![\d\-/])`,
  'giu',
);
/** Any dash between two digits, spaced or not, reads as the grammar's hyphen ("44 – 30"). */
const DIGIT_DASH = new RegExp(String.raw`(\d)\s?${DASH}\s?(?=\d)`, 'gu');
/** Passage ids as the answer prompt numbers them; loose (`p 2`, `P02`) inside a citation. */
const LOOSE_PASSAGE = /(?<![\p{L}\d])P\s?0*(\d{1,3})(?![\p{L}\d])/giu;
const STRICT_PASSAGE = /(?<![\p{L}\d])P0*(\d{1,3})(?![\p{L}\d])/gu;
/** A range longer than this is not a list of items anyone means; only its ends are read. */
const MAX_RANGE_SPAN = 50;
/** The words a citation may carry around its ids: "see also item 44-98", "Res. 44-96". */
const CITATION_WORDS =
  /(?<!\p{L})(?:see|also|cf|of|under|in|de|del|voir|aussi|véase|también|см|action|actions|items?|AI|res|resolutions?|résolutions?|resolución|resoluciones|no|number|and|or|et|ou|y|o|и|или|passages?)(?!\p{L})/giu;

const pad = (n: string): string => n.padStart(2, '0');

function expandRange(fromRes: string, fromItem: string, toRes: string, toItem: string): string[] {
  const first = `${pad(fromRes)}-${fromItem}`;
  const last = `${pad(toRes)}-${toItem}`;
  const span = Number(toItem) - Number(fromItem);
  if (Number(fromRes) !== Number(toRes) || span <= 0 || span > MAX_RANGE_SPAN) return [first, last];
  return Array.from({ length: span + 1 }, (_, i) => `${pad(fromRes)}-${pad(String(Number(fromItem) + i))}`);
}

/**
 * The unit ids a piece of model text names, in order, each once: action items (`44-30`) and
 * passages (`P2`). A range names every item it spans. `loosePassages` also reads `p 2` and
 * `P02`, which only a citation (inside brackets) is trusted to mean.
 */
export function readUnitIds(text: string, options: { loosePassages?: boolean } = {}): string[] {
  const ids: string[] = [];
  const withoutRanges = text.replace(RANGE, (_range, a1: string, a2: string, b1: string, b2: string) => {
    ids.push(...expandRange(a1, a2, b1, b2));
    return ' ';
  });
  const normalized = withoutRanges.replace(DIGIT_DASH, '$1-');
  ids.push(...readReferences(normalized).actionItems);
  const passages = options.loosePassages ? LOOSE_PASSAGE : STRICT_PASSAGE;
  for (const match of normalized.matchAll(passages)) ids.push(`P${Number(match[1])}`);
  return [...new Set(ids)];
}

/**
 * True when bracket or parenthesis content is only a list of references ("item 44-98",
 * "44-97 and 44-30", "Res. 44-96", "P1; P2"), so it can be rewritten as a citation; content
 * with other words in it ("see 44-30 for the dates") is prose.
 */
export function isCitationList(content: string): boolean {
  if (readUnitIds(content, { loosePassages: true }).length === 0) return false;
  const rest = content
    .replace(RANGE, ' ')
    .replace(LOOSE_PASSAGE, ' ')
    .replace(CITATION_WORDS, ' ')
    .replace(/\d+/g, ' ');
  return !/[\p{L}]/u.test(rest);
}
