/**
 * Word's plain-text export writes a table cell as a line starting with a tab; lines without
 * a tab continue the cell above, and a blank line ends a table row.
 */

/** One row: its cells, each with its continuation lines joined by newlines. */
export interface TableRow {
  cells: string[];
  /** Index of the row's first line in the source (0-based). */
  line: number;
}

export function isCellLine(line: string): boolean {
  return line.startsWith('\t');
}

/** Splits a cell line into its cells (a line may hold several tab-separated cells). */
export function cellsOf(line: string): string[] {
  return line.replace(/^\t/, '').split('\t');
}

/** Appends a continuation line to the last cell of a row. */
export function continueRow(row: TableRow, line: string): void {
  const last = row.cells.length - 1;
  if (last < 0) {
    row.cells.push(line);
    return;
  }
  row.cells[last] = row.cells[last] ? `${row.cells[last]}\n${line}` : line;
}
