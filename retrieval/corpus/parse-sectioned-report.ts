import { cleanLine, squeezeSpaces } from './clean-text.js';
import { readMark } from './marks.js';
import { PassageBuilder } from './passage-builder.js';
import type { DocumentInfo, PassageRecord } from './records.js';
import { renderTableRow } from './report-table-row.js';
import { cellsOf } from './word-table.js';
import { findHeading, isNoiseLine, isTableCell, repeatedTitles } from './report-headings.js';

/**
 * Parses a report's plain-text export into passages. Headings come from numbered lines,
 * annexes and short title lines; table rows stay whole, their marks shown with their column.
 */
export function parseSectionedReport(text: string, doc: DocumentInfo): PassageRecord[] {
  const lines = text
    .split('\n')
    .map(cleanLine)
    .map((line) => (isNoiseLine(line) ? '' : line));
  const repeated = repeatedTitles(lines);
  const builder = new PassageBuilder(doc);
  let numberedDepth = 0;
  let row: string[] = [];
  /** The rows of the table being read; its first row labels the columns. */
  let table: string[][] = [];

  const endRow = (): void => {
    const cells = row;
    row = [];
    if (cells.every((c) => squeezeSpaces(c) === '')) return;
    table.push(cells);
    builder.addParagraph(renderTableRow(cells, table.length > 1 ? table[0] : undefined));
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      endRow();
      continue;
    }
    const heading = findHeading(lines, i, { inRow: row.length > 0, repeated });
    if (heading?.kind === 'entry') {
      endRow();
      table = [];
      builder.openEntry(heading.title);
      continue;
    }
    if (heading) {
      if (heading.kind === 'numbered') numberedDepth = heading.depth;
      if (heading.kind === 'annex') numberedDepth = 1;
      const level = heading.kind === 'title' ? numberedDepth + 1 : heading.kind === 'annex' ? 1 : heading.depth;
      endRow();
      table = [];
      builder.openHeading({ level, title: heading.title, numbered: heading.kind !== 'title' });
      continue;
    }
    if (isTableCell(line)) {
      row.push(...cellsOf(line.replace(/^[ \u00a0]+/, '')));
    } else if (row.length > 0 && readMark(row[row.length - 1]!) === undefined) {
      // A line without a tab continues the cell above (a mark is never continued by prose).
      row[row.length - 1] = `${row[row.length - 1]} ${line.trim()}`;
    } else {
      endRow();
      table = [];
      builder.addParagraph(squeezeSpaces(line));
    }
  }
  endRow();
  return builder.finish();
}
