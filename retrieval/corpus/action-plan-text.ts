import { headerRole } from './action-plan-columns.js';
import { APPENDIX, ITEM_ID_CELL, RESOLUTION_HEADING, RESOLUTION_START } from './action-plan-patterns.js';
import { cleanLine, squeezeSpaces } from './clean-text.js';
import { cell, type Block, type TableCell } from './document-blocks.js';

/**
 * Word's plain-text export of the action plan, read into blocks. A table cell is a line
 * starting with a tab (spaces before the tab stand for an empty first cell, as in a header
 * whose "Action Item" label is missing or a row without a number, and open a row); a line
 * without a tab continues the cell above; a blank line ends a row. The export loses some row
 * boundaries, which are mended here: a status row (empty first cell and the narrative) ends at
 * the next cell line, and a numbered row cut short by a stray blank line is continued by the
 * row after.
 */

const CELL_LINE = /^ *\t/;

function isStructureLine(plain: string): boolean {
  return RESOLUTION_HEADING.test(plain) || RESOLUTION_START.test(plain) || APPENDIX.test(plain);
}

function cellsOfLine(line: string): TableCell[] {
  const [first, ...rest] = line.split('\t');
  const texts = first!.trim() === '' && /^ +\t/.test(line) ? ['', ...rest] : rest;
  return texts.map((text) => cell(text));
}

const named = (cells: TableCell[]): boolean => cells.some((c) => headerRole(c.text) !== undefined);
const isHeaderRow = (row: TableCell[]): boolean =>
  named(row) && row.every((c, i) => headerRole(c.text) !== undefined || (i === 0 && c.text.trim() === ''));
const hasNumber = (row: TableCell[]): boolean => ITEM_ID_CELL.test(squeezeSpaces(row[0]?.text ?? ''));

/** Builds one Resolution's table from its lines. */
class TableBuilder {
  readonly rows: TableCell[][] = [];
  /** Rows opened by a line with spaces before its tab: item rows without a number, never status rows. */
  private readonly unnumbered = new WeakSet<TableCell[]>();
  private columns = 5;

  private isStatusRow(row: TableCell[]): boolean {
    return row.length >= 2 && row[0]!.text.trim() === '' && !this.unnumbered.has(row);
  }

  addCells(cells: TableCell[], blankBefore: boolean, emptyFirst: boolean): void {
    const last = this.rows[this.rows.length - 1];
    const cutShort =
      last !== undefined && hasNumber(last) && last.length < this.columns && cells[0]!.text.trim() !== '' && !hasNumber(cells);
    const opensRow =
      !last || (blankBefore && !cutShort) || this.isStatusRow(last) || (isHeaderRow(last) && !named(cells)) || emptyFirst;
    if (opensRow) {
      this.rows.push([...cells]);
      if (emptyFirst) this.unnumbered.add(this.rows[this.rows.length - 1]!);
    } else {
      last.push(...cells);
    }
    const current = this.rows[this.rows.length - 1]!;
    if (isHeaderRow(current)) this.columns = current.length;
  }

  continueCell(text: string): void {
    const last = this.rows[this.rows.length - 1]?.at(-1);
    if (last) last.text = last.text ? `${last.text}\n${text}` : text;
  }
}

/** The action plan's text export as paragraphs and one table per Resolution. */
export function actionPlanBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let table: TableBuilder | undefined;
  let inResolution = false;
  let blankBefore = false;
  const closeTable = (): void => {
    if (table && table.rows.length > 0) blocks.push({ kind: 'table', rows: table.rows });
    table = undefined;
  };

  for (const raw of text.split('\n')) {
    const line = cleanLine(raw);
    const plain = squeezeSpaces(line);
    const isCell = CELL_LINE.test(line);
    if (!isCell && isStructureLine(plain)) {
      closeTable();
      inResolution = RESOLUTION_START.test(plain);
      blocks.push({ kind: 'paragraph', text: plain });
      blankBefore = false;
      continue;
    }
    if (plain === '' && !isCell) {
      blankBefore = true;
      continue;
    }
    if (isCell) {
      const cells = cellsOfLine(line);
      const starts = cells.some((c) => headerRole(c.text) !== undefined) || cells.some((c) => ITEM_ID_CELL.test(squeezeSpaces(c.text)));
      if (!table && inResolution && starts) table = new TableBuilder();
      if (table) table.addCells(cells, blankBefore, /^ +\t/.test(line));
      else blocks.push({ kind: inResolution ? 'paragraph' : 'table', ...(inResolution ? { text: plain } : { rows: [[cell(plain)]] }) } as Block);
    } else if (table) {
      table.continueCell(line.trim());
    } else {
      blocks.push({ kind: 'paragraph', text: plain });
    }
    blankBefore = false;
  }
  closeTable();
  return blocks;
}
