import { describe, expect, it } from 'vitest';
import { renderTeamsDigest } from '../../adapters/teams/teams-digest-renderer.js';
import { TEAMS_ACTIVITY_BYTE_BUDGET } from '../../adapters/teams/teams-renderer.js';
import { hugeDigest } from '../digest/digest-samples.js';
import { editedDigest, GUARDED_INTRODUCTION, introducedDigest } from '../digest/introduced-digest.js';

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/** Teams' "AI generated" label: a schema.org Message entity with `additionalType`. */
const AI_LABEL = {
  type: 'https://schema.org/Message',
  '@type': 'Message',
  '@context': 'https://schema.org',
  '@id': '',
  additionalType: ['AIGeneratedContent'],
};

describe('renderTeamsDigest with a model-written introduction', () => {
  it('opens with the introduction and its label after the headline, and carries Teams\' AI label', async () => {
    const { digest } = await introducedDigest();
    const [message, ...more] = renderTeamsDigest(digest);
    const paragraphs = message!.text!.split('\n\n');
    expect(paragraphs[0]).toBe(
      '**Digest: TSAG (January 2027)**<br>25–29 January 2027 (Europe/Zurich)<br>' +
        `5 action items need attention · 15 due at this meeting · ${digest.overdue.length} overdue · 3 changes since the previous editions<br>` +
        '_Sources:_ Action Plan for the implementation of WTSA-16 Resolutions and Opinion, 1 January 2022 → 1 January 2023',
    );
    expect(paragraphs[1]).toBe('⚠️ The newest action plan is dated 1 January 2023, 4 years before this meeting: its statuses may be out of date.');
    expect(paragraphs[2]).toBe(`${GUARDED_INTRODUCTION}<br>_Written by a language model from the action-item changes under “What changed”._`);
    expect(paragraphs[3]!.startsWith('**5 action items need attention**')).toBe(true);
    expect(message!.entities).toEqual([AI_LABEL]);
    // Only the first message carries the label; the full lists are the same as without an introduction.
    const [plain, ...plainMore] = renderTeamsDigest(editedDigest());
    expect(plain!.entities).toBeUndefined();
    expect(plain!.text!.split('\n\n').slice(0, 2)).toEqual(paragraphs.slice(0, 2));
    expect(more).toEqual(plainMore);
    expect(more.every((m) => m.entities === undefined)).toBe(true);
  });

  it('escapes HTML in what the model wrote', () => {
    const digest = { ...editedDigest(), introduction: { text: 'See <img src=x> & [44-30].', generatedBy: 'llm' as const } };
    expect(renderTeamsDigest(digest)[0]!.text).toContain('\n\nSee &lt;img src=x&gt; &amp; [44-30].<br>_Written by a language model');
  });

  it('labels only the first of several messages, each under the size budget', () => {
    const digest = { ...hugeDigest(600), introduction: { text: 'Fellowships resumed [44-30].', generatedBy: 'llm' as const } };
    const messages = renderTeamsDigest(digest);
    expect(messages.length).toBeGreaterThan(2);
    for (const message of messages) expect(bytes(message)).toBeLessThanOrEqual(TEAMS_ACTIVITY_BYTE_BUDGET);
    expect(messages[0]!.entities).toEqual([AI_LABEL]);
    expect(messages.slice(1).every((m) => m.entities === undefined)).toBe(true);
    expect(messages[0]!.text).toContain('\n\nFellowships resumed [44-30].<br>_Written by a language model');
  });
});
