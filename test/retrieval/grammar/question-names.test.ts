import { describe, expect, it } from 'vitest';
import { numberedBodyPattern, readQuestionNames } from '../../../retrieval/query/grammar/question-names.js';

describe('names a question depends on', () => {
  it.each([
    ['which item reports SG3 approving D.606R and D.607R?', 'd.606r'],
    ['what does Y.3172 say?', 'y.3172'],
    ['is E.164.1 still in force?', 'e.164.1'],
  ])('a Recommendation by number, a regional one with its suffix: %s', (q, name) => {
    expect(readQuestionNames(q).names).toContain(name);
  });

  it.each([
    ['how did the ETSI General Assembly vote on its 2024 budget?', 'etsi general assembly'],
    ['What did the GSMA Board decide on roaming in 2021?', 'gsma board'],
    ['Has the IEEE Standards Committee met since?', 'ieee standards committee'],
    ["how does oneM2M's Technical Plenary sign off a new Release?", 'onem2m technical plenary'],
    ["what did ETSI's General Assembly decide?", 'etsi general assembly'],
    ['when does the 3GPP Plenary meet?', '3gpp plenary'],
  ])('an acronym before a body of its own is one name: %s', (q, name) => {
    expect(readQuestionNames(q).names).toContain(name);
  });

  it.each([
    ['who chooses which of the fast-track AAP Recs get translated?', 'aap recs'],
    ['do the SG17 Questions cover quantum?', 'sg17 questions'],
  ])('an acronym before a kind of text is not a body: %s', (q, name) => {
    expect(readQuestionNames(q).names).not.toContain(name);
  });

  it.each([
    ['when was the grant signed for the SE Asia critical tech standards project?', 'se'],
    ['FYI what did the Africa office do on EMF?', 'fyi'],
    ['need the CIRT numbers ASAP', 'asap'],
  ])('chat and compass abbreviations are not names: %s', (q, abbreviation) => {
    expect(readQuestionNames(q).names).not.toContain(abbreviation);
  });

  it.each([
    ['what did the UN General Assembly adopt at the WSIS+20 review?', 'wsis+20'],
    ['Beijing+30: what did ITU contribute?', 'beijing+30'],
  ])('a review named by the years since is a name: %s', (q, name) => {
    expect(readQuestionNames(q).names).toContain(name);
  });

  it('a line rate is a name ("800G Ethernet")', () => {
    expect(readQuestionNames('which IEEE 802.3 amendment covers 800G Ethernet?').names).toContain('800g');
  });

  it('a sum is no review ("C+2" is not looked up, nor "44+30")', () => {
    expect(readQuestionNames('is 44+30 the same as C+2?').names.filter((n) => n.includes('+'))).toEqual([]);
  });

  it.each([
    ['When does 3GPP Release 21 freeze?', 'release 21'],
    ['what changed in version 2.1 of the guidelines?', 'version 2.1'],
  ])('a release or version is a name: %s', (q, name) => {
    expect(readQuestionNames(q).names).toContain(name);
  });

  it('a bare "v4" is shorthand, not a version to look up ("the old v4 internet addresses" are IPv4)', () => {
    expect(readQuestionNames('who watches how the old v4 internet addresses get handed out?').names).toEqual([]);
  });

  it.each([
    ['Which West African country hosted the QoS workshop?', { words: ['african'], titles: [] }],
    ['Which Middle Eastern country adopted an accessibility policy in 2019?', { words: [], titles: [] }],
    ['what did the Southeast Asian project deliver?', { words: ['asian'], titles: [] }],
    ['any news from Northern Europe or North-West Africa?', { words: ['europe', 'africa'], titles: [] }],
  ])('compass words place a region, they are no names: %s', (q, expected) => {
    const named = readQuestionNames(q);
    expect({ words: named.words, titles: named.titles }).toEqual(expected);
  });

  it('a name beside a compass word is still looked up', () => {
    const named = readQuestionNames('Is Starlink active in the Western Balkans or with the Gates Foundation?');
    expect(named.words).toEqual(expect.arrayContaining(['starlink', 'balkans']));
    expect(named.titles).toContain('gates foundation');
  });

  it.each([
    ['how many 6G Recommendations did SG13 approve?', '6g'],
    ['is anyone standardising 8K video coding?', '8k'],
  ])('a mobile generation or video format is a name: %s', (q, name) => {
    expect(readQuestionNames(q).names).toContain(name);
  });

  it.each([
    ['taking account of the 2030 Agenda, what did TSB plan in 2019?', ['2019']],
    ['is Agenda 2030 in the IMT-2020 work?', []],
    ['what happened from 2019-2021?', ['2019', '2021']],
  ])('years asked, not years inside a name: %s', (q, years) => {
    expect(readQuestionNames(q).years).toEqual(years);
  });

  it.each([
    ['what did the ATU-5 meeting agree on?', ['atu-5']],
    ['where will WTSA-28 be held?', ['wtsa-28']],
    ['what is SG-17 doing on cybersecurity?', []],
    ['did WP-1 meet?', []],
  ])('numbered events, one digit or more; not a study group or working party typed with a hyphen: %s', (q, events) => {
    expect(readQuestionNames(q).events).toEqual(events);
  });

  it.each([
    ['What did ITU do in Zürich?', ['zürich']],
    ['What did the regional office do in Yaoundé?', ['yaoundé']],
  ])('a capitalised word with accents is read whole: %s', (q, words) => {
    expect(readQuestionNames(q).words).toEqual(words);
  });

  it('an unknown acronym is still a name', () => {
    expect(readQuestionNames('what did the XQZ consortium publish?').names).toContain('xqz');
  });
});

describe('Questions and working parties numbered within a study group', () => {
  it.each([
    ['what is Q6/2 studying?', 'question', '6/2'],
    ['Question 2/13 progress', 'question', '2/13'],
    ['when did Working Party 1/5 meet', 'working party', '1/5'],
    ['WP 3/13', 'working party', '3/13'],
  ] as const)('%s names %s %s, not a name to look up as typed', (q, kind, pair) => {
    const names = readQuestionNames(q);
    expect(names.bodies).toEqual([{ kind, pair }]);
    expect(names.names).toEqual([]);
  });

  it.each([
    ['ITU-D Study Group Question 6/2 is studying', true],
    ['collaboration with ITU-D Q6/2 and Q9/2', true],
    ['WP2/2 uses AAP by default', false],
    ['Question 6/22 was created', false],
    ['Question 16/2 met', false],
  ])('"%s" names Question 6/2 (or 2/2): %s', (text, expected) => {
    const pair = text.includes('2/2') && !text.includes('6/2') ? '2/2' : '6/2';
    expect(numberedBodyPattern({ kind: 'question', pair }).test(text)).toBe(expected);
  });
});
