import { squeezeSpaces } from './clean-text.js';
import { displayMark, readMark } from './marks.js';

/**
 * One table row of a report as passage text: its non-empty cells joined by " | ". A mark cell
 * (✓ or ✗, from √, ✔, ☑ or a Wingdings tick or cross) is shown with its column's header, so a
 * results row reads "IPSAS Compliance | 2014: ✓ | … | 2018: ✗" rather than a row of symbols.
 * The header is the table's first row; when it is shorter (Word leaves an empty top-left
 * cell out), it is aligned to the right.
 */
export function renderTableRow(cells: string[], header: string[] | undefined): string {
  const texts = cells.map(squeezeSpaces);
  const hasMarks = texts.some((text) => readMark(text) !== undefined && !/^(yes|no)$/i.test(text));
  if (!hasMarks) return texts.filter((text) => text.length > 0).join(' | ');
  const offset = header ? texts.length - header.length : -1;
  return texts
    .map((text, i) => {
      if (readMark(text) === undefined) return text;
      const label = offset >= 0 ? squeezeSpaces(header![i - offset] ?? '') : '';
      return label && readMark(label) === undefined ? `${label}: ${displayMark(text)}` : displayMark(text);
    })
    .filter((text) => text.length > 0)
    .join(' | ');
}
