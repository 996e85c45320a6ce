/**
 * Country adjectives ("Mexican", "Kenyan") and the country they belong to, from the
 * `world-countries` data set (mledoze/countries: each country's English demonyms). Where two
 * territories share a demonym ("American"), the UN member's wins.
 */
import { createRequire } from 'node:module';
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
