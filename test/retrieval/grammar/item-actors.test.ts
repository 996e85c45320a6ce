import { describe, expect, it } from 'vitest';
import { actionActors, questionActors } from '../../../retrieval/query/grammar/item-actors.js';

describe('who an action item asks to act', () => {
  it.each([
    ['TSB Director to regularly update the ITU-T portal on EMF activities', ['TSB']],
    ['TSB Director, in collaboration with BDT Director, to organize workshops', ['TSB']],
    ['TSAG to drive a concerted effort across relevant study groups', ['TSAG']],
    ['All ITU-T SGs continue liaise with standards organizations', ['SGs']],
    ['SG17, in close collaboration with all other ITU-T SGs, establish an action plan', ['SGs']],
    ['ITU-T Study Groups 13, 16, 17, 20 to evaluate existing Recommendations', ['SGs']],
    ['SGs and TSAG to coordinate joint meetings of regional groups', ['TSAG', 'SGs']],
    ['WTSA-16 instructed TSAG to review', ['TSAG']],
    ['The chairmen of study groups to keep track of ISO and IEC work', ['SGs']],
    ['ITU-T to continue to raise awareness of the need to harden systems', ['TSB', 'TSAG', 'SGs']],
  ])('%s → %j', (action, actors) => {
    expect(actionActors(action).sort()).toEqual([...actors].sort());
  });
});

describe('who a question asks about as acting', () => {
  it.each([
    ['is the advisory group supposed to rally the SGs into one joint push?', ['TSAG']],
    ['security side: are all our SGs still keeping up regular contact with other bodies?', ['SGs']],
    ['is anybody in the bureau putting out courses on the circular economy?', ['TSB']],
    ['has our director set up a channel so the SGs can work with Smart Africa?', ['TSB']],
    ['does the TSB boss meet the heads of the field offices?', ['TSB']],
    ['Has TSB gathered good practices on fighting phone theft?', ['TSB']],
    ['are SG 17 and SG13 meant to work together?', ['SGs']],
    ['TSAG is supposed to review the list every year, right?', ['TSAG']],
    ['does the head of our secretariat meet the ISO and IEC leaders?', ['TSB']],
    ['is the bureau chief meant to coordinate the counterfeiting work?', ['TSB']],
  ])('%s → %j', (question, actors) => {
    expect(questionActors(question)).toEqual(actors);
  });

  it.each([
    ['who tells TSAG when a study Question gets deleted?'],
    ['were the SG chairs asked to name an EWM liaison?'],
    ['which group works on counterfeit devices?'],
    ['does anyone flag work items with no contributions to the study groups?'],
  ])('%s names no one acting', (question) => {
    expect(questionActors(question)).toEqual([]);
  });
});
