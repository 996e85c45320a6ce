import { describe, expect, it } from 'vitest';
import { renderSlackDigest } from '../../adapters/slack/slack-digest-renderer.js';
import { blocksProblem } from '../support/fake-slack-api.js';
import { hugeDigest } from '../digest/digest-samples.js';
import { editedDigest, GUARDED_INTRODUCTION, introducedDigest } from '../digest/introduced-digest.js';

type Block = { type: string; text?: { text: string }; elements?: { text: string }[] };
const texts = (blocks: unknown[]): string[] => (blocks as Block[]).map((b) => b.text?.text ?? b.elements?.map((e) => e.text).join(' ') ?? '');

describe('renderSlackDigest with a model-written introduction', () => {
  it('shows the introduction and its label after the totals, before the sources', async () => {
    const { digest } = await introducedDigest();
    const rendered = renderSlackDigest(digest);
    const blocks = rendered.message.blocks as Block[];
    expect(blocks.slice(0, 5).map((b) => b.type)).toEqual(['header', 'context', 'section', 'context', 'section']);
    expect(blocks[2]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: GUARDED_INTRODUCTION } });
    expect(blocks[3]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '_Written by a language model from the action-item changes under “What changed”._' }],
    });
    expect(texts(blocks)[4]!.startsWith('*Sources*')).toBe(true);
    // The notification text carries it too, and nothing else moved.
    expect(rendered.message.text).toContain(GUARDED_INTRODUCTION);
    const plain = renderSlackDigest(editedDigest());
    expect([blocks[0], blocks[1], ...blocks.slice(4)]).toEqual(plain.message.blocks);
    expect(rendered.threadReplies).toEqual(plain.threadReplies);
  });

  it('escapes Slack control characters in what the model wrote', () => {
    const digest = { ...editedDigest(), introduction: { text: 'Ping <!channel> & <@U1> [44-30].', generatedBy: 'llm' as const } };
    expect(texts(renderSlackDigest(digest).message.blocks)[2]).toBe('Ping &lt;!channel&gt; &amp; &lt;@U1&gt; [44-30].');
  });

  it('stays within Slack limits with an introduction on a very long digest', () => {
    const digest = { ...hugeDigest(600), introduction: { text: `${'Long introduction. '.repeat(300)}[44-30]`, generatedBy: 'llm' as const } };
    const rendered = renderSlackDigest(digest);
    for (const message of [rendered.message, ...rendered.threadReplies]) expect(blocksProblem(message.blocks)).toBeUndefined();
    expect(texts(rendered.message.blocks)[2]!.startsWith('Long introduction.')).toBe(true);
  });

  it('shows no introduction and no label for a digest without one', () => {
    const all = texts(renderSlackDigest(editedDigest()).message.blocks).join('\n');
    expect(all).not.toContain('language model');
  });
});
