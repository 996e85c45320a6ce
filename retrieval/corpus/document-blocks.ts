/**
 * A document as every loader delivers it, whatever the file type: headings, paragraphs and
 * tables of cells. Parsers read this, not the file, so a Word file, a PDF and a text export
 * of one report yield the same records.
 */

/** One table cell; `colSpan` > 1 for a cell merged across columns (a status narrative). */
export interface TableCell {
  text: string;
  colSpan: number;
}

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; rows: TableCell[][] };

/** A cell spanning one column. */
export function cell(text: string, colSpan = 1): TableCell {
  return { text, colSpan };
}

/** The text of a paragraph or heading block; undefined for a table. */
export function blockText(block: Block): string | undefined {
  return block.kind === 'table' ? undefined : block.text;
}
