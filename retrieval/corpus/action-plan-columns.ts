import { squeezeSpaces } from './clean-text.js';
import type { TableCell } from './document-blocks.js';

/** What a column of an action-plan table holds. */
export type ColumnRole = 'id' | 'action' | 'milestone' | 'goalsMet' | 'completed' | 'status';

const HEADER_NAMES: [RegExp, ColumnRole][] = [
  [/^(?:action\s*items?|items?|no\.?|number)$/i, 'id'],
  [/^actions?$/i, 'action'],
  [/^milestones?$/i, 'milestone'],
  [/^periodic\s+goals?\s+met$/i, 'goalsMet'],
  [/^completed$/i, 'completed'],
  [/^(?:status|progress|status\s+of\s+implementation)$/i, 'status'],
];

/** The WTSA action plan's layout, used for a table whose header row is missing. */
export const DEFAULT_COLUMNS: (ColumnRole | undefined)[] = ['id', 'action', 'milestone', 'goalsMet', 'completed'];

/** The column a header cell names, if it names one. */
export function headerRole(text: string): ColumnRole | undefined {
  const plain = squeezeSpaces(text.replace(/\n/g, ' '));
  return HEADER_NAMES.find(([pattern]) => pattern.test(plain))?.[1];
}

/** Expands merged cells so each column position holds the cell covering it. */
function positions(cells: TableCell[]): { cell: TableCell; column: number }[] {
  let column = 0;
  return cells.map((cell) => {
    const at = { cell, column };
    column += Math.max(1, cell.colSpan);
    return at;
  });
}

/**
 * The column roles when `cells` is a header row (at least three cells name columns, every other
 * cell is empty), else undefined. An empty first header cell is the item-number column, as in
 * tables whose "Action Item" label Word left out.
 */
export function readHeaderRow(cells: TableCell[]): (ColumnRole | undefined)[] | undefined {
  const roles: (ColumnRole | undefined)[] = [];
  let named = 0;
  for (const { cell, column } of positions(cells)) {
    const text = squeezeSpaces(cell.text);
    const role = headerRole(text) ?? (column === 0 && text === '' ? 'id' : undefined);
    if (text !== '' && role === undefined) return undefined;
    if (text !== '') named++;
    roles[column] = role;
  }
  return named >= 3 ? roles : undefined;
}

/** A row read by column: the text under each role, and non-empty cells under no known column. */
export interface RowFields {
  fields: Partial<Record<ColumnRole, string>>;
  unmapped: string[];
}

/** Reads a body row by the table's columns (a merged cell counts for its first column). */
export function rowFields(cells: TableCell[], columns: (ColumnRole | undefined)[]): RowFields {
  const fields: RowFields['fields'] = {};
  const unmapped: string[] = [];
  for (const { cell, column } of positions(cells)) {
    const role = columns[column];
    if (role === undefined) {
      if (cell.text.trim() !== '') unmapped.push(cell.text.trim());
      continue;
    }
    fields[role] = fields[role] ? `${fields[role]}\n${cell.text}` : cell.text;
  }
  return { fields, unmapped };
}
