import { describe, expect, it } from 'vitest';
import { renderSlackDigest } from '../../adapters/slack/slack-digest-renderer.js';
import { hugeDigest, sampleDigest } from '../digest/digest-samples.js';
import { blocksProblem } from '../support/fake-slack-api.js';

type Block = { type: string; text?: { text: string }; elements?: { text: string }[] };
const texts = (blocks: unknown[]): string[] => (blocks as Block[]).map((b) => b.text?.text ?? b.elements?.map((e) => e.text).join(' ') ?? '');

describe('renderSlackDigest', () => {
  it('puts the header, needs attention and due items in the message and the rest in its thread', () => {
    const rendered = renderSlackDigest(sampleDigest());
    const message = texts(rendered.message.blocks);
    expect(rendered.message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Digest: TSAG (January 2027)', emoji: true } });
    expect(message[1]).toMatch(/^\*25–29 January 2027 \(Europe\/Zurich\)\* · 6 items need attention · 30 due at this meeting/);
    expect(message.some((t) => t.startsWith('*Needs attention (6)*'))).toBe(true);
    expect(message.join('\n')).toContain("• *47-01* SG2 to review and study contributions regarding MS' ccTLD experiences (instructs SG2).");
    expect(message.join('\n')).toContain('— _Action item 47-01 · Resolution 47_');
    expect(message.at(-1)).toMatch(/^_Continued in the thread: What changed \(\d+\), Counts per Resolution\._$/);
    expect(rendered.threadReplies.map((r) => texts(r.blocks)[0]!.split('\n')[0])).toEqual([
      expect.stringMatching(/^\*What changed \(\d+\)\*$/),
      '*Counts per Resolution*',
    ]);
    expect(rendered.message.text).toContain('Needs attention (6)');
  });

  it('stays within Slack limits and loses no entry, however long the digest', () => {
    const rendered = renderSlackDigest(hugeDigest(600));
    const messages = [rendered.message, ...rendered.threadReplies];
    expect(messages.length).toBeGreaterThan(3);
    for (const message of messages) {
      expect(blocksProblem(message.blocks)).toBeUndefined();
      expect(message.blocks.length).toBeLessThanOrEqual(50);
      expect(message.text.length).toBeLessThanOrEqual(40_000);
    }
    const all = messages.flatMap((m) => texts(m.blocks)).join('\n');
    for (let i = 1; i <= 600; i++) expect(all).toContain(`• *9-${String(i).padStart(4, '0')}*`);
  });

  it('escapes Slack control characters in report text', () => {
    const digest = sampleDigest();
    digest.needsAttention[0] = { ...digest.needsAttention[0]!, action: 'Report <@U123> & <!channel>' };
    expect(texts(renderSlackDigest(digest).message.blocks).join('\n')).toContain('Report &lt;@U123&gt; &amp; &lt;!channel&gt;.');
  });
});
