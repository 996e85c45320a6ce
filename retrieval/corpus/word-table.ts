/**
 * Word's plain-text export writes a table cell as a line starting with a tab; lines without
 * a tab continue the cell above, and a blank line ends a table row.
 */

/** Splits a cell line into its cells (a line may hold several tab-separated cells). */
export function cellsOf(line: string): string[] {
  return line.replace(/^\t/, '').split('\t');
}
