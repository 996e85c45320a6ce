import { truncate } from '../answering/key-sentences.js';

/** The status narrative's lines (one per reporting period), bullets and blank lines removed. */
export function statusLines(status: string): string[] {
  return status
    .split('\n')
    .map((line) => line.replace(/^[·•\-–\s]+/, '').replace(/\s+/g, ' ').trim())
    // A cell holding only a mark (√) is table residue, not a status.
    .filter((line) => /[\p{L}\p{N}]/u.test(line));
}

/** The most recent status line (the narrative is chronological), shortened to `maxChars`. */
export function lastStatusLine(status: string, maxChars: number): string {
  const lines = statusLines(status);
  return lines.length > 0 ? truncate(lines[lines.length - 1]!, maxChars) : '';
}
