import { describe, expect, it } from 'vitest';
import { withStudyGroupNumbers } from '../../../retrieval/query/grammar/study-group-subjects.js';
import { parseQuery } from '../../../retrieval/query/parse-query.js';

describe('study groups named by their subject', () => {
  it.each([
    ['which task has the signalling and security study groups look into device theft?', 'which task has the SG11 and SG17 look into device theft?'],
    ['which one has the signalling/protocol/testing group looking at 5G?', 'which one has the SG11 looking at 5G?'],
    ['what has the quality study group done on call quality?', 'what has the SG12 done on call quality?'],
    ['so the environment SG can look at it?', 'so the SG5 can look at it?'],
    ['anything for the smart cities study group?', 'anything for the SG20?'],
    ['what did the study group on security decide?', 'what did the SG17 decide?'],
    ['the SG dealing with numbering', 'the SG2'],
    ['the tariff and accounting SG', 'the SG3'],
    ['does the cloud study group meet in Geneva?', 'does the SG13 meet in Geneva?'],
  ])('%s', (q, expected) => {
    expect(withStudyGroupNumbers(q)).toBe(expected);
  });

  it.each([
    ['the server that the FIGI security working group set up'],
    ['Is the Quality of Service Development Group still supported?'],
    ['the ASTAP expert group on information security'],
    ['the security work going on in the SGs'],
    ['are our groups meant to coordinate?'],
    ['which items does the e-waste study group have?'],
    ['what did the FIGI security group publish?'],
    ['is the quality group QSDG still supported?'],
    ['what did the ITU-D study group on cybersecurity report?'],
    ['what did the U4SSC smart cities group agree?'],
    ["what is TSB's security group?"],
  ])('a group with another qualifier, or a topic rather than a field, is left as typed: %s', (q) => {
    expect(withStudyGroupNumbers(q)).toBe(q);
  });

  it('the searched words carry the number', () => {
    expect(parseQuery('which items involve the security study group?').searchText).toBe('which items involve the SG17?');
  });
});
