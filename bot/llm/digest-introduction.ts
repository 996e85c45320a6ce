import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { StringOutputParser } from '@langchain/core/output_parsers';
import { silentLogger, type Logger } from '../logger.js';
import { guardCitations } from './citation-guard.js';
import { escapePromptData, type PromptTemplates } from './prompt-templates.js';

/** One action item that changed since the last digest, as the digest shows it. */
export interface DigestChange {
  /** Action item number, e.g. `44-30`. */
  id: string;
  /** What changed, in a sentence or two (e.g. the new status paragraph). */
  summary: string;
}

export interface DigestIntroductionRequest {
  title: string;
  changes: DigestChange[];
  /** Language to write in, by name ("English", "French"…). */
  language?: string;
}

export interface DigestIntroductionOptions {
  model: BaseChatModel;
  prompts: PromptTemplates;
  timeoutMs: number;
  logger?: Logger;
}

/**
 * A short introduction for a digest, worded by the language model from the digest's changes
 * only, its citations guarded like answers'. `undefined` when there is nothing to introduce or
 * the model failed, timed out or cited nothing real: the digest then goes out without one.
 */
export async function writeDigestIntroduction(
  request: DigestIntroductionRequest,
  options: DigestIntroductionOptions,
): Promise<string | undefined> {
  if (request.changes.length === 0) return undefined;
  const logger = options.logger ?? silentLogger;
  const chain = options.prompts.digestIntroduction.pipe(options.model).pipe(new StringOutputParser());
  const changes = request.changes
    .map((c) => `<change id="${escapePromptData(c.id)}">${escapePromptData(c.summary)}</change>`)
    .join('\n');
  let reply: string;
  try {
    reply = await chain.invoke(
      { title: escapePromptData(request.title), changes, language: request.language ?? 'English' },
      { signal: AbortSignal.timeout(options.timeoutMs) },
    );
  } catch (error) {
    logger.warn({ err: error }, 'digest introduction failed: the digest goes out without one');
    return undefined;
  }
  const guarded = guardCitations(reply, new Map(request.changes.map((c) => [c.id, c.id])));
  if (guarded.removed.length > 0) logger.warn({ removed: guarded.removed }, 'citation guard removed citations from a digest introduction');
  return guarded.cited.length > 0 ? guarded.text : undefined;
}
