import { headerRole } from '../action-plan-columns.js';
import { APPENDIX, ITEM_ID_CELL, RESOLUTION_HEADING, RESOLUTION_START } from '../action-plan-patterns.js';
import { cell, type TableCell } from '../document-blocks.js';
import type { PdfLine, Segment } from './pdf-lines.js';

/**
 * An action-plan table rebuilt from where its text stands on the page. Columns are where the
 * header's labels start; a line whose text starts in the action column and runs past the next
 * column is the status narrative (a cell merged across the columns); a new row starts at an
 * item number, or, after a status, at a line with a milestone or a mark of its own (a row
 * without a number). A gap wider than a line, or room left on the line above for the next
 * word, starts a new status paragraph.
 */

const TOLERANCE = 3;
/** A vertical gap above this share of the usual line pitch separates rows or paragraphs. */
const GAP = 1.3;

interface Column {
  x: number;
  label: string;
}

interface RowBuild {
  cells: string[][];
  status: string[];
  lastStatus?: { line: PdfLine; right: number };
}

const isStructure = (text: string): boolean => RESOLUTION_START.test(text) || RESOLUTION_HEADING.test(text) || APPENDIX.test(text);
const lineText = (line: PdfLine): string => line.runs.map((s) => s.text).join(' ');
/** Wrapped lines meet with a space, except after a hyphen or slash ending a word ("TSAG-" + "TD694"). */
const joinWrapped = (before: string, after: string): string => (/[\p{L}\p{N}][-/]$/u.test(before) ? `${before}${after}` : `${before} ${after}`);

/** The columns when `line` is an action-plan header (three labels or more), else undefined. */
export function headerColumns(line: PdfLine): Column[] | undefined {
  const named = line.runs.filter((s) => headerRole(s.text) !== undefined);
  if (named.length < 3 || named.length !== line.runs.length) return undefined;
  return line.runs.map((s) => ({ x: s.x, label: s.text }));
}

function columnOf(columns: Column[], segment: Segment): number {
  let found = 0;
  columns.forEach((column, i) => {
    if (column.x <= segment.x + TOLERANCE) found = i;
  });
  return found;
}

/**
 * Whether the line above ended with room for this line's first word: then it ended a paragraph
 * rather than wrapped. The word's width is estimated from its share of the line, so the room
 * must be clearly larger.
 */
function firstWordFits(previousRight: number, segment: Segment, right: number, size: number): boolean {
  const word = segment.text.split(' ')[0] ?? '';
  const wordWidth = ((segment.right - segment.x) * (word.length + 1)) / Math.max(1, segment.text.length);
  return previousRight + wordWidth * 1.5 + size < right;
}

/**
 * Reads the table whose header is `lines[start]`; returns its rows (header first, in the
 * header's column order) and the index of the first line after it.
 */
export function readActionTable(lines: PdfLine[], start: number, pitch: number): { rows: TableCell[][]; end: number } {
  const columns = headerColumns(lines[start]!)!;
  if (headerRole(columns[0]!.label) !== 'id') columns.unshift({ x: -Infinity, label: '' });
  const actionColumn = columns.findIndex((c) => headerRole(c.label) === 'action');
  // The table ends at the next Resolution heading set at the margin (a status line inside the
  // table may well start with "Resolution 70 – …").
  const inside = columns[actionColumn]!.x - TOLERANCE;
  let end = start + 1;
  while (end < lines.length && !(isStructure(lineText(lines[end]!)) && lines[end]!.runs[0]!.x < inside)) end++;
  const right = Math.max(...lines.slice(start, end).flatMap((l) => l.runs.map((s) => s.right)));

  const rows: RowBuild[] = [];
  let inStatus = false;
  let previous = lines[start]!;
  for (const line of lines.slice(start + 1, end)) {
    if (headerColumns(line)) {
      previous = line;
      continue;
    }
    const gap = line.page === previous.page ? line.y - previous.y : 0;
    const placed = line.runs.map((segment) => ({ segment, column: columnOf(columns, segment) }));
    const spans = placed.some(({ segment, column }) => column >= actionColumn && segment.right > (columns[column + 1]?.x ?? Infinity) + TOLERANCE);
    const numbered = placed.some(({ segment, column }) => column === 0 && ITEM_ID_CELL.test(segment.text));
    const ownCells = placed.some(({ column }) => column > actionColumn);
    let row = rows[rows.length - 1];
    if (!row || numbered || (inStatus && ownCells && !spans)) {
      row = { cells: columns.map(() => []), status: [] };
      rows.push(row);
      inStatus = false;
    } else if (!inStatus && (spans || (!ownCells && gap > pitch * GAP))) {
      inStatus = true;
    }
    if (inStatus) {
      const segment = line.runs[0]!;
      const text = lineText(line);
      const last = row.lastStatus;
      const newParagraph =
        !last || (last.line.page === line.page && gap > pitch * GAP) || firstWordFits(last.right, segment, right, line.size);
      if (newParagraph) row.status.push(text);
      else row.status[row.status.length - 1] = joinWrapped(row.status[row.status.length - 1]!, text);
      row.lastStatus = { line, right: Math.max(...line.runs.map((s) => s.right)) };
    } else {
      for (const { segment, column } of placed) row.cells[column]!.push(segment.text);
    }
    previous = line;
  }
  const body = rows.flatMap(({ cells, status }) => {
    const item = cells.map((lines) => cell(lines.reduce((text, line) => (text ? joinWrapped(text, line) : line), '')));
    return status.length > 0 ? [item, [cell(''), cell(status.join('\n'), columns.length - 1)]] : [item];
  });
  return { rows: [columns.map((c) => cell(c.label)), ...body], end };
}
