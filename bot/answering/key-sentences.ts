/** Cutting text to chat size for answers and citation excerpts. */

/** Cuts text at a word boundary and marks the cut. */
export function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxChars / 2))}…`;
}

/** The most recent part of a chronological status narrative: its last paragraphs. */
export function latestStatus(status: string, maxChars: number): string {
  const paragraphs = status
    .split('\n')
    .map((p) => p.replace(/^[·•\-–\s]+/, '').trim())
    .filter(Boolean);
  const picked: string[] = [];
  let length = 0;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const paragraph = paragraphs[i]!;
    if (picked.length > 0 && length + paragraph.length > maxChars) break;
    picked.unshift(paragraph);
    length += paragraph.length;
  }
  return truncate(picked.join(' '), maxChars);
}
