import { truncate } from '../answering/key-sentences.js';
import type { Config } from '../config.js';
import { chatModelChoice, createChatModel } from '../llm/create-chat-model.js';
import { writeDigestIntroduction, type DigestIntroductionOptions, type DigestIntroductionRequest } from '../llm/digest-introduction.js';
import { loadPromptTemplates } from '../llm/prompt-templates.js';
import { silentLogger, type Logger } from '../logger.js';
import type { Digest } from './digest.js';

/**
 * Adds a model-written introduction to a digest, or gives the digest back as it is (no
 * action-item changes, or the model failed, timed out or cited nothing real). Never rejects.
 */
export type DigestIntroducer = (digest: Digest) => Promise<Digest>;

/** Changes shown to the model; a digest with more is introduced from its first ones, in item order. */
const MAX_CHANGES = 40;
/** Longer than the two or three sentences asked for means the model rambled; cut it. */
const MAX_INTRODUCTION_CHARS = 1200;
/** Introductions kept, per meeting and set of changes: previews ask again and again. */
const CACHE_SIZE = 16;

/** What the model is asked to introduce: the digest's action-item changes, in order. */
export function introductionRequest(digest: Digest): DigestIntroductionRequest {
  const changes = digest.changes
    .flatMap((series) => series.changes)
    .filter((change) => change.subject === 'action-item')
    .slice(0, MAX_CHANGES)
    .map((change) => ({ id: change.label, summary: change.summary }));
  return { title: digest.meeting.name, changes };
}

/**
 * A `DigestIntroducer` over a chat model. Each introduction is written once per meeting and
 * set of changes (the model runs at temperature 0, so asking again gives the same words);
 * calls that gave none are not remembered, so the next digest tries again. A call waits at
 * most `timeoutMs` for the model.
 */
export function createDigestIntroducer(options: DigestIntroductionOptions): DigestIntroducer {
  const written = new Map<string, Promise<string | undefined>>();
  const introductionFor = (request: DigestIntroductionRequest): Promise<string | undefined> => {
    const key = JSON.stringify(request);
    const known = written.get(key);
    if (known) return known;
    const writing = writeDigestIntroduction(request, options);
    written.set(key, writing);
    if (written.size > CACHE_SIZE) written.delete(written.keys().next().value!);
    void writing.then((text) => {
      if (text === undefined && written.get(key) === writing) written.delete(key);
    });
    return writing;
  };
  return async (digest) => {
    const request = introductionRequest(digest);
    if (request.changes.length === 0) return digest;
    const text = await introductionFor(request);
    if (text === undefined) return digest;
    // One paragraph, whatever line breaks the model used: every channel shows it as one.
    return { ...digest, introduction: { text: truncate(text.replace(/\s+/g, ' ').trim(), MAX_INTRODUCTION_CHARS), generatedBy: 'llm' } };
  };
}

/**
 * The introducer the configuration asks for: one over the configured chat model when
 * LLM_PROVIDER is set, else `undefined` (digests stay as built). Checks the model settings and
 * prompt templates now, so a broken setup stops start-up rather than the first digest.
 */
export function prepareDigestIntroducer(config: Config, options: { logger?: Logger; promptsDir?: string } = {}): DigestIntroducer | undefined {
  const model = createChatModel(config);
  if (!model) return undefined;
  const logger = options.logger ?? silentLogger;
  const prompts = loadPromptTemplates(options.promptsDir);
  logger.info({ ...chatModelChoice(config) }, 'digests open with an introduction written by a language model from their action-item changes');
  return createDigestIntroducer({ model, prompts, timeoutMs: config.LLM_TIMEOUT_MS, logger });
}
