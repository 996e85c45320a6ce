import type { Block, TableCell } from '../document-blocks.js';
import { cell } from '../document-blocks.js';
import { headerColumns, readActionTable } from './pdf-action-table.js';
import type { PdfLine } from './pdf-lines.js';

/** A line this much larger than the body text is a heading. */
const HEADING_SIZE = 1.15;
const GAP = 1.3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Lines of two or more segments in a row as a table; columns are where segments start. */
function gridTable(lines: PdfLine[]): TableCell[][] {
  const starts: number[] = [];
  for (const x of lines.flatMap((l) => l.segments.map((s) => s.x)).sort((a, b) => a - b)) {
    if (starts.length === 0 || x - starts[starts.length - 1]! > 6) starts.push(x);
  }
  return lines.map((line) => {
    const cells = starts.map(() => '');
    for (const segment of line.segments) {
      const column = starts.reduce((found, x, i) => (x <= segment.x + 6 ? i : found), 0);
      cells[column] = cells[column] ? `${cells[column]} ${segment.text}` : segment.text;
    }
    return cells.map((text) => cell(text));
  });
}

/**
 * A PDF's lines as blocks. Headings are lines set larger than the body text (level by size);
 * lines closer than a gap form a paragraph; runs of lines with several separated segments form
 * a table; an action-plan table (its header names three columns or more) is rebuilt from
 * column positions. `notes` says which tables were rebuilt, for the ingest report.
 */
export function pdfBlocks(lines: PdfLine[]): { blocks: Block[]; notes: string[] } {
  const body = median(lines.flatMap((l) => l.segments.map(() => l.size)));
  const pitch = median(lines.slice(1).flatMap((l, i) => (l.page === lines[i]!.page && l.y > lines[i]!.y ? [l.y - lines[i]!.y] : [])).filter((d) => d < body * 3)) || body * 1.2;
  const headingSizes = [...new Set(lines.filter((l) => l.size >= body * HEADING_SIZE).map((l) => Math.round(l.size)))].sort((a, b) => b - a);
  const blocks: Block[] = [];
  let actionTables = 0;
  let gridTables = 0;
  let paragraph: { text: string; last: PdfLine } | undefined;
  const endParagraph = (): void => {
    if (paragraph) blocks.push({ kind: 'paragraph', text: paragraph.text });
    paragraph = undefined;
  };

  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (headerColumns(line)) {
      endParagraph();
      const table = readActionTable(lines, i, pitch);
      blocks.push({ kind: 'table', rows: table.rows });
      actionTables++;
      i = table.end;
      continue;
    }
    if (line.segments.length > 1) {
      endParagraph();
      let end = i;
      while (end < lines.length && lines[end]!.segments.length > 1 && !headerColumns(lines[end]!)) end++;
      blocks.push({ kind: 'table', rows: gridTable(lines.slice(i, end)) });
      gridTables++;
      i = end;
      continue;
    }
    const text = line.segments[0]!.text;
    const previousY = i > 0 && lines[i - 1]!.page === line.page ? lines[i - 1]!.y : -Infinity;
    const level = headingSizes.indexOf(Math.round(line.size)) + 1;
    const last = blocks[blocks.length - 1];
    if (level > 0 && text.length < 200) {
      endParagraph();
      // A heading wrapped over two lines is one heading.
      if (last?.kind === 'heading' && last.level === level && line.y - previousY <= line.size * 1.5) last.text += ` ${text}`;
      else blocks.push({ kind: 'heading', level, text });
    } else if (paragraph && paragraph.last.page === line.page && line.y - paragraph.last.y <= pitch * GAP) {
      paragraph.text += ` ${text}`;
      paragraph.last = line;
    } else {
      endParagraph();
      paragraph = { text, last: line };
    }
    i++;
  }
  endParagraph();
  const notes = [
    ...(actionTables > 0 ? [`${actionTables} action-plan table(s) rebuilt from column positions`] : []),
    ...(gridTables > 0 ? [`${gridTables} table(s) read from aligned text`] : []),
  ];
  return { blocks, notes };
}
