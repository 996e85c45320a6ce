import { inDateOrder } from '../../retrieval/corpus/status-order.js';

/* Cutting text to chat size for answers and citation excerpts. */

/** Cuts text at a word boundary and marks the cut. */
export function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxChars / 2))}…`;
}

/** A row of a table kept in the narrative: its cells joined with " | " by the parser. */
const TABLE_ROW = / \| /;

/** A paragraph whose first bullets (" · ") are table rows, from its first bullet of prose on. */
function withoutLeadingRows(paragraph: string): string {
  const bullets = paragraph.split(' · ');
  while (bullets.length > 1 && TABLE_ROW.test(bullets[0]!)) bullets.shift();
  return bullets.join(' · ');
}

/**
 * The most recent part of a status narrative: its last paragraphs in date order (`inDateOrder`: a
 * narrative kept newest first gives its first), never opening
 * with a bare table row ("D3.2 - SensorThings API | 4/20 | …") cut from its table's header when
 * prose follows it.
 */
export function latestStatus(status: string, maxChars: number): string {
  const paragraphs = inDateOrder(
    status
      .split('\n')
      .map((p) => p.replace(/^[·•\-–\s]+/, '').trim())
      .filter(Boolean),
  );
  const picked: string[] = [];
  let length = 0;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const paragraph = paragraphs[i]!;
    if (picked.length > 0 && length + paragraph.length > maxChars) break;
    picked.unshift(paragraph);
    length += paragraph.length;
  }
  while (picked.length > 1 && TABLE_ROW.test(picked[0]!)) picked.shift();
  if (picked.length > 0) picked[0] = withoutLeadingRows(picked[0]!);
  return truncate(picked.join(' '), maxChars);
}
