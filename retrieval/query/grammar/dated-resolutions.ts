/*
 * A year a question names may date a Resolution ("the 2014 plenipot resolution"), which the
 * reports cite by its edition ("Resolution 195 (Busan, 2014)"): such a year is answered by a
 * sentence citing that edition, not by any sentence saying the year.
 */

/** Words that open a new clause: "consented feb 2017 - which res 50 item…" dates no Resolution. */
const ASKING = String.raw`(?:which|wich|what|who|where|when|how|is|are|was|were|did|does|do)\b`;

/**
 * The Resolution a question dates by the year ("the 2014 plenipot resolution", "the 2016 Resolution
 * 196", "Resolution 195 of 2014", "Res 71 (Dubai, 2018)"): its number, '' when it gives none, or
 * `undefined` when the year dates no Resolution.
 */
export function resolutionDated(question: string, year: string): string | undefined {
  const match =
    new RegExp(String.raw`\b${year}\s+(?:(?!${ASKING})\p{L}[\p{L}-]*\s+){0,2}res(?:olution|\.)?(?:\s*(\d{1,3}))?\b`, 'iu').exec(question) ??
    new RegExp(String.raw`\bres(?:olution|\.)?\s*(\d{1,3})?\s+(?:[\p{L}.-]+\s+){0,2}(?:of\s+|from\s+|\()[^)?]{0,30}\b${year}\b`, 'iu').exec(question);
  return match ? (match[1] ?? '') : undefined;
}

/**
 * Whether a sentence holding the year says it of what is asked: of the Resolution the year dates, by
 * its number when the question gives one ("Resolution 146 of 2016" is not "Resolution 87 (Hammamet,
 * 2016)" beside "Resolution 146 (Busan, 2014)"), else of a word of the question.
 */
export function answersYear(sentence: string, year: string, resolution: string | undefined, sharesWord: () => boolean): boolean {
  if (resolution) return citesResolutionOf(sentence, year, resolution);
  return sharesWord() || (resolution === '' && citesResolutionOf(sentence, year, ''));
}

/** Whether a sentence cites that Resolution (any, for '') by its edition of that year: "Resolution 195 (Busan, 2014)", "Resolution 71 (Rev. Dubai, 2018)". */
function citesResolutionOf(sentence: string, year: string, resolution: string): boolean {
  return new RegExp(String.raw`\bResolutions?\s+${resolution || String.raw`\d+`}\s*\([^)]*\b${year}\)`, 'i').test(sentence);
}
