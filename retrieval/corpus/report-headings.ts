import { squeezeSpaces } from './clean-text.js';

/** How a report line opens a section. */
export type ReportHeading =
  | { kind: 'numbered'; depth: number; title: string }
  | { kind: 'annex'; title: string }
  | { kind: 'title'; title: string }
  | { kind: 'entry'; title: string };

/** `4\tAfrica – …`, `1.1.2\tWTSA-20`, `4. \tDigital innovation …` (Word puts spaces before the tab). */
const NUMBERED = /^[ \u00a0]*(\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \u00a0]*\t\s*(\S.{0,198})$/;
const ANNEX = /^[ \u00a0]*((?:Annex|Appendix)\s+[\w.]+)\s*(?:\t|[–—:-])\s*(.*)$/;
const CELL = /^[ \u00a0]*\t/;
const BULLET = /^[·•▪◦\-–*]\s?/;
/**
 * "193 (Busan, 2014) Support and assistance for Iraq to rebuild its telecommunication sector",
 * "Decision 5 (Rev. Dubai, 2018) Revenue and expenses…": a lone table cell naming a conference's
 * Resolution or Decision, above the status text that reports on it (the ITU report's Annex 1),
 * however long its title.
 */
const RESOLUTION_ENTRY = /^(?:Decision )?\d{1,3} \((?:Rev\. )?\p{L}[\p{L} ]*, (?:19|20)\d\d\)(?: \p{Lu}|$)/u;
const RESOLUTION_ENTRY_CHARS = 300;
const MONTHS = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/i;
/** Titles do not end like sentences, nor on a word that needs a continuation. */
const UNFINISHED = /(?:[.;,!?]|\b(?:and|of|for|the|to|in|on|with))$/i;

export function isTableCell(line: string): boolean {
  return CELL.test(line);
}

/** Lines with nothing to read: rules of underscores, image placeholders, stray symbols (a tick or cross is read). */
export function isNoiseLine(line: string): boolean {
  return !/[\p{L}\p{N}√✓✔☑✗✘☒]/u.test(line) || /^\s*(\[image:[^\]]*\]\s*)+$/.test(line);
}

function nextContentLine(lines: string[], from: number): string | undefined {
  for (let j = from + 1; j < lines.length; j++) if (lines[j]!.trim() !== '') return lines[j];
  return undefined;
}

function wordsOf(text: string): string[] {
  return text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
}

/** Short, capitalised, not a sentence, with at least one word that is not a month. */
function readsAsTitle(text: string, maxChars: number): boolean {
  if (text.length < 3 || text.length > maxChars || BULLET.test(text) || /^\d+[.)]\s/.test(text)) return false;
  if (!/^[\p{Lu}\d]/u.test(text) || UNFINISHED.test(text)) return false;
  const words = wordsOf(text);
  return words.length > 0 && words.length <= 40 && words.some((w) => !MONTHS.test(w));
}

/** Titles used three times or more are column labels ("Outcomes", "Progress achieved"), not sections. */
export function repeatedTitles(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const text = squeezeSpaces(line);
    if (text.length > 0 && text.length <= 90) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([text]) => text));
}

/**
 * Whether line `i` opens a section. A plain title must be followed by text that is not another
 * title (a run of short lines is a list or a table), and a table cell is a heading only when it
 * stands alone before body text ("\tREGIONAL INITIATIVES"); a lone cell naming a Resolution is an
 * entry of its section, not a section of its own.
 */
export function findHeading(
  lines: string[],
  i: number,
  context: { inRow: boolean; repeated: Set<string> },
): ReportHeading | undefined {
  const line = lines[i]!;
  const numbered = NUMBERED.exec(line);
  if (numbered && /^\p{Lu}/u.test(numbered[2]!) && !/[.;,]$/.test(numbered[2]!.trim())) {
    return { kind: 'numbered', depth: numbered[1]!.split('.').length, title: squeezeSpaces(numbered[2]!) };
  }
  const annex = ANNEX.exec(line);
  if (annex) return { kind: 'annex', title: squeezeSpaces(`${annex[1]} ${annex[2]}`) };

  if (context.inRow) return undefined;
  const text = squeezeSpaces(line).replace(/:$/, '');
  if (context.repeated.has(squeezeSpaces(line))) return undefined;
  const next = nextContentLine(lines, i);
  if (next === undefined) return undefined;
  const nextText = squeezeSpaces(next);

  if (isTableCell(line)) {
    // A lone cell followed by prose is a banner such as "REGIONAL INITIATIVES"; prose followed by
    // more cells is the rest of a cell written over two lines.
    const continued = lines[i + 1] === next && isTableCell(lines[i + 2] ?? '');
    if (isTableCell(next) || continued) return undefined;
    if (RESOLUTION_ENTRY.test(text)) return readsAsTitle(text, RESOLUTION_ENTRY_CHARS) ? { kind: 'entry', title: text } : undefined;
    return readsAsTitle(text, 90) ? { kind: 'title', title: text } : undefined;
  }
  // "Abstract:", "Expected results:" — a short label before its text.
  if (/:$/.test(squeezeSpaces(line))) {
    return wordsOf(text).length <= 3 && readsAsTitle(text, 40) ? { kind: 'title', title: text } : undefined;
  }
  const beforeBullet = BULLET.test(nextText);
  if (!readsAsTitle(text, beforeBullet ? 300 : 90)) return undefined;
  if (!beforeBullet && (readsAsTitle(nextText.replace(/:$/, ''), 90) || isTableCell(next))) return undefined;
  return { kind: 'title', title: text };
}
