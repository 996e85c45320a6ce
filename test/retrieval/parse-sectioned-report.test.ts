import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { containsArtefact } from '../../retrieval/corpus/clean-text.js';
import { parseSectionedReport } from '../../retrieval/corpus/parse-sectioned-report.js';
import { sectionLabel, type DocumentInfo } from '../../retrieval/corpus/records.js';
import { SEEDS_DIR } from '../support/test-paths.js';

const parse = (file: string) => {
  const doc: DocumentInfo = { file, title: file, edition: '', kind: 'report', series: file, url: '' };
  return parseSectionedReport(readFileSync(join(SEEDS_DIR, file), 'utf8'), doc);
};

describe('parseSectionedReport', () => {
  const offices2021 = parse('000_2fa1642e87176136.txt');
  const offices2025 = parse('001_8bc5aacc5d96b944.txt');
  const baap = parse('003_429206e68ddb3b54.txt');
  const ituReport = parse('002_0a6266d6d6c8f0db.txt');

  it('keeps the heading path of each passage', () => {
    const africa = offices2021.filter((p) => p.headingPath[0] === 'Africa – Regional Office for Africa');
    expect(africa.length).toBeGreaterThan(0);
    const moldova = offices2025.find((p) => p.text.includes('Moldova'))!;
    expect(moldova.headingPath[0]).toMatch(/^Europe - ITU Office for Europe/);
    const incident = baap.find((p) => p.headingPath.join(' › ') === 'Cybersecurity: Creating a trusted cyberspace for all › Incident response');
    expect(incident?.text).toMatch(/CIRT|incident/i);
  });

  it('never lets a passage straddle two sections', () => {
    // Every numbered heading of the 2021 report opens a new passage rather than sitting inside one.
    for (const p of offices2021) expect(p.text, p.key).not.toMatch(/^\d{1,2}\t[A-Z]/m);
    const sections = new Set(offices2021.map((p) => p.headingPath[0]));
    expect([...sections]).toEqual(expect.arrayContaining(['Introduction: ITU Regional Presence', 'Europe - ITU Office for Europe']));
  });

  it('keeps passages chat-sized and free of artefacts', () => {
    for (const p of [...offices2021, ...offices2025, ...baap]) {
      expect(p.text.length, p.key).toBeLessThanOrEqual(1200);
      expect(containsArtefact(p.text + p.headingPath.join(' ')), p.key).toBe(false);
    }
    expect(offices2025.some((p) => p.text.includes('Comment by'))).toBe(false);
  });

  it('keeps a title line with the paragraph it introduces', () => {
    const proposal = ituReport.find((p) => p.text.startsWith('Proposed Resolution [IAP-3]'))!;
    expect(proposal.text).toContain('WTSA-20 considered (but did not adopt) a proposed new Resolution [IAP-3]');
    expect(ituReport.filter((p) => p.text.includes('[IAP-3], Use of in-person'))).toHaveLength(1);
  });

  it('reads Wingdings ticks and crosses as marks, each with its column header', () => {
    const ipsas = ituReport.find((p) => p.text.includes('IPSAS Compliance'))!;
    expect(ipsas.text).toContain(
      'IPSAS Compliance (or Annual Audit of accounts is unqualified) | 2014: ✓ | 2015: ✓ | 2016: ✓ | 2017: ✓ | 2018: ✗ | 2019: ✗ | 2020: ✗',
    );
    // A row label written over two lines stays a row, not a section heading.
    expect(ipsas.text).toContain('Procurement and Travel Services guidelines (ITU guidelines and UN good practices in place) | 2014: ✓');
    for (const p of ituReport) expect(p.text, p.key).not.toMatch(/[\uf0fb-\uf0fe]/);
  });

  it('labels the passages of a list of Resolutions with their entry, sub-titles after it', () => {
    const labelOf = (text: string) => sectionLabel(ituReport.find((p) => p.text.includes(text))!);
    const annex = 'Annex 1 Implementation of Resolutions of the Plenipotentiary Conference';
    expect(labelOf('Q.5052')).toBe(`${annex} › 188 (Rev. Dubai, 2018) Combating counterfeit telecommunication/information and communication technology devices`);
    expect(labelOf('Joint IEC-ISO-ITU Smart Cities Task force')).toBe(`${annex} › 197 (Rev. Dubai, 2018) Facilitating the Internet of Things and smart sustainable cities and communities`);
    // A title inside an entry belongs to it, and closes with it: 213 is no part of 204's programme.
    expect(labelOf('The Global Dialogue on Digital Financial Inclusion')).toMatch(
      new RegExp(`^${annex} › 204 \\(Rev\\. Dubai, 2018\\) Use of information and communication technologies to bridge the financial inclusion gap › ITU- D Policy and Regulation Programme$`),
    );
    expect(labelOf('TSB received 643 requests')).toBe(`${annex} › 213 (Dubai, 2018) Measures to improve, promote and strengthen ITU fellowships`);
    // An entry told in one line elsewhere is still a passage, and a Decision is an entry of its own.
    expect(ituReport.find((p) => p.entry?.title.startsWith('70 (Rev. Dubai, 2018)'))?.text).toBe('See section 1.7.');
    expect(labelOf('Document C20/9')).toBe(`${annex} › Decision 5 (Rev. Dubai, 2018) Revenue and expenses for the Union for the period 2020-2023`);
    // The entry is the label; the passage's text starts with what the report says of it.
    expect(ituReport.find((p) => p.text.includes('Q.5052'))!.text).not.toMatch(/^188 \(/);
  });
});
