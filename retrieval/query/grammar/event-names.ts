/**
 * ITU's conferences and assemblies as delegates type them ("wtdc 22", "WTSA 2024", "wrc23"),
 * written as the reports write them ("WTDC-22", "WTSA-24", "WRC-23"), so that an edition the
 * reports cover is found and one they do not cover is recognised as absent.
 */

/** A year after a series' name: "22", "2022", "-22", " - 2022"; not a longer number or a range ("wrc 23-27"). */
const EDITION = String.raw`[\s-]{0,3}(?:19|20)?(\d{2})(?![\d\p{L}]|\s?-\s?\d)`;
/**
 * The series ITU numbers by year: world conferences and assemblies, the World
 * Telecommunication/ICT Policy Forum and the Global Symposium for Regulators, in any case; the
 * Plenipotentiary and the Radiocommunication Assembly only in capitals ("see pp 12" is pages).
 */
const TYPED_EVENTS = [
  new RegExp(String.raw`(?<![\p{L}\d-])(wtsa|wtdc|wrc|wcit|wtpf|gsr)${EDITION}`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}\d-])(PP|RA)${EDITION}`, 'gu'),
];

/**
 * The question with each typed edition of an ITU conference written as the reports write it
 * ("whr and when was wtdc 22" → "whr and when was WTDC-22"); the rest is left as it is.
 */
export function withEventNamesJoined(text: string): string {
  return TYPED_EVENTS.reduce(
    (joined, pattern) => joined.replace(pattern, (_whole, series: string, year: string) => `${series.toUpperCase()}-${year}`),
    text,
  );
}
