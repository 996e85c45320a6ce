import { describe, expect, it } from 'vitest';
import { qualifiesResolution, readReferences, withoutReferences } from '../../../retrieval/query/grammar/references.js';
import { parseQuery, reportYears, sanitizeQuestion } from '../../../retrieval/query/parse-query.js';

const read = (q: string) => readReferences(sanitizeQuestion(q));

describe('item ranges and full IDs after a Resolution', () => {
  it.each([
    ['res 44 items 44-30 to 44-32', ['44-30', '44-31', '44-32']],
    ['Res 44 items 30-32', ['44-30', '44-31', '44-32']],
  ])('%s → %s', (q, ids) => {
    expect(read(q).actionItems).toEqual(ids);
  });

  it.each([['the fee was 44.30 — for what?'], ['the fee was #44.30 — for what?'], ['costs rose by 12.50: why?'], ['Resolution 44 (2016): what does it say?'], ['#HackAgainstHunger 2021 winners?']])(
    'a figure or an edition mid-sentence is no item: %s',
    (q) => {
      expect(read(q).actionItems).toEqual([]);
    },
  );

  it('a date is no item', () => {
    expect(read('what happened on 2021-06-15?').actionItems).toEqual([]);
  });
});

describe('action-item references as delegates type them', () => {
  it.each([
    ['what is 44-30 about?', '44-30'],
    ['status of 44 - 30', '44-30'],
    ['44\u201130 please', '44-30'],
    ['44\u201330 please', '44-30'],
    ['AI44-30: progress?', '44-30'],
    ['Res 44 item 30 - done?', '44-30'],
    ['Res-44 item 30 status', '44-30'],
    ['res-44 #30', '44-30'],
    ['R-44 item 30', '44-30'],
    ['res44 #30 what happened', '44-30'],
    ['Res44/AI30 - where is it posted?', '44-30'],
    ['Res44(30): what was TSB told to do?', '44-30'],
    ['res.44/ai.30 — who is responsible?', '44-30'],
    ['RES-44 AI-30 status?', '44-30'],
    ['Res 44 (2016) item 30 — status?', '44-30'],
    ['Resolution 44/30 status?', '44-30'],
    ['res 44 (30) done?', '44-30'],
    ['res 44 / item 30', '44-30'],
    ['Res. 44 action 30', '44-30'],
    ['Resolution 44, action item no. 30', '44-30'],
    ['item 30 of Resolution 44', '44-30'],
    ['action 2 under Res. 80', '80-02'],
    ['Res 2 item 1', '02-01'],
    ['Résolution 44 action 30', '44-30'],
    ['Resolución 44 punto 30', '44-30'],
    ['Резолюция 44 пункт 30', '44-30'],
    ['AI 47-2 done?', '47-02'],
    ['what about item 44-3?', '44-03'],
    ['status of item 44/30', '44-30'],
    ['status of R.44/30', '44-30'],
    ['R83-1: what does it ask?', '83-01'],
    ['r44/30 pls', '44-30'],
    ['status of item 44.30', '44-30'],
    ['AI 44:30 done?', '44-30'],
    ['R. 44 item 30', '44-30'],
    ['Res 44 (item 30)', '44-30'],
    ['res 44 ai 30', '44-30'],
    ['Rés. 44, point 30', '44-30'],
    ['Resolución 44, acción 30', '44-30'],
    ['third item of Resolution 45', '45-03'],
    ['the 2nd action under Res 80', '80-02'],
    ['action point 44-30', '44-30'],
    ['Is 44-30 completed?', '44-30'],
    ['Explain 44-30', '44-30'],
    ['Thanks. Also 44-31?', '44-31'],
    ['пункт 30 резолюции 44', '44-30'],
    ['AI-44-30 status?', '44-30'],
    ['status of 44-030', '44-30'],
    ['res 18 itme 5 - is that one done?', '18-05'],
    ['res 93 iten 5', '93-05'],
    ['Res 80 acton 2', '80-02'],
    ['itm 30 of Resolution 44', '44-30'],
    ['Res.44-30', '44-30'],
    ['R44 it. 30', '44-30'],
    ['item #30, res 44', '44-30'],
    ['action 30 (Res 44)', '44-30'],
    ['res44/30', '44-30'],
    ['Res 44.30 status', '44-30'],
    ['item 30 of WTSA Resolution 44', '44-30'],
    ['item 30 of the WTSA-16 Resolution 44', '44-30'],
    ['Res. 44 (Rev. Hammamet, 2016) item 30', '44-30'],
    ["Quel est l'état de la Résolution 44, point d'action 30 ?", '44-30'],
    ['¿Cuál es el estado de la Resolución 44, punto de acción 30?', '44-30'],
    ['第44号决议第30项行动的状态是什么？', '44-30'],
    ['第44号决议的第30项', '44-30'],
    ['决议44第30项的状态', '44-30'],
    ['по пункту 30 Резолюции 44', '44-30'],
    ['по пункту 44-30 резолюции 44', '44-30'],
    ['البند 30 من القرار 44', '44-30'],
    ['status of 44/30', '44-30'],
    ['44/30?', '44-30'],
    ['is 98/03 done yet', '98-03'],
    ['status of #96.18 pls', '96-18'],
    ['#96.18?', '96-18'],
    ['what about #96/18', '96-18'],
    ['is #9618 done?', '96-18'],
    ['item 4430', '44-30'],
    ['AI4430 status', '44-30'],
    ['4430', '44-30'],
    ['status of 4430?', '44-30'],
    ['is 4430 completed?', '44-30'],
    ['status of OP-01-02', 'OP-01-02'],
    ['has 2212 been completed?', '22-12'],
    ['how is 9810 doing', '98-10'],
    ['whats 4430', '44-30'],
    ["what's 44 30?", '44-30'],
    ["61_02: what's the ask there?", '61-02'],
    ['44_34 - what is the bureau looking into?', '44-34'],
    ['R97 no.9 — which two SGs are tasked?', '97-09'],
    ['Resolution 44 no. 30', '44-30'],
    ['Res 44 nr 30 status', '44-30'],
    ['Resolution 92, item eight: which group is on the hook?', '92-08'],
    ['item eight of Res 92', '92-08'],
    ['Res 44 item twenty-one', '44-21'],
    ['Res 44, action thirty one?', '44-31'],
    ['number 9 of Resolution 97', '97-09'],
    ['Res 97 number 9', '97-09'],
    ['Res 44 first item', '44-01'],
    ['Resolution 45, second action: who?', '45-02'],
    ["Res 80's third action item", '80-03'],
  ])('%s → %s', (q, id) => {
    expect(read(q).actionItems).toEqual([id]);
  });

  it.each([
    ['Res 44 items 30, 31', ['44-30', '44-31']],
    ['Res 44 items 30 and 32', ['44-30', '44-32']],
    ['Resolution 44 items 30-32', ['44-30', '44-31', '44-32']],
    ['items 44-30 to 44-32', ['44-30', '44-31', '44-32']],
    ['actions 44-30 and 44-31', ['44-30', '44-31']],
    ['Are 44-30 and 44-22 completed?', ['44-30', '44-22']],
    ['items 1-5 of res 44', ['44-01', '44-02', '44-03', '44-04', '44-05']],
    ['items 30 and 31 of Res 44', ['44-30', '44-31']],
    ['44-30/31', ['44-30', '44-31']],
    ['44-30 to 32', ['44-30', '44-31', '44-32']],
  ])('%s → every item named', (q, ids) => {
    expect(read(q).actionItems).toEqual(ids);
  });

  it.each([
    ['status of 44/30 and 44/31', ['44-30', '44-31']],
    ['4430 and 4431?', ['44-30', '44-31']],
    ['status of items 4430, 4431', ['44-30', '44-31']],
    ['4430, 4431 and 4432?', ['44-30', '44-31', '44-32']],
    ['44/30 to 32', ['44-30', '44-31', '44-32']],
    ['44/30 to 44/32', ['44-30', '44-31', '44-32']],
    ['status of 1-2', ['01-02']],
    ['44-3?', ['44-03']],
    ['47-2', ['47-02']],
    ['4431 pls', ['44-31']],
    ['44 30', ['44-30']],
    ['whats the status of item 44 30', ['44-30']],
    ['is 44.30 done?', ['44-30']],
    ["44.05 — whose job is that, and what's it asking for?", ['44-05']],
    ['44 30: who owns it?', ['44-30']],
  ])('%s → every item typed loosely', (q, ids) => {
    expect(read(q).actionItems).toEqual(ids);
    expect(read(q).tentative).toEqual(ids);
  });

  it('an item typed in full is no tentative reading, though typed loosely too', () => {
    expect(read('44-30, i.e. 44/30').tentative).toEqual([]);
    expect(read('status of 44-30').tentative).toEqual([]);
  });

  it.each([
    ['the 2019-2020 period'],
    ['ITU-T Y.3172'],
    ['version 1.2-03'],
    ['Recommendation X.509'],
    ['on 12/03/2021'],
    ['agenda item 5.2 at TSAG'],
    ['points 3-4 of the plan'],
    ['WP 1/13 meeting'],
    ['Question 2/13 status'],
    ['Release R2 of the handbook'],
    ['ITU-R 5 recommendations'],
    ['meeting held 1-10 June 2021'],
    ['from 9-12 April 2018'],
    ['SG 11-17 work under Res 96'],
    ['Planet 50-50 campaign'],
    ['agenda item 3-1 in Resolution 22'],
    ['the 17-20 study period'],
    ['ITU report 18-22, e-waste partnership work'],
    ['the 2021 edition 20-21 figures'],
    ['Résolution 1, point 9.2'],
    ['Resolution 1 item 2.4.1'],
    ['what happened on 12/05?'],
    ['deadline 12/05/2021'],
    ['a 50/50 split between regions'],
    ['Question 5/17 progress'],
    ['Q. 2/13 report'],
    ['how many used the discounted 1/16 unit fee?'],
    ['meetings between ISO TC22 and Cuestión 27/16'],
    ["the item that says 'see C17/43, CWG-FHR 8/18'"],
    ['what about 4430 participants'],
    ['item 2020 of the budget'],
    ['2019'],
    ['1865?'],
    ['4430 participants attended'],
    ['in 2019, 1865 people took part'],
    ['Questions 1/13 to 5/13'],
    ['CHF 44.30 fee'],
    ['44 30 participants'],
    ['item 5.2 at TSAG'],
  ])('%s names no item', (q) => {
    expect(read(q).actionItems).toEqual([]);
  });
});

describe('digits of other scripts and Arabic short vowels', () => {
  it.each([
    ['القرار ٤٤: ما البنود المكتملة؟', '44'],
    ['第４４号决议有哪些行动已经完成？', '44'],
    ['مَا هِيَ بُنُود القَرار 73؟', '73'],
  ])('%s → Resolution %s', (q, number) => {
    expect(parseQuery(q).resolutions).toEqual([number]);
  });
});

describe('a bare number closing a status or list question', () => {
  it.each([
    ["what's done in 90?", ['90']],
    ['anything still open under 44', ['44']],
    ['which items are completed for 73?', ['73']],
    // not a status or list question, a year, or a question with a reference of its own
    ['how many fellowships were awarded in 2019?', []],
    ['which items are completed in 2020?', []],
    ['what is the status of fellowships in 44?', []],
    ['is 44-30 done in 44?', []],
  ])('%s → %s', (q, numbers) => {
    expect(parseQuery(q).resolutions).toEqual(numbers);
  });
});

describe('several Resolutions in one question', () => {
  it.each([
    ['Resolutions 44 and 45', ['44', '45']],
    ['Which items of Res 67, 68 and 69 are completed?', ['67', '68', '69']],
  ])('%s → %s', (q, numbers) => {
    expect(read(q).resolutions).toEqual(numbers);
  });
});

describe('WTSA Resolutions and Opinions in six languages', () => {
  it.each([
    ['status of Resolution 44 fellowships', '44'],
    ['Res. 44 fellowships', '44'],
    ['status of Res-44 fellowships', '44'],
    ['what is R-44 about?', '44'],
    ['res44 fellowships', '44'],
    ['Resolution No. 44', '44'],
    ['Résolution 44 sur les bourses', '44'],
    ['Resolución 92 (IMT)', '92'],
    ['Resolucion 92', '92'],
    ['Резолюция 92', '92'],
    ['в рамках Резолюции 92', '92'],
    ['第92号决议', '92'],
    ['决议92的行动', '92'],
    ['في إطار القرار 69', '69'],
    ['Opinion 1 follow-up', 'Opinion 1'],
    ['Avis 1', 'Opinion 1'],
    ['the gender equality resolution (55)', '55'],
    ['reslution 22', '22'],
    ['resolutoin 22', '22'],
    ['للقرار 22', '22'],
    ['القرار رقم 22', '22'],
    ['Resolución N.º 22', '22'],
    ['R77 completed items', '77'],
    ['R 44 open items', '44'],
    ['Res #73 completed items', '73'],
    ['Resolution Nr. 90', '90'],
    ['что сделано в соответствии с Резолюцией 92?', '92'],
    ['по резолюциям 92', '92'],
  ])('%s → %s', (q, number) => {
    expect(read(q).resolutions).toEqual([number]);
    expect(read(q).foreignResolutions).toEqual([]);
  });
});

describe("other bodies' resolutions stay apart from WTSA ones", () => {
  it.each([
    ['Plenipotentiary Resolution 25 and the regional offices', 'Plenipotentiary', '25'],
    ['ITU Plenipotentiary Resolution 25 (Rev. Dubai, 2018)', 'Plenipotentiary', '25'],
    ['PP Resolution 25', 'Plenipotentiary', '25'],
    ['PP-18 Resolution 25', 'Plenipotentiary', '25'],
    ['Resolution 25 of the Plenipotentiary Conference', 'Plenipotentiary', '25'],
    ['WTDC Resolution 37 on the digital divide', 'WTDC', '37'],
    ['Council Resolution 1405', 'Council', '1405'],
    ['la Résolution 25 de la Conférence de plénipotentiaires', 'Plenipotentiary', '25'],
    ['Résolution 1 de la CMDT', 'WTDC', '1'],
    ['Resolution 9 (WTDC-17)', 'WTDC', '9'],
    ['ITU-D Resolution 9', 'WTDC', '9'],
    ['理事会第1379号决议', 'Council', '1379'],
  ])('%s → %s %s', (q, body, number) => {
    expect(read(q).foreignResolutions[0]).toEqual({ body, number });
    expect(read(q).resolutions).toEqual([]);
  });

  it.each([
    ['what about PP-18 Resolution 204 on financial inclusion?', 'pp-18', true],
    ["PP-22's Resolution 25 and the regional offices", 'pp-22', true],
    ['Resolution 9 (WTDC-17): what was done?', 'wtdc-17', true],
    ['Resolution 37 (Rev. WTDC-22) on the digital divide', 'wtdc-22', true],
    ['what did PP-26 decide about the regional presence resolution?', 'pp-26', false],
    ['where is WTDC-25 held, and is Resolution 37 on its agenda?', 'wtdc-25', false],
    ['WTSA-20 Resolution 44', 'wtsa-20', false],
    ['what did ITU do on Resolution 204 of PP-18?', 'pp-18', true],
    ['Resolution 25 (Rev. Dubai, 2018) of PP-18', 'pp-18', true],
    ['Resolution 25 of the PP-22 and what PP-26 will do', 'pp-26', false],
  ])('in "%s", %s qualifies a Resolution: %s', (q, event, qualifies) => {
    expect(qualifiesResolution(q, event)).toBe(qualifies);
  });

  it.each([
    ['WTSA-16 Resolution 188 status', '188'],
    ['Что сделано в рамках Резолюции 50 ВАСЭ?', '50'],
    ["Rés. 90 de l'AMNT", '90'],
    ["WTSA's Resolution 44", '44'],
    ['Resolution 1 (Rev. Hammamet, 2016) of this assembly', '1'],
  ])('"%s" is the assembly\'s own Resolution %s, never another body\'s', (q, number) => {
    expect(read(q).resolutions).toEqual([number]);
    expect(read(q).assemblyQualified).toEqual([number]);
    expect(read(q).foreignResolutions).toEqual([]);
  });

  it.each([
    ['WTSA Resolution 44', ' '],
    ['status of WTSA-16 Res 22', 'status of  '],
    ['Resolution 44 (Rev. Hammamet, 2016) status', '  status'],
    ["État d'avancement de la Rés. 90 de l'AMNT", "État d'avancement de la  "],
    ['Res 44 fellowships in 2019', '  fellowships in 2019'],
  ])('"%s" names no topic beside its Resolution and its qualifiers', (q, rest) => {
    expect(withoutReferences(q)).toBe(rest);
  });

  it('a Resolution named without a body is not called the assembly\'s own', () => {
    expect(read('status of Resolution 44').assemblyQualified).toEqual([]);
  });

  it('a Resolution after "report to Council (" is still WTSA', () => {
    expect(read('the annual progress report to Council (Res 49)').resolutions).toEqual(['49']);
  });
});

describe('the last item of a Resolution', () => {
  it.each([
    ['the last item of Res 44', '44'],
    ['last action item of resolution 44', '44'],
    ['Res 44 last item', '44'],
    ["Res 44's last item - done?", '44'],
    ['final action item in resolution 22', '22'],
    ['final action item listed under Resolution 98', '98'],
    ['last action item for res 50?', '50'],
    ['Res 73 last action item', '73'],
    ['is the last action under WTSA Resolution 83 done?', '83'],
  ])('%s → the last item of Resolution %s', (q, resolution) => {
    expect(read(q).lastItemOf).toEqual([resolution]);
    expect(read(q).resolutions).toEqual([]);
  });

  it.each([['the last meeting of SG 17'], ['Resolution 44: what happened at the last TSAG?'], ['last item: 44-30']])('%s asks for no last item', (q) => {
    expect(read(q).lastItemOf).toEqual([]);
  });
});

describe('numbers that are part of a name', () => {
  it.each([['Planet 50-50 gender initiative'], ['the Gender 50-50 campaign'], ['the file T17_SG13_0045'], ['Res 44 items one by one, please'], ['Res 44 items, one or two lines each']])('%s names no item', (q) => {
    expect(read(q).actionItems).toEqual([]);
  });

  it.each([['Item 44-30'], ['Action 44-30'], ['Status 44-30?']])('%s still names 44-30', (q) => {
    expect(read(q).actionItems).toEqual(['44-30']);
  });
});

describe('regions and editions that hint at a document', () => {
  it.each([
    ['what did the Arab office do on spam?', ['arab']],
    ['Arab States regional office workshops', ['arab states']],
    ['the Asia-Pacific office in the 2025 report', ['asia-pacific', '2025']],
    ['2021 RO report - which countries are the Africa area offices in?', ['africa', '2021']],
    ['the 2021 regional offices report on Europe', ['europe', '2021']],
    ['in 2021 the report said little', []],
    // an event's edition is no report's
    ['2019 edition of Accessible Americas?', ['americas']],
    ['the 2021 edition of the regional offices report', ['2021']],
  ])('%s', (q, hints) => {
    expect(parseQuery(q).documentHints).toEqual(hints);
  });

  it.each([
    ['2021 RO report - which countries are the Africa area offices in?', ['2021']],
    ['where was the 2021 edition of Accessible Americas held?', []],
    ['how many attended in 2019?', []],
  ])('%s names the report of a year, not a period asked about', (q, years) => {
    expect(reportYears(q)).toEqual(years);
  });
});
