import { describe, expect, it } from 'vitest';
import { renderSlackDigest } from '../../adapters/slack/slack-digest-renderer.js';
import { hugeDigest, sampleDigest } from '../digest/digest-samples.js';
import { blocksProblem } from '../support/fake-slack-api.js';

type Block = { type: string; text?: { text: string }; elements?: { text: string }[] };
const texts = (blocks: unknown[]): string[] => (blocks as Block[]).map((b) => b.text?.text ?? b.elements?.map((e) => e.text).join(' ') ?? '');

describe('renderSlackDigest', () => {
  const digest = sampleDigest();
  const rendered = renderSlackDigest(digest);

  it('posts the first screen as the message: headline, warning and a few cited entries per list', () => {
    expect(rendered.message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Digest: TSAG (January 2027)', emoji: true } });
    expect(texts(rendered.message.blocks).slice(1)).toEqual([
      `*25–29 January 2027 (Europe/Zurich)* · 6 action items need attention · 15 due at this meeting · ${digest.overdue.length} overdue · 107 changes since the previous editions`,
      '*Sources:* Action Plan for the implementation of WTSA-16 Resolutions and Opinion, 1 January 2022 · Contribution of the ITU Regional Offices to the ITU-T operational plan, 1 December 2021 → 1 January 2025',
      ':warning: The newest action plan is dated 1 January 2022, 5 years before this meeting: its statuses may be out of date.',
      [
        '*6 action items need attention* · _4 more in the full lists_',
        "• *47-01* SG2 to review and study contributions regarding MS' ccTLD… — _Resolution 47_",
        '• *49-01* SG2 to study how ITU could have administrative control… — _Resolution 49_',
      ].join('\n'),
      [
        '*15 action items are due at this meeting* · _12 more in the full lists_',
        '• *01-04* All lead study groups shall inform TSAG on the progress of… — _Resolution 1_',
        '• *01-05* TSB Director to report on fostered cooperation and… — _Resolution 1_',
        '• *01-06* TSB Director to inform TSAG upon deleted Questions… — _Resolution 1_',
      ].join('\n'),
      [
        `*${digest.overdue.length} action items are overdue across 15 Resolutions* · _13 more Resolutions in the full lists_`,
        '• *Resolution 22* 5 overdue: 22-01 (TSAG 2017), 22-05 (TSAG 2020) and 3 more',
        '• *Resolution 70* 4 overdue: 70-02 (Before WTSA-20), 70-03 (Council 2021) and 2 more',
      ].join('\n'),
      [
        '*107 changes since the previous edition* · _106 more in the full lists_',
        '• *Introduction: ITU Regional Presence* “eight area offices” → “nine area offices” — _§ Contribution of the ITU…, 2025-01-01_',
      ].join('\n'),
      '_The full lists continue in the thread._',
    ]);
    expect(blocksProblem(rendered.message.blocks)).toBeUndefined();
    expect(rendered.message.blocks.length).toBeLessThanOrEqual(50);
    for (const text of texts(rendered.message.blocks)) expect(text.length).toBeLessThanOrEqual(3000);
    expect(rendered.message.text).toContain('6 action items need attention');
  });

  it('continues with every full list in the thread, every entry present', () => {
    const thread = rendered.threadReplies.flatMap((r) => texts(r.blocks)).join('\n');
    const titles = thread.split('\n').filter((line) => /^\*(Sources|Needs attention|Due at this meeting|Overdue|What changed|Counts per Resolution)\b[^*]*\*$/.test(line));
    expect(titles).toEqual(['*Sources*', '*Needs attention (6)*', '*Due at this meeting (15)*', `*Overdue (${digest.overdue.length})*`, '*What changed (107)*', '*Counts per Resolution*']);
    expect(thread.startsWith('*Sources*\n• Contribution of the ITU Regional Offices')).toBe(true);
    for (const item of [...digest.needsAttention, ...digest.dueAtMeeting, ...digest.overdue]) expect(thread).toContain(`• *${item.id}* `);
    expect(thread.match(/^• \*.+\* _\((added|removed|changed)\)_ /gm)).toHaveLength(107);
    expect(thread).toContain('• *Introduction: ITU Regional Presence* _(changed)_ “eight area offices” → “nine area offices” — _§ 2025-01-01 edition_');
    for (const tally of digest.tallies) expect(thread).toContain(`• *Resolution ${tally.resolution}* ${tally.completed} completed`);
    for (const reply of rendered.threadReplies) {
      expect(blocksProblem(reply.blocks)).toBeUndefined();
      expect(reply.blocks.length).toBeLessThanOrEqual(50);
      for (const text of texts(reply.blocks)) expect(text.length).toBeLessThanOrEqual(3000);
    }
  });

  it('stays within Slack limits and loses no entry, however long the digest', () => {
    const long = renderSlackDigest(hugeDigest(600));
    const messages = [long.message, ...long.threadReplies];
    expect(messages.length).toBeGreaterThan(3);
    for (const message of messages) {
      expect(blocksProblem(message.blocks)).toBeUndefined();
      expect(message.blocks.length).toBeLessThanOrEqual(50);
      expect(message.text.length).toBeLessThanOrEqual(40_000);
    }
    const thread = long.threadReplies.flatMap((m) => texts(m.blocks)).join('\n');
    for (let i = 1; i <= 600; i++) expect(thread).toContain(`• *9-${String(i).padStart(4, '0')}*`);
    expect(texts(long.message.blocks)[4]!.startsWith('*600 action items need attention* · _598 more in the full lists_')).toBe(true);
  });

  it('escapes Slack control characters in report text', () => {
    const edited = sampleDigest();
    edited.needsAttention[0] = { ...edited.needsAttention[0]!, action: 'Report <@U123> & <!channel>' };
    expect(texts(renderSlackDigest(edited).message.blocks).join('\n')).toContain('Report &lt;@U123&gt; &amp; &lt;!channel&gt;');
  });
});
