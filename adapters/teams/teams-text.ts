/** Plain-text helpers for what Teams displays. */

/** Teams reads bot text as Markdown with inline HTML; escaping keeps `<…>` in sources literal. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Cuts `text` to at most `max` characters at the last whitespace, so no word or `[n]` marker
 * is split, and ends it with `…`. Text that fits is returned unchanged.
 */
export function shortenAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.search(/\s\S*$/);
  return `${(space > 0 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
