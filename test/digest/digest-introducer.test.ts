import { FakeStreamingChatModel } from '@langchain/core/utils/testing';
import { describe, expect, it } from 'vitest';
import { createDigestIntroducer, introductionRequest } from '../../bot/digest/digest-introducer.js';
import { digestOutline, INTRODUCTION_LABEL } from '../../bot/digest/digest-outline.js';
import { DigestService } from '../../bot/digest/digest-service.js';
import { renderDigestMarkdown } from '../../bot/digest/render-digest-markdown.js';
import { loadPromptTemplates } from '../../bot/llm/prompt-templates.js';
import { recordingChatModel } from '../llm/recording-chat-model.js';
import { SEEDS_DIR } from '../support/test-paths.js';
import { capturingLogger, NEW_44_30_LINE } from './digest-fixtures.js';
import { sampleDigest } from './digest-samples.js';
import { editedDigest, GUARDED_INTRODUCTION, introducedDigest } from './introduced-digest.js';

const prompts = loadPromptTemplates();

describe('digest introductions written by a language model', () => {
  it('opens the Markdown digest with the introduction, its real citations kept and the invented one removed', async () => {
    const { digest, prompts: seen } = await introducedDigest();
    expect(digest.introduction).toEqual({ text: GUARDED_INTRODUCTION, generatedBy: 'llm' });

    const markdown = renderDigestMarkdown(digest);
    const opening = [
      '# Digest: TSAG (January 2027) · 25–29 January 2027 (Europe/Zurich)',
      '**Sources:** Action Plan for the implementation of WTSA-16 Resolutions and Opinion, 1 January 2022 → 1 January 2023',
      '⚠️ The newest action plan is dated 1 January 2023, 4 years before this meeting: its statuses may be out of date.',
      'Fellowships resumed in 2022, with 120 awarded \\[44-30\\]. Action item 47-02 on ccTLD reporting is gone \\[47-02\\], and a new budget line appeared.',
      '_Written by a language model from the action-item changes under “What changed”._',
      '**5 action items need attention**',
    ].join('\n');
    expect(markdown.startsWith(opening)).toBe(true);
    expect(markdown).not.toContain('99-99');
    // The full lists after the first screen are the digest as built.
    expect(markdown.slice(markdown.indexOf('\n---\n'))).toBe(renderDigestMarkdown(editedDigest()).slice(renderDigestMarkdown(editedDigest()).indexOf('\n---\n')));

    // The model saw the meeting and exactly the three action-item changes, nothing else.
    expect(seen).toHaveLength(1);
    expect(seen[0]!.human).toBe(
      [
        '<digest title="TSAG (January 2027)">',
        '<changes>',
        `<change id="44-30">New status: “${NEW_44_30_LINE.replace(/^· /, '')}”</change>`,
        '<change id="47-02">Removed from the action plan (was: “TSB Director to report to Council annually regarding progress in ccTLDs. (i. TSB Dir)”)</change>',
        '<change id="66-01">Periodic goals met ✗ → ✓</change>',
        '</changes>',
        '</digest>',
      ].join('\n'),
    );
    expect(seen[0]!.system).toContain('Write two or three sentences in English');
  });

  it('labels the introduction in the shared outline', async () => {
    const { digest } = await introducedDigest();
    expect(digestOutline(digest).introduction).toEqual({ text: GUARDED_INTRODUCTION, label: INTRODUCTION_LABEL });
    expect('introduction' in digestOutline(editedDigest())).toBe(false);
  });

  it('gives the digest back exactly as built when the model fails, and logs why', async () => {
    const { logger, lines } = capturingLogger();
    const failing = new FakeStreamingChatModel({ thrownErrorString: 'connection refused' });
    const built = editedDigest();
    const introduced = await createDigestIntroducer({ model: failing, prompts, timeoutMs: 5000, logger })(built);
    expect(introduced).toBe(built);
    expect(introduced.introduction).toBeUndefined();
    expect(renderDigestMarkdown(introduced)).toBe(renderDigestMarkdown(editedDigest()));
    expect(lines.find((l) => l.level === 40)).toMatchObject({
      msg: 'digest introduction failed: the digest goes out without one',
      err: expect.objectContaining({ message: 'connection refused' }),
    });
  });

  it('does not wait for a model that answers after the timeout', async () => {
    const { model } = recordingChatModel(['Too late [44-30].'], { sleep: 60_000 });
    const built = editedDigest();
    expect(await createDigestIntroducer({ model, prompts, timeoutMs: 50 })(built)).toBe(built);
  });

  it('gives no introduction when the model cites only invented action items', async () => {
    const { digest } = await introducedDigest('Everything changed [99-99].');
    expect(digest.introduction).toBeUndefined();
  });

  it('asks nothing when the digest has no action-item changes (one edition of the action plan)', async () => {
    const { model, prompts: seen } = recordingChatModel(['Unused [44-30].']);
    const digest = sampleDigest();
    expect(introductionRequest(digest).changes).toEqual([]);
    expect(await createDigestIntroducer({ model, prompts, timeoutMs: 5000 })(digest)).toBe(digest);
    expect(seen).toHaveLength(0);
  });

  it('writes each introduction once, and tries again after a failure', async () => {
    const { model, prompts: seen } = recordingChatModel(['Nothing real [99-99].', 'Fellowships resumed [44-30].']);
    const introduce = createDigestIntroducer({ model, prompts, timeoutMs: 5000 });
    expect((await introduce(editedDigest())).introduction).toBeUndefined();
    expect((await introduce(editedDigest())).introduction?.text).toBe('Fellowships resumed [44-30].');
    expect((await introduce(editedDigest())).introduction?.text).toBe('Fellowships resumed [44-30].');
    expect(seen).toHaveLength(2);
  });

  it('keeps one paragraph and a sane length whatever the model writes', async () => {
    const rambling = `Intro:\n\nFellowships resumed [44-30].\n${'More words here. '.repeat(200)}`;
    const { digest } = await introducedDigest(rambling);
    const text = digest.introduction!.text;
    expect(text.startsWith('Intro: Fellowships resumed [44-30]. More words here.')).toBe(true);
    expect(text).not.toContain('\n');
    expect(text.length).toBeLessThanOrEqual(1200);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('DigestService.introduce', () => {
  it('leaves digests unchanged without an introducer', async () => {
    const service = new DigestService({ seedsDir: SEEDS_DIR, calendarFile: `${SEEDS_DIR}/no-meetings.json` });
    const digest = editedDigest();
    expect(await service.introduce(digest)).toBe(digest);
  });

  it('introduces digests with its introducer', async () => {
    const { model } = recordingChatModel(['Fellowships resumed [44-30].']);
    const introducer = createDigestIntroducer({ model, prompts, timeoutMs: 5000 });
    const service = new DigestService({ seedsDir: SEEDS_DIR, calendarFile: `${SEEDS_DIR}/no-meetings.json`, introducer });
    expect((await service.introduce(editedDigest())).introduction).toEqual({ text: 'Fellowships resumed [44-30].', generatedBy: 'llm' });
  });
});
