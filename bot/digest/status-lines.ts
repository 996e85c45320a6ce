import { truncate } from '../answering/key-sentences.js';
import { inDateOrder } from '../../retrieval/corpus/status-order.js';

/** The status narrative's lines (one per reporting period), bullets and blank lines removed. */
export function statusLines(status: string): string[] {
  return status
    .split('\n')
    .map((line) => line.replace(/^[·•\-–\s]+/, '').replace(/\s+/g, ' ').trim())
    // A cell holding only a mark (√) is table residue, not a status.
    .filter((line) => /[\p{L}\p{N}]/u.test(line));
}

/** The most recent status line (the last in date order, `inDateOrder`), shortened to `maxChars`. */
export function lastStatusLine(status: string, maxChars: number): string {
  const lines = inDateOrder(statusLines(status));
  return lines.length > 0 ? truncate(lines[lines.length - 1]!, maxChars) : '';
}
