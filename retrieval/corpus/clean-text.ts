import { replaceSymbolFontMarks } from './marks.js';

/**
 * Word-export artefacts that must never reach a user: bookmarks, footnote markers,
 * "» Top" navigation links and reviewer comments appended to a line.
 */
const INLINE_ARTEFACTS = [/\[bookmark:[^\]]*\]/g, /\[footnoteRef:\s*\d+\]/g, /»\s*Top\b/g, /\[image:[^\]]*\]/g];
/** A reviewer comment runs from "Comment by NAME:" to the end of its line. */
const REVIEWER_COMMENT = /\s*Comment by [^:\n]{1,80}:.*$/;

const ARTEFACT_PROBE = /\[bookmark:|\[footnoteRef|»\s*Top|Comment by [^:\n]{1,80}:/;

/** Normalises Word's typographic variants that matter for matching (hyphens, spaces, symbol-font marks). */
export function normalizeTypography(text: string): string {
  return replaceSymbolFontMarks(text)
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u2012\u2013\u2212](?=\d)/g, (dash, offset: number, whole: string) =>
      // Dashes between digits become hyphens ("44–30"); en dashes in prose stay.
      /\d/.test(whole[offset - 1] ?? '') ? '-' : dash,
    )
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '');
}

/**
 * Word inlines a footnote's text where its marker stood, as `[2: text]` (the text may hold
 * brackets and tabs of its own); it is dropped, as the marker is.
 */
export function stripFootnoteBodies(line: string): string {
  let out = line;
  for (let start = out.search(/\[\d{1,3}:\s/); start >= 0; start = out.search(/\[\d{1,3}:\s/)) {
    let depth = 0;
    let end = start;
    for (; end < out.length; end++) {
      if (out[end] === '[') depth++;
      else if (out[end] === ']' && --depth === 0) break;
    }
    out = `${out.slice(0, start)}${out.slice(end + 1)}`;
  }
  return out;
}

/** Removes artefacts from one line, keeping leading tabs (they mark table cells). */
export function cleanLine(line: string): string {
  let out = stripFootnoteBodies(normalizeTypography(line.replace(/\r$/, '')));
  for (const pattern of INLINE_ARTEFACTS) out = out.replace(pattern, '');
  return out.replace(REVIEWER_COMMENT, '').replace(/[ ]+$/, '');
}

/** True when text still carries any Word artefact (used by tests and ingest checks). */
export function containsArtefact(text: string): boolean {
  return ARTEFACT_PROBE.test(text);
}

/** Collapses runs of spaces inside a cell or paragraph. */
export function squeezeSpaces(text: string): string {
  return text.replace(/[ \t]+/g, ' ').trim();
}
