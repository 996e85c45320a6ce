import { describe, expect, it } from 'vitest';
import { renderTeamsDigest } from '../../adapters/teams/teams-digest-renderer.js';
import { TEAMS_ACTIVITY_BYTE_BUDGET } from '../../adapters/teams/teams-renderer.js';
import { hugeDigest, sampleDigest } from '../digest/digest-samples.js';

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

describe('renderTeamsDigest', () => {
  it('renders the real digest as one Markdown message with cited entries', () => {
    const [message, ...more] = renderTeamsDigest(sampleDigest());
    expect(more).toEqual([]);
    expect(message).toMatchObject({ type: 'message', textFormat: 'markdown' });
    const text = message!.text!;
    expect(text.startsWith('**Digest: TSAG (January 2027)**<br>25–29 January 2027 (Europe/Zurich)<br>6 items need attention')).toBe(true);
    expect(text).toContain('\n\n**Needs attention (6)**<br>_Action items not completed');
    expect(text).toContain('• **66-01** TSB Director to continue the Technology Watch Function in TSB. No status reported. — _Action item 66-01 · Resolution 66_');
    expect(text).toContain('\n\n**Counts per Resolution**');
    expect(bytes(message)).toBeLessThanOrEqual(TEAMS_ACTIVITY_BYTE_BUDGET);
  });

  it('splits a long digest into messages under the size budget, in order, losing nothing', () => {
    const messages = renderTeamsDigest(hugeDigest(600));
    expect(messages.length).toBeGreaterThan(2);
    for (const message of messages) expect(bytes(message)).toBeLessThanOrEqual(TEAMS_ACTIVITY_BYTE_BUDGET);
    for (const message of messages.slice(1)) expect(message.text!.startsWith('_Digest: TSAG (January 2027) (continued)_\n\n')).toBe(true);
    const all = messages.map((m) => m.text).join('\n');
    const ids = [...all.matchAll(/• \*\*(9-\d{4})\*\*/g)].map((m) => m[1]);
    expect(ids).toEqual(Array.from({ length: 600 }, (_, i) => `9-${String(i + 1).padStart(4, '0')}`));
    expect(all.indexOf('**Due at this meeting (30)**')).toBeGreaterThan(all.indexOf('9-0600'));
  });

  it('escapes HTML in report text', () => {
    const digest = sampleDigest();
    digest.needsAttention[0] = { ...digest.needsAttention[0]!, action: 'See <b>Annex</b> & more' };
    expect(renderTeamsDigest(digest)[0]!.text).toContain('See &lt;b&gt;Annex&lt;/b&gt; &amp; more.');
  });
});
