import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../bot/digest/build-digest.js';
import type { Digest } from '../../bot/digest/digest.js';
import { digestOutline } from '../../bot/digest/digest-outline.js';
import { renderDigestMarkdown, renderDigestMarkdownParts } from '../../bot/digest/render-digest-markdown.js';
import { fullDigestCorpus } from './digest-fixtures.js';
import { sampleDigest, SAMPLE_MEETING } from './digest-samples.js';

/**
 * The first screen of the seeds' digest for the January 2027 TSAG, exactly. The overdue count
 * comes from the digest: it follows the action-plan parser, not the digest's wording.
 */
const main = (digest: Digest): string => [
  '# Digest: TSAG (January 2027) · 25–29 January 2027 (Europe/Zurich)',
  '**Sources:** Action Plan for the implementation of WTSA-16 Resolutions and Opinion, 1 January 2022 · Contribution of the ITU Regional Offices to the ITU-T operational plan, 1 December 2021 → 1 January 2025',
  '⚠️ The newest action plan is dated 1 January 2022, 5 years before this meeting: its statuses may be out of date.',
  '**6 action items need attention** · 4 more in the full lists',
  "- **47-01** SG2 to review and study contributions regarding MS' ccTLD… — _Resolution 47_",
  '- **49-01** SG2 to study how ITU could have administrative control… — _Resolution 49_',
  '**15 action items are due at this meeting** · 12 more in the full lists',
  '- **01-04** All lead study groups shall inform TSAG on the progress of… — _Resolution 1_',
  '- **01-05** TSB Director to report on fostered cooperation and… — _Resolution 1_',
  '- **01-06** TSB Director to inform TSAG upon deleted Questions… — _Resolution 1_',
  `**${digest.overdue.length} action items are overdue across 15 Resolutions** · 13 more Resolutions in the full lists`,
  '- **Resolution 22** 5 overdue: 22-01 (TSAG 2017), 22-05 (TSAG 2020) and 3 more',
  '- **Resolution 70** 4 overdue: 70-02 (Before WTSA-20), 70-03 (Council 2021) and 2 more',
  '**107 changes since the previous edition** · 106 more in the full lists',
  '- **Introduction: ITU Regional Presence** “eight area offices” → “nine area offices” — _§ Contribution of the ITU…, 2025-01-01_',
].join('\n');

/** The lines of one `## title` section of the full lists, up to the next one. */
function fullSection(full: string, title: string): string[] {
  const lines = full.split('\n');
  const start = lines.indexOf(`## ${title}`);
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start, end === -1 ? undefined : end);
}

const entryLines = (lines: string[]): string[] => lines.filter((line) => line.startsWith('- **'));

describe('renderDigestMarkdown', () => {
  const digest = sampleDigest();
  const { main: first, full } = renderDigestMarkdownParts(digest);
  const overdueTitle = `Overdue (${digest.overdue.length})`;

  it('opens with one screen: headline, stale-source warning and a few cited entries per list', () => {
    expect(first).toBe(`${main(digest)}\n`);
    expect(first.length).toBeLessThanOrEqual(1500);
    expect(first.trimEnd().split('\n').length).toBeLessThanOrEqual(15);
  });

  it('follows it with the full lists, every item of every list present', () => {
    expect(renderDigestMarkdown(digest)).toBe(`${first}\n---\n\n${full}`);
    expect(full.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## Sources',
      '## Needs attention (6)',
      '## Due at this meeting (15)',
      `## ${overdueTitle}`,
      '## What changed (107)',
      '## Counts per Resolution',
    ]);
    const ids = (lines: string[]): string[] => entryLines(lines).map((line) => /^- \*\*([^*]+)\*\*/.exec(line)![1]!);
    expect(ids(fullSection(full, 'Needs attention (6)'))).toEqual(digest.needsAttention.map((i) => i.id));
    expect(ids(fullSection(full, 'Due at this meeting (15)'))).toEqual(digest.dueAtMeeting.map((i) => i.id));
    expect(ids(fullSection(full, overdueTitle)).sort()).toEqual(digest.overdue.map((i) => i.id).sort());
    expect(entryLines(fullSection(full, 'What changed (107)'))).toHaveLength(107);
    expect(entryLines(fullSection(full, 'Counts per Resolution'))).toHaveLength(digest.tallies.length);
    for (const source of digest.documents) expect(full).toContain(`- ${source.title} (${source.edition})\n`);
  });

  it('never lists an overdue item under "due at this meeting"', () => {
    const due = fullSection(full, 'Due at this meeting (15)').join('\n');
    for (const item of digest.overdue) expect(due).not.toContain(`**${item.id}**`);
    expect(due).not.toContain('has passed');
    expect(fullSection(full, overdueTitle).slice(0, 8)).toEqual([
      `## ${overdueTitle}`,
      '',
      'Open action items whose milestone has passed, by Resolution, oldest milestone first.',
      '',
      '### Resolution 20 (1)',
      '',
      '- **20-03** TSB Director, in close collaboration with SG2 and other relevant study groups, to follow-up with the administrations involved on misuse of international… Milestone “Council 2020” has passed. — _Action item 20-03 · Resolution 20_',
      '',
    ]);
  });

  it('shows what changed as facts: figures old → new, sentences added and removed with the edition they come from', () => {
    const changes = fullSection(full, 'What changed (107)');
    expect(changes).toContain(
      '- **Introduction: ITU Regional Presence** _(changed)_ “eight area offices” → “nine area offices” — _§ 2025-01-01 edition_',
    );
    expect(changes).toContain(
      '- **Arab States - Regional Office for the Arab States** _(added)_ Added: “What follows are some of the specific activities that the Regional Office coordinated/assisted TSB with:” — _§ 2025-01-01 edition_',
    );
    expect(changes).toContain('- **Arab States - Regional Office for the Arab States** _(removed)_ Removed: “Smart Cities and Communities” — _§ 2021-12-01 edition_');
    expect(full).not.toMatch(/paragraphs?\b/);
  });

  it('warns about a stale action plan for 2027 and not for a meeting in 2022', () => {
    const in2022 = buildDigest(fullDigestCorpus(), { ...SAMPLE_MEETING, name: 'TSAG (May 2022)', start: '2022-05-30', end: '2022-06-03' });
    expect(renderDigestMarkdownParts(in2022).main.split('\n').slice(0, 3)).toEqual([
      '# Digest: TSAG (May 2022) · 30 May – 3 June 2022 (Europe/Zurich)',
      '**Sources:** Action Plan for the implementation of WTSA-16 Resolutions and Opinion, 1 January 2022 · Contribution of the ITU Regional Offices to the ITU-T operational plan, 1 December 2021 → 1 January 2025',
      '**6 action items need attention** · 3 more in the full lists',
    ]);
    expect(renderDigestMarkdown(in2022)).not.toContain('⚠️');
    expect(first.split('\n')[2]).toBe('⚠️ The newest action plan is dated 1 January 2022, 5 years before this meeting: its statuses may be out of date.');
  });

  it('names the previous meeting an action plan predates', () => {
    const previousMeeting = { name: 'TSAG (May 2026)', start: '2026-05-26' };
    expect(digestOutline({ ...digest, staleSource: { edition: '2022-01-01', yearsOld: 5, previousMeeting } }).warning).toBe(
      'The newest action plan is dated 1 January 2022, 5 years before this meeting and before the previous meeting, TSAG (May 2026) on 26 May 2026: its statuses may be out of date.',
    );
    expect(digestOutline({ ...digest, staleSource: { edition: '2026-03-01', yearsOld: 0, previousMeeting } }).warning).toBe(
      'The newest action plan is dated 1 March 2026, before the previous meeting, TSAG (May 2026) on 26 May 2026: its statuses may be out of date.',
    );
  });

  it('has no count of items due when there is no meeting', () => {
    const asOf: Digest = { ...digest, meeting: { ...SAMPLE_MEETING, name: 'Current reports', asOf: true }, dueAtMeeting: [] };
    const outline = digestOutline(asOf);
    expect(outline.summary).toBe(`6 action items need attention · ${digest.overdue.length} overdue · 107 changes since the previous editions`);
    expect(outline.sections.map((s) => s.key)).toEqual(['needs-attention', 'overdue', 'changes', 'tallies']);
    const markdown = renderDigestMarkdown(asOf);
    expect(markdown).not.toMatch(/due at this meeting/i);
    expect(markdown).toContain('⚠️ The newest action plan is dated 1 January 2022, 5 years ago: its statuses may be out of date.');
  });

  it('words counts in the singular and renders marks as ✓ / ✗, never "√"', () => {
    const one: Digest = { ...digest, needsAttention: digest.needsAttention.slice(0, 1), dueAtMeeting: digest.dueAtMeeting.slice(0, 1), overdue: digest.overdue.slice(0, 1) };
    const outline = digestOutline(one);
    expect(outline.highlights.map((h) => h.title)).toEqual([
      '1 action item needs attention',
      '1 action item is due at this meeting',
      '1 action item is overdue in Resolution 22',
      '107 changes since the previous edition',
    ]);
    expect(outline.summary).toBe('1 action item needs attention · 1 due at this meeting · 1 overdue · 107 changes since the previous editions');
    expect(renderDigestMarkdown(digest)).not.toContain('√');
    expect(renderDigestMarkdown(digest)).toContain('0 completed · 1 ongoing · 2 need attention — Technology Watch');
    expect(renderDigestMarkdown(digest)).toContain('0 completed · 2 ongoing · 1 needs attention — ENUM');
  });

  it('shows a tick quoted from a report as ✓', () => {
    const ticked = sampleDigest();
    ticked.needsAttention[0] = { ...ticked.needsAttention[0]!, latestStatus: 'Reviewed √ by SG2' };
    expect(renderDigestMarkdown(ticked)).toContain('Last status: Reviewed ✓ by SG2.');
    expect(renderDigestMarkdown(ticked)).not.toContain('√');
  });

  it('escapes Markdown in report text', () => {
    const edited = sampleDigest();
    edited.needsAttention[0] = { ...edited.needsAttention[0]!, action: 'Use *bold* and [links](x) literally' };
    expect(renderDigestMarkdown(edited)).toContain('Use \\*bold\\* and \\[links\\](x) literally.');
  });
});
