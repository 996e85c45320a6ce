import { describe, expect, it } from 'vitest';
import { renderSlackDigest } from '../../adapters/slack/slack-digest-renderer.js';
import { blocksProblem } from '../support/fake-slack-api.js';
import { hugeDigest } from '../digest/digest-samples.js';
import { editedDigest, GUARDED_INTRODUCTION, introducedDigest } from '../digest/introduced-digest.js';

type Block = { type: string; text?: { text: string }; elements?: { text: string }[] };
const texts = (blocks: unknown[]): string[] => (blocks as Block[]).map((b) => b.text?.text ?? b.elements?.map((e) => e.text).join(' ') ?? '');

describe('renderSlackDigest with a model-written introduction', () => {
  it('shows the introduction and its label after the headline and warning, before the lists', async () => {
    const { digest } = await introducedDigest();
    const rendered = renderSlackDigest(digest);
    const blocks = rendered.message.blocks as Block[];
    expect(blocks.slice(0, 7).map((b) => b.type)).toEqual(['header', 'context', 'context', 'section', 'section', 'context', 'section']);
    expect(texts(blocks)[3]!.startsWith(':warning: ')).toBe(true);
    expect(blocks[4]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: GUARDED_INTRODUCTION } });
    expect(blocks[5]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '_Written by a language model from the action-item changes under “What changed”._' }],
    });
    expect(texts(blocks)[6]!.startsWith('*5 action items need attention*')).toBe(true);
    // The notification text carries it too; the full lists in the thread do not change.
    expect(rendered.message.text).toContain(GUARDED_INTRODUCTION);
    const plain = renderSlackDigest(editedDigest());
    expect(blocks.slice(0, 4)).toEqual(plain.message.blocks.slice(0, 4));
    expect(rendered.threadReplies).toEqual(plain.threadReplies);
  });

  it('escapes Slack control characters in what the model wrote', () => {
    const digest = { ...editedDigest(), introduction: { text: 'Ping <!channel> & <@U1> [44-30].', generatedBy: 'llm' as const } };
    expect(texts(renderSlackDigest(digest).message.blocks)[4]).toBe('Ping &lt;!channel&gt; &amp; &lt;@U1&gt; [44-30].');
  });

  it('stays within Slack limits with an introduction on a very long digest', () => {
    const digest = { ...hugeDigest(600), introduction: { text: `${'Long introduction. '.repeat(300)}[44-30]`, generatedBy: 'llm' as const } };
    const rendered = renderSlackDigest(digest);
    for (const message of [rendered.message, ...rendered.threadReplies]) expect(blocksProblem(message.blocks)).toBeUndefined();
    expect(texts(rendered.message.blocks)[4]!.startsWith('Long introduction.')).toBe(true);
  });

  it('shows no introduction and no label for a digest without one', () => {
    const all = texts(renderSlackDigest(editedDigest()).message.blocks).join('\n');
    expect(all).not.toContain('language model');
  });
});
