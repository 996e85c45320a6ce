import { describe, expect, it } from 'vitest';
import { asksForCountry, countryOfDemonym, namesCountry } from '../../../retrieval/query/grammar/countries.js';

describe('countries in questions and records', () => {
  it.each([
    ['when AI for Good went online-only in 2020, which country came on board as co-host?', true],
    ['CIS region cyberdrill in 2018 - which country hosted it?', true],
    ['what countries got as far as phase 3?', true],
    ['which member states replied to the IECEE survey?', true],
    ['which nations signed up?', true],
    ['how many countries took part?', false],
    ['what did developing countries ask for?', false],
  ] as const)('%s asks which country: %s', (q, asks) => {
    expect(asksForCountry(q)).toBe(asks);
  });

  it.each([
    ['Switzerland joined as a co-convener of the Summit.', true],
    ["cyberdrills for the Africa region were organized in Côte d'Ivoire (2018)", true],
    ['In 2017, the cyberdrill took place in Moldova, in 2018 in Azerbaijan', true],
    ['attracted over 2 300 participants, from over 90 countries', false],
    ['media coverage from BBC, CNN and Forbes', false],
    // a country's name inside a longer word is none
    ['the Omani-led Chadwick initiative', false],
  ] as const)('%s names a country: %s', (text, names) => {
    expect(namesCountry(text)).toBe(names);
  });

  it('reads a country adjective as its country', () => {
    expect(countryOfDemonym('Mexican')).toBe('Mexico');
  });
});
