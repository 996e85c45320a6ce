/*
 * Status narratives are written one paragraph per reporting period, most in date order; a few
 * are kept newest first (67-06: "September 2021 – December 2021" down to "March 2017 – January
 * 2018"). Their latest status is then their first paragraph, not their last.
 */

/** A year, not a Recommendation's number ("Y.2067") or part of a symbol ("C17/2018"). */
const YEAR = /(?<![\d./-])(?:199\d|20[0-3]\d)(?![\d/])/g;

/** The latest year a paragraph speaks of, if it names one. */
function latestYear(paragraph: string): number | undefined {
  const years = (paragraph.match(YEAR) ?? []).map(Number);
  return years.length > 0 ? Math.max(...years) : undefined;
}

/**
 * Whether a narrative's paragraphs read newest first: the latest years of its dated paragraphs
 * (at least three: two may be a report and its background) never rise from one to the next and
 * fall overall.
 */
export function readsNewestFirst(paragraphs: string[]): boolean {
  const years = paragraphs.map(latestYear).filter((year): year is number => year !== undefined);
  if (years.length < 3 || years[0]! <= years.at(-1)!) return false;
  return years.every((year, i) => i === 0 || year <= years[i - 1]!);
}

/** The paragraphs in date order, oldest first. */
export function inDateOrder(paragraphs: string[]): string[] {
  return readsNewestFirst(paragraphs) ? [...paragraphs].reverse() : paragraphs;
}
