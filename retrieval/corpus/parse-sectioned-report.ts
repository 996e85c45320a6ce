import { cleanLine, squeezeSpaces } from './clean-text.js';
import type { DocumentInfo, PassageRecord } from './records.js';
import { cellsOf } from './word-table.js';
import { findHeading, isNoiseLine, isTableCell, repeatedTitles } from './report-headings.js';

/** Passages aim for this size; a paragraph longer than the maximum is split at sentences. */
const TARGET_CHARS = 700;
const MAX_CHARS = 1100;
const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

interface Heading {
  level: number;
  title: string;
  numbered: boolean;
}

function splitLongParagraph(paragraph: string): string[] {
  if (paragraph.length <= MAX_CHARS) return [paragraph];
  const parts: string[] = [];
  let current = '';
  for (const { segment } of SENTENCES.segment(paragraph)) {
    if (current && current.length + segment.length > TARGET_CHARS) {
      parts.push(current.trim());
      current = '';
    }
    current += segment;
  }
  if (current.trim()) parts.push(current.trim());
  return parts.flatMap((part) =>
    part.length > MAX_CHARS ? (part.match(new RegExp(`.{1,${MAX_CHARS}}(\\s|$)`, 'g')) ?? [part]) : [part],
  );
}

/** Mostly figures and separators: a table of numbers cut loose from its labels. */
function isMostlyFigures(text: string): boolean {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  return letters < text.replace(/\s/g, '').length * 0.3;
}

/**
 * Parses a sectioned report into passages. Headings come from numbered lines, annexes and
 * short title lines; a passage never straddles two sections and keeps its heading path for
 * citing. Table rows stay whole; a lead-in ending in ":" stays with the list it introduces.
 */
export function parseSectionedReport(text: string, doc: DocumentInfo): PassageRecord[] {
  const lines = text
    .split('\n')
    .map(cleanLine)
    .map((line) => (isNoiseLine(line) ? '' : line));
  const repeated = repeatedTitles(lines);
  const passages: PassageRecord[] = [];
  const path: Heading[] = [];
  let numberedDepth = 0;
  let buffer: string[] = [];
  let row: string[] = [];

  const flush = (carryLeadIn: boolean): void => {
    const carried = carryLeadIn && buffer.length > 1 && /:$/.test(buffer[buffer.length - 1]!) ? buffer.pop()! : undefined;
    const body = buffer.join('\n').trim();
    buffer = carried ? [carried] : [];
    if (body.length < 20 || isMostlyFigures(body)) return;
    passages.push({
      kind: 'passage',
      key: `passage:${doc.file}:${passages.length}`,
      document: doc.file,
      headingPath: path.map((h) => h.title),
      text: body,
    });
  };
  const addParagraph = (paragraph: string): void => {
    for (const part of splitLongParagraph(paragraph)) {
      if (buffer.length > 0 && buffer.join('\n').length + part.length > TARGET_CHARS) flush(true);
      buffer.push(part);
    }
  };
  const endRow = (): void => {
    const cells = row.map(squeezeSpaces).filter((c) => c.length > 0);
    row = [];
    if (cells.length > 0) addParagraph(cells.join(' | '));
  };
  const openHeading = (heading: Heading): void => {
    endRow();
    flush(false);
    // A numbered heading closes every unnumbered title above it.
    while (path.length > 0 && (path[path.length - 1]!.level >= heading.level || (heading.numbered && !path[path.length - 1]!.numbered))) {
      path.pop();
    }
    path.push(heading);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      endRow();
      continue;
    }
    const heading = findHeading(lines, i, { inRow: row.length > 0, repeated });
    if (heading) {
      if (heading.kind === 'numbered') numberedDepth = heading.depth;
      if (heading.kind === 'annex') numberedDepth = 1;
      const level = heading.kind === 'title' ? numberedDepth + 1 : heading.kind === 'annex' ? 1 : heading.depth;
      openHeading({ level, title: heading.title, numbered: heading.kind !== 'title' });
      continue;
    }
    if (isTableCell(line)) {
      row.push(...cellsOf(line.replace(/^[ \u00a0]+/, '')));
    } else if (row.length > 0) {
      // A line without a tab continues the cell above.
      row[row.length - 1] = `${row[row.length - 1]} ${line.trim()}`;
    } else {
      addParagraph(squeezeSpaces(line));
    }
  }
  endRow();
  flush(false);
  return passages;
}
