import { describe, expect, it } from 'vitest';
import { asksForPlan, statesPlan } from '../../../retrieval/query/grammar/asked-plans.js';

describe('questions on what is yet to happen', () => {
  it.each([
    ['is BICMA actually going to sign up for the programme or not?'],
    ['will MIC Japan extend the AI capacity building project beyond Feb 2026?'],
    ['is TSB planning to post G-staff in the other regional offices as well?'],
    ['will the Res 99 reform actually cut the number of study groups?'],
    ['quick one - will SG17 merge with SG13?'],
    ['Is the project likely to be extended?'],
  ])('asks for a plan: %s', (q) => {
    expect(asksForPlan(q)).toBe(true);
  });

  it.each([
    ['if I request it, will there be live interpreting in a working party plenary?'],
    ['are the groups expected to put everything they do up on their web pages?'],
    ['will you list the open items of Res 44?'],
    ['what is TSB doing on fellowships?'],
    ['is 44-30 completed?'],
    ['who will chair SG17?'],
  ])('asks for no plan: %s', (q) => {
    expect(asksForPlan(q)).toBe(false);
  });

  it.each([
    ['The event is planned to be carried out in Varadero, Cuba.', true],
    ['The project will continue until February 2026.', true],
    ['TSB intends to extend the programme.', true],
    ['A TSB G-staff member has been appointed in the Arab office.', false],
  ])('%s states a plan: %s', (sentence, expected) => {
    expect(statesPlan(sentence)).toBe(expected);
  });
});
