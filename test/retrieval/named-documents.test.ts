import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../retrieval/corpus/records.js';
import { namedDocuments, withoutEditionNouns } from '../../retrieval/query/named-documents.js';

function document(file: string, title: string, edition: string): DocumentInfo {
  return { file, title, edition, kind: 'report', series: file, url: '' };
}

const documents = [
  document('ro2021', 'Contribution of the ITU Regional Offices to the ITU-T operational plan (2021)', '2021-12-01'),
  document('ro2025', 'Contribution of the ITU Regional Offices to the ITU-T operational plan (2025)', '2025-01-01'),
  document('itu', 'ITU report April 2018 – June 2022', '2022-06-30'),
  document('baap', 'Report on the implementation of the Buenos Aires Action Plan (2018–2020)', '2021-01-01'),
  document('plan', 'Action Plan for the implementation of WTSA-16 Resolutions and Opinion', '2022-01-01'),
];

describe('namedDocuments', () => {
  it.each([
    ['per the 2021 regional offices report, how many area offices did ITU have?', ['ro2021'], 'per the , how many area offices did ITU have?'],
    ['in the 2025 Regional Offices report how many area offices are there', ['ro2025'], 'in the how many area offices are there'],
    ['how many area offices according to the regional offices report?', ['ro2021', 'ro2025'], 'how many area offices according to the ?'],
    ['which countries had CIRT workshops under the BaAP (2018-2020)?', ['baap'], 'which countries had CIRT workshops under the (2018-2020)?'],
    ['per the BaAP implementation report, where was GET 2019 held?', ['baap'], 'per the , where was GET 2019 held?'],
    ['per the Buenos Aires Action Plan report, where was GET 2019 held?', ['baap'], 'per the , where was GET 2019 held?'],
    ['what share of TSB staff are women in the ITU report?', ['itu'], 'what share of TSB staff are women in the ?'],
    ['what share of TSB staff are women according to the action plan?', ['baap', 'plan'], 'what share of TSB staff are women according to the ?'],
    ['BaAP report: how many girls joined coding camps?', ['baap'], ': how many girls joined coding camps?'],
    ['how many girls joined coding camps (BaAP report)?', ['baap'], 'how many girls joined coding camps ()?'],
    ['2021 regional offices report: how many area offices?', ['ro2021'], ': how many area offices?'],
    // a span of years qualifies the edition, before the title words or among them
    ['how many countries have a CIRT, according to the ITU 2018-2022 report?', ['itu'], 'how many countries have a CIRT, according to the ?'],
    ['according to the 2018-2022 ITU report, how many CIRTs?', ['itu'], 'according to the , how many CIRTs?'],
    // the offices themselves, not their report: the document is named, its words stay the topic
    ['what did the regional offices do in 2025?', ['ro2025'], 'what did the regional offices do in 2025?'],
  ])('"%s" names %j', (question, files, rest) => {
    expect(namedDocuments(question, documents)).toEqual({ files, rest });
  });

  it.each([
    'status of the electronic working methods action plan',
    'the implementation of Resolution 44 in study groups',
    'res67: how many AAP-approved Recommendations were translated?',
    'status of the EWM action plan implementation',
  ])('"%s" names no document', (question) => {
    expect(namedDocuments(question, documents)).toEqual({ files: [], rest: question });
  });
});

describe('withoutEditionNouns', () => {
  it.each([
    ['How many area offices are there in the 2021 report?', 'How many area offices are there in the 2021?'],
    ['according to the 2021 report, how many area offices', '2021, how many area offices'],
    ['how many area offices according to the 2021 report?', 'how many area offices 2021?'],
    ['per the 2025 edition, who was appointed?', '2025, who was appointed?'],
    ['what does the report of 2021 say?', 'what does the 2021 say?'],
  ])('%s → %s', (q, rest) => {
    expect(withoutEditionNouns(q)).toBe(rest);
  });

  it('leaves a report that is a topic ("the annual report to Council")', () => {
    expect(withoutEditionNouns('who sends the annual report to Council in 2021?')).toBe('who sends the annual report to Council in 2021?');
  });
});
