/**
 * Tick and cross marks as the reports write them. Word puts symbol-font marks in the Unicode
 * private-use area: a Wingdings tick is U+F0FC, a cross U+F0FB, a ticked box U+F0FE and a
 * crossed box U+F0FD; mammoth turns them into the ornamental ballot marks U+1F5F4–U+1F5F9.
 * They are read as marks everywhere and shown to users as ✓ and ✗.
 */
const SYMBOL_FONT_MARKS: Record<string, string> = {
  '\uf0fc': '✓',
  '\uf0fe': '✓',
  '\uf0fb': '✗',
  '\uf0fd': '✗',
  '\u{1f5f8}': '✓',
  '\u{1f5f9}': '✓',
  '\u{1f5f4}': '✗',
  '\u{1f5f5}': '✗',
  '\u{1f5f6}': '✗',
  '\u{1f5f7}': '✗',
};
const SYMBOL_FONT = /[\uf0fb-\uf0fe\u{1f5f4}-\u{1f5f9}]/gu;
const TICK = /^[√✓✔☑]/;
const CROSS = /^[✗✘☒×]/;

/** Replaces symbol-font ticks and crosses with ✓ and ✗, so no reader meets a private-use character. */
export function replaceSymbolFontMarks(text: string): string {
  return text.replace(SYMBOL_FONT, (mark) => SYMBOL_FONT_MARKS[mark] ?? mark);
}

/**
 * What a table cell says as a mark: `true` for a tick (√ ✓ ✔ ☑, Wingdings tick) or "yes",
 * `false` for a cross or "no", `undefined` when the cell holds something else (empty included).
 * A note after the mark ("√ See comment below.") leaves the mark as it is.
 */
export function readMark(cell: string): boolean | undefined {
  const text = replaceSymbolFontMarks(cell).trim();
  if (TICK.test(text) || /^yes$/i.test(text)) return true;
  if (CROSS.test(text) || /^no$/i.test(text)) return false;
  return undefined;
}

/** A mark cell as users see it (✓ or ✗); any other cell unchanged. */
export function displayMark(cell: string): string {
  const mark = readMark(cell);
  if (mark === undefined || /^(yes|no)$/i.test(cell.trim())) return cell;
  return `${mark ? '✓' : '✗'}${replaceSymbolFontMarks(cell).trim().slice(1)}`;
}
