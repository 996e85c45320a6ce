import { describe, expect, it } from 'vitest';
import { renderTeamsDigest } from '../../adapters/teams/teams-digest-renderer.js';
import { TEAMS_ACTIVITY_BYTE_BUDGET } from '../../adapters/teams/teams-renderer.js';
import { hugeDigest, sampleDigest } from '../digest/digest-samples.js';

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/** The first message of the seeds' digest for the January 2027 TSAG, exactly (overdue as the parser counts them). */
const firstMessage = (overdue: number): string => [
  [
    '**Digest: TSAG (January 2027)**',
    '25–29 January 2027 (Europe/Zurich)',
    `6 action items need attention · 15 due at this meeting · ${overdue} overdue · 107 changes since the previous editions`,
    '_Sources:_ Action Plan for the implementation of WTSA-16 Resolutions and Opinion, 1 January 2022 · Contribution of the ITU Regional Offices to the ITU-T operational plan, 1 December 2021 → 1 January 2025',
  ].join('<br>'),
  '⚠️ The newest action plan is dated 1 January 2022, 5 years before this meeting: its statuses may be out of date.',
  [
    '**6 action items need attention** · _4 more in the full lists_',
    "• **47-01** SG2 to review and study contributions regarding MS' ccTLD… — _Resolution 47_",
    '• **49-01** SG2 to study how ITU could have administrative control… — _Resolution 49_',
  ].join('<br>'),
  [
    '**15 action items are due at this meeting** · _12 more in the full lists_',
    '• **01-04** All lead study groups shall inform TSAG on the progress of… — _Resolution 1_',
    '• **01-05** TSB Director to report on fostered cooperation and… — _Resolution 1_',
    '• **01-06** TSB Director to inform TSAG upon deleted Questions… — _Resolution 1_',
  ].join('<br>'),
  [
    `**${overdue} action items are overdue across 15 Resolutions** · _13 more Resolutions in the full lists_`,
    '• **Resolution 22** 5 overdue: 22-01 (TSAG 2017), 22-05 (TSAG 2020) and 3 more',
    '• **Resolution 70** 4 overdue: 70-02 (Before WTSA-20), 70-03 (Council 2021) and 2 more',
  ].join('<br>'),
  [
    '**107 changes since the previous edition** · _106 more in the full lists_',
    '• **Introduction: ITU Regional Presence** “eight area offices” → “nine area offices” — _§ Contribution of the ITU…, 2025-01-01_',
  ].join('<br>'),
  '_The full lists follow in the next message._',
].join('\n\n');

describe('renderTeamsDigest', () => {
  const digest = sampleDigest();
  const [first, ...rest] = renderTeamsDigest(digest);

  it('sends the first screen as the first message', () => {
    expect(first).toEqual({ type: 'message', textFormat: 'markdown', text: firstMessage(digest.overdue.length) });
    expect(bytes(first)).toBeLessThanOrEqual(TEAMS_ACTIVITY_BYTE_BUDGET);
  });

  it('follows it with the full lists, every entry present, each message within the size budget', () => {
    expect(rest.length).toBeGreaterThan(0);
    expect(rest[0]!.text!.startsWith('**Digest: TSAG (January 2027): full lists**\n\n**Sources**<br>• Contribution of the ITU Regional Offices')).toBe(true);
    for (const message of rest.slice(1)) expect(message.text!.startsWith('_Digest: TSAG (January 2027): full lists (continued)_\n\n')).toBe(true);
    for (const message of rest) expect(bytes(message)).toBeLessThanOrEqual(TEAMS_ACTIVITY_BYTE_BUDGET);
    const full = rest.map((m) => m.text).join('\n\n');
    for (const title of ['**Needs attention (6)**', '**Due at this meeting (15)**', `**Overdue (${digest.overdue.length})**`, '**What changed (107)**', '**Counts per Resolution**']) {
      expect(full).toContain(title);
    }
    expect(full).toContain('• **66-01** TSB Director to continue the Technology Watch Function in TSB. No status reported. — _Action item 66-01 · Resolution 66_');
    for (const item of [...digest.needsAttention, ...digest.dueAtMeeting, ...digest.overdue]) expect(full).toContain(`• **${item.id}** `);
    expect(full.match(/• \*\*[^*]+\*\* _\((added|removed|changed)\)_ /g)).toHaveLength(107);
    expect(full).toContain('• **Introduction: ITU Regional Presence** _(changed)_ “eight area offices” → “nine area offices” — _§ 2025-01-01 edition_');
  });

  it('splits a long digest into messages under the size budget, in order, losing nothing', () => {
    const messages = renderTeamsDigest(hugeDigest(600));
    expect(messages.length).toBeGreaterThan(2);
    for (const message of messages) expect(bytes(message)).toBeLessThanOrEqual(TEAMS_ACTIVITY_BYTE_BUDGET);
    const full = messages.slice(1).map((m) => m.text).join('\n');
    const ids = [...full.matchAll(/• \*\*(9-\d{4})\*\*/g)].map((m) => m[1]);
    expect(ids).toEqual(Array.from({ length: 600 }, (_, i) => `9-${String(i + 1).padStart(4, '0')}`));
    expect(full.indexOf('**Due at this meeting (15)**')).toBeGreaterThan(full.indexOf('9-0600'));
  });

  it('escapes HTML in report text', () => {
    const edited = sampleDigest();
    edited.needsAttention[0] = { ...edited.needsAttention[0]!, action: 'See <b>Annex</b> & more' };
    const [main, fullLists] = renderTeamsDigest(edited);
    expect(main!.text).toContain('See &lt;b&gt;Annex&lt;/b&gt; &amp; more');
    expect(fullLists!.text).toContain('See &lt;b&gt;Annex&lt;/b&gt; &amp; more.');
  });
});
