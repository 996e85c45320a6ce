/**
 * Countries as the reports and delegates write them, from the `world-countries` data set
 * (mledoze/countries): their English names and spellings ("Switzerland", "Côte d'Ivoire"), and their
 * adjectives ("Mexican", "Kenyan") with the country they belong to. Where two territories share a
 * demonym ("American"), the UN member's wins.
 */
import { createRequire } from 'node:module';
import escapeStringRegexp from 'escape-string-regexp';
import type { Countries } from 'world-countries';

// The package is CommonJS with ESM-style typings; require reads it as it is published.
const countries = createRequire(import.meta.url)('world-countries') as Countries;

let byDemonym: Map<string, string> | undefined;

function demonyms(): Map<string, string> {
  if (!byDemonym) {
    byDemonym = new Map();
    // UN members last, so that theirs is the name kept.
    for (const country of [...countries].sort((a, b) => Number(a.unMember) - Number(b.unMember))) {
      const english = country.demonyms['eng'];
      for (const demonym of english ? [english.m, english.f] : []) {
        if (/^\p{L}+$/u.test(demonym)) byDemonym.set(demonym.toLowerCase(), country.name.common);
      }
    }
  }
  return byDemonym;
}

/** The country a one-word demonym names, case-insensitive ("mexican" → "Mexico"), or undefined. */
export function countryOfDemonym(word: string): string | undefined {
  return demonyms().get(word.toLowerCase());
}

let countryName: RegExp | undefined;

/**
 * Each country's common and official names and its other spellings ("Côte d'Ivoire" for Ivory
 * Coast), longest first; not the codes among the spellings ("CI"), which are capitals only.
 */
function countryNames(): string[] {
  const names = countries.flatMap((country) => [country.name.common, country.name.official, ...country.altSpellings]);
  return [...new Set(names.filter((name) => name.length >= 4 && /\p{Ll}/u.test(name)))].sort((a, b) => b.length - a.length);
}

/** Whether a text names a country by one of its English names, capitalised ("Switzerland joined…", "in Côte d'Ivoire"). */
export function namesCountry(text: string): boolean {
  countryName ??= new RegExp(
    String.raw`(?<![\p{L}\d])(?:${countryNames().map((name) => escapeStringRegexp(name)).join('|')})(?![\p{L}\d])`,
    'u',
  );
  return countryName.test(text);
}

/** "Which country hosted…", "what countries got…", "which nations…": the answer is a country. */
const ASKS_FOR_COUNTRY = /\b(?:which|what)\s+(?:[\w-]+\s+)?(?:countr(?:y|ies)|nations?|member\s+states?)\b/i;

/** Whether a question asks which country or countries. */
export function asksForCountry(question: string): boolean {
  return ASKS_FOR_COUNTRY.test(question);
}
