import { describe, expect, it } from 'vitest';
import { renderDigestMarkdown } from '../../bot/digest/render-digest-markdown.js';
import { sampleDigest } from './digest-samples.js';

describe('renderDigestMarkdown', () => {
  const markdown = renderDigestMarkdown(sampleDigest());

  it('opens with the meeting, its dates and time zone, the totals and the sources with editions', () => {
    const [title, , subtitle] = markdown.split('\n');
    expect(title).toBe('# Digest: TSAG (January 2027)');
    expect(subtitle).toMatch(/^\*\*25–29 January 2027 \(Europe\/Zurich\)\*\* · 6 items need attention · 30 due at this meeting · \d+ changes since the previous editions$/);
    expect(markdown).toContain('- Action Plan for the implementation of WTSA-16 Resolutions and Opinion (2022-01-01)\n');
    expect(markdown).toContain('- Contribution of the ITU Regional Offices to the ITU-T operational plan (2025) (2025-01-01)\n');
  });

  it('has one section per list, in reading order', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Needs attention (6)',
      '## Due at this meeting (30)',
      expect.stringMatching(/^## What changed \(\d+\)$/),
      '## Counts per Resolution',
    ]);
  });

  it('cites every entry', () => {
    expect(markdown).toContain(
      "- **47-01** SG2 to review and study contributions regarding MS' ccTLD experiences (instructs SG2). Last status: Actions by ITU-T SG2 depend on Contributions, but no such contributions has been received so far. — _Action item 47-01 · Resolution 47_\n",
    );
    expect(markdown).toContain('- **01-04** All lead study groups shall inform TSAG');
    expect(markdown).toMatch(/- \*\*Africa – Regional Office for Africa\*\* _\(changed\)_ .+ — _§ 2025-01-01 edition_\n/);
    expect(markdown).toMatch(/- \*\*Resolution 66\*\* 0 completed · 1 ongoing · 2 need attention — Technology Watch/);
  });

  it('escapes Markdown in report text', () => {
    const digest = sampleDigest();
    digest.needsAttention[0] = { ...digest.needsAttention[0]!, action: 'Use *bold* and [links](x) literally' };
    expect(renderDigestMarkdown(digest)).toContain('Use \\*bold\\* and \\[links\\](x) literally.');
  });
});
