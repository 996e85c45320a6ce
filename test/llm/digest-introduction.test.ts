import { FakeStreamingChatModel } from '@langchain/core/utils/testing';
import { describe, expect, it } from 'vitest';
import { writeDigestIntroduction, type DigestIntroductionRequest } from '../../bot/llm/digest-introduction.js';
import { loadPromptTemplates } from '../../bot/llm/prompt-templates.js';
import { recordingChatModel } from './recording-chat-model.js';

const prompts = loadPromptTemplates();
const request: DigestIntroductionRequest = {
  title: 'TSAG <March 2026>',
  language: 'French',
  changes: [
    { id: '44-30', summary: 'No fellowships were awarded from October to December 2021 because of COVID-19.' },
    { id: '44-01', summary: 'Two new regional groups were created.' },
  ],
};

describe('digest introduction', () => {
  it('words an introduction from the changes only, with guarded citations', async () => {
    const { model, prompts: seen } = recordingChatModel([
      'Les bourses sont suspendues [44-30], deux groupes régionaux sont nés [44-01] et le budget a doublé [12-01].',
    ]);
    const text = await writeDigestIntroduction(request, { model, prompts, timeoutMs: 5000 });
    expect(text).toBe('Les bourses sont suspendues [44-30], deux groupes régionaux sont nés [44-01] et le budget a doublé.');
    expect(seen[0]!.system).toContain('Write two or three sentences in French');
    expect(seen[0]!.human).toContain('<digest title="TSAG &lt;March 2026&gt;">');
    expect(seen[0]!.human).toContain('<change id="44-30">No fellowships were awarded');
  });

  it('gives no introduction when the model fails or cites nothing real', async () => {
    const failing = new FakeStreamingChatModel({ thrownErrorString: 'connection refused' });
    expect(await writeDigestIntroduction(request, { model: failing, prompts, timeoutMs: 5000 })).toBeUndefined();
    const { model } = recordingChatModel(['Everything changed [99-99].']);
    expect(await writeDigestIntroduction(request, { model, prompts, timeoutMs: 5000 })).toBeUndefined();
    const { model: unused, prompts: seen } = recordingChatModel(['x']);
    expect(await writeDigestIntroduction({ ...request, changes: [] }, { model: unused, prompts, timeoutMs: 5000 })).toBeUndefined();
    expect(seen).toHaveLength(0);
  });
});
