import { rmSync } from 'node:fs';
import { buildDigest } from '../../bot/digest/build-digest.js';
import type { Digest } from '../../bot/digest/digest.js';
import { loadDigestCorpus, type DigestCorpus } from '../../bot/digest/digest-corpus.js';
import { createDigestIntroducer } from '../../bot/digest/digest-introducer.js';
import { loadPromptTemplates } from '../../bot/llm/prompt-templates.js';
import { recordingChatModel, type RecordedPrompts } from '../llm/recording-chat-model.js';
import { editedPlanSeeds } from './digest-fixtures.js';
import { SAMPLE_MEETING } from './digest-samples.js';

/** What the fake model replies: two real citations and a hallucinated one. */
export const MODEL_REPLY =
  'Fellowships resumed in 2022, with 120 awarded [44-30]. Action item 47-02 on ccTLD reporting is gone [47-02], and a new budget line appeared [99-99].';
/** The reply once the citation guard removed `[99-99]`. */
export const GUARDED_INTRODUCTION =
  'Fellowships resumed in 2022, with 120 awarded [44-30]. Action item 47-02 on ccTLD reporting is gone [47-02], and a new budget line appeared.';

let corpus: DigestCorpus | undefined;

/** The action plan and its edited newer edition (44-30, 47-02 and 66-01 changed), parsed once per test file. */
export function editedCorpus(): DigestCorpus {
  if (!corpus) {
    const dir = editedPlanSeeds();
    corpus = loadDigestCorpus(dir);
    rmSync(dir, { recursive: true, force: true });
  }
  return corpus;
}

/** The January 2027 TSAG digest of the edited editions, as built (no introduction). */
export function editedDigest(): Digest {
  return buildDigest(editedCorpus(), SAMPLE_MEETING, new Date('2027-01-18T08:00:00Z'));
}

/** The edited digest introduced by LangChain's FakeListChatModel replying `reply`, and the prompts it saw. */
export async function introducedDigest(reply: string = MODEL_REPLY): Promise<{ digest: Digest; prompts: RecordedPrompts }> {
  const { model, prompts } = recordingChatModel([reply]);
  const introduce = createDigestIntroducer({ model, prompts: loadPromptTemplates(), timeoutMs: 5000 });
  return { digest: await introduce(editedDigest()), prompts };
}
