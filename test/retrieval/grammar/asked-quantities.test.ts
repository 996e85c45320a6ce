import { describe, expect, it } from 'vitest';
import { asksForHeadcount, asksForMoney, countPattern, statesHeadcount, statesMoneyAmount } from '../../../retrieval/query/grammar/asked-quantities.js';

describe('questions on sums of money and numbers of people', () => {
  it.each([
    ["how much money did Australia's DFAT commit to the Southeast Asia critical tech standards grant?"],
    ['how much did Rostelecom put into phase 2 of the CIS testing centre'],
    ['How much funding was raised for Be Healthy Be Mobile?'],
    ['what was the budget of the Connect2Recover initiative?'],
    ['how much did ITU spend on the new building?'],
    ['what does the bureau pay translators per page for AAP texts?'],
    ['what did the 2019 forum cost?'],
    ['what will the Somalia DFS Security Lab cost?'],
    ['what does the Durban company get paid by ITU?'],
  ])('%s asks for an amount', (q) => {
    expect(asksForMoney(q)).toBe(true);
  });

  it.each([
    ['how much extra mmWave spectrum did WRC-19 identify for IMT'],
    ['How much e-waste do developing countries generate?'],
    ['who keeps an eye on translation quality and what it costs?'],
    ['what did TSB pay attention to in its green work?'],
    ['how many people attended WTDC-22?'],
  ])('%s does not', (q) => {
    expect(asksForMoney(q)).toBe(false);
  });

  it.each([
    ['Deliverables include USD 1.8 million raised from three new partners', true],
    ['Three winning teams were awarded 11’000 USD worth of prize.', true],
    ['the fee was CHF 3,975 per unit', true],
    ['a grant of €5m', true],
    ['Phase 2 is co-funded by ITU and Rostelecom.', false],
    ['2 152 participants from 150 countries', false],
  ] as const)('%s states an amount: %s', (text, expected) => {
    expect(statesMoneyAmount(text)).toBe(expected);
  });

  it.each([
    ['how many ppl attended the Future of TV workshop for Europe on 19 Nov 2021?', true],
    ['the DFS security webinars - what was total attendance across them?', true],
    ['how many delegates took part in WTSA-20 overall?', true],
    ['how many countries took part in the EMF assessment?', false],
    ['EQUALS entrepreneurs: how many women-led SMEs got fellowships?', false],
    ["Res 31 - whats the latest Associates headcount?", false],
    ['how many attended GSR-21', true],
    ['turnout at WTDC-22?', true],
    ['how many nominations came in for the awards?', false],
  ] as const)('%s asks for a number of people: %s', (q, expected) => {
    expect(asksForHeadcount(q)).toBe(expected);
  });

  it.each([
    ['These sessions attracted a combined total of 291 participants', true],
    ['WTDC-22 was attended by 2 152 participants', true],
    ['Participation in WTSA-20 totaled 1,281 delegates', true],
    ['The event was attended by over 350 from 40 countries', true],
    ['The upcoming workshop will take place on 19 November 2021, fully virtual.', false],
    ['engaging 29 countries in Europe', false],
  ] as const)('%s states a number of people: %s', (text, expected) => {
    expect(statesHeadcount(text)).toBe(expected);
  });
});

describe('a count of the thing a "how many" question asks for', () => {
  it.each([
    ['How many Member States does ITU have?', 'driving innovation together with 193 Member States', true],
    ['How many Member States does ITU have?', 'a platform since 2009 by which Member States can report incidents', false],
    ['How many Member States does ITU have?', 'in 2021 that Member States adopted', false],
    ['how many area offices are there?', 'as well as nine area offices', true],
    ['how many UN agencies are in the group?', 'currently has 38 of the UN agencies', true],
    ['how many regional offices does ITU have?', 'ITU has offices in the six BDT regions', false],
  ] as const)('%s — "%s": %s', (q, text, expected) => {
    expect(countPattern(q)!.test(text)).toBe(expected);
  });
});
