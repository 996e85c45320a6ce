import { describe, expect, it } from 'vitest';
import { answersWhereOrWhen, asksForOfficeHolder, statesPersonName } from '../../../retrieval/query/grammar/asked-particulars.js';

describe('questions on who holds an office', () => {
  it.each([
    ["who's the current SG13 chairman? need a name for an invitation letter", true],
    ['who is the TSB Director?', true],
    ['Who was the chair of TSAG in 2019?', true],
    ['name of the SG17 vice-chairman please', true],
    ['who is the new Secretary-General', true],
    ['who keeps the radiation-exposure web pages current?', false],
    ['who is responsible for the fellowships?', false],
    ['which group chairs the JCA on IoT?', false],
  ] as const)('%s: %s', (q, expected) => {
    expect(asksForOfficeHolder(q)).toBe(expected);
  });

  it.each([
    ['SG17 appointed Mr. Paul Najarian as its contact to SCV.', true],
    ['met Dr Amina Diallo, the minister', true],
    ['SG13 EWM focal point is the SG13 Chairman.', false],
    ['The TSAG Chairman consulted the Expert Group.', false],
  ] as const)('%s names a person: %s', (text, expected) => {
    expect(statesPersonName(text)).toBe(expected);
  });
});

describe('where and when of a named event', () => {
  it.each([
    ['where and when is WRC-27 going to be held?', 'wrc-27', 'WRC-19 adopted the preliminary agenda for WRC-27.', false],
    ['When was WTDC-22 held?', 'wtdc-22', 'WTDC-22 was organized in Kigali, Rwanda, from 6 to 16 June 2022.', true],
    ['Where did WTDC-22 take place?', 'wtdc-22', 'WTDC-22 was organized in Kigali, Rwanda.', true],
    ['Where did WTDC-22 take place?', 'wtdc-22', 'WTDC-22 took place in June 2022.', false],
    ['where and when is WRC-27?', 'wrc-27', 'WRC-27 will meet in 2027.', true],
  ] as const)('%s — "%s" in "%s": %s', (q, event, sentence, expected) => {
    expect(answersWhereOrWhen(q, event, sentence)).toBe(expected);
  });

  it("asks nothing of an event the where / when is not about (\"where's the list of meetings since WTSA-16?\")", () => {
    expect(answersWhereOrWhen("Res 54 - where's the list of all the regional group meetings held since WTSA-16?", 'wtsa-16', 'no place')).toBeUndefined();
  });
});
