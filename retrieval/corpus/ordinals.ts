/**
 * Ordinals as the reports and delegates write them, in figures or in words: "the 2nd FIGI
 * Symposium", "the second edition of FIGI Symposium", "the twenty-first IRG-AVA meeting".
 */
const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];

/** "first" … "thirty-first": the word for n at index n − 1. */
const ORDINAL_WORDS: readonly string[] = [
  ...UNITS,
  ...TEENS,
  'twentieth',
  ...UNITS.map((unit) => `twenty-${unit}`),
  'thirtieth',
  'thirty-first',
];

const IN_FIGURES = /^(\d{1,2})(?:st|nd|rd|th)$/i;

/** A regular-expression source for an ordinal in figures or in words (longest words first). */
export const ORDINAL_SOURCE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)|${[...ORDINAL_WORDS].sort((a, b) => b.length - a.length).join('|')})`;

/** The number an ordinal stands for ("2nd", "Second", "twenty-first" → 2, 2, 21), or undefined for any other word. */
export function ordinalValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  const figures = lower.match(IN_FIGURES);
  if (figures) return Number(figures[1]);
  const index = ORDINAL_WORDS.indexOf(lower);
  return index >= 0 ? index + 1 : undefined;
}

/** An ordinal written in figures, in words ("2nd" → "second"); other words and ordinals past thirty-first as they are. */
export function ordinalInWords(word: string): string {
  const value = word.match(IN_FIGURES) ? ordinalValue(word) : undefined;
  return (value !== undefined && ORDINAL_WORDS[value - 1]) || word;
}
