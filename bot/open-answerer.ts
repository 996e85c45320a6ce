import type { Answerer } from './answer.js';
import type { Config } from './config.js';
import { chatModelChoice, createChatModel } from './llm/create-chat-model.js';
import { LlmAnswerer } from './llm/llm-answerer.js';
import { loadPromptTemplates } from './llm/prompt-templates.js';
import { silentLogger, type Logger } from './logger.js';
import { openRapporteur, type Rapporteur, type RapporteurOptions } from './rapporteur.js';

export interface AnswererOptions {
  logger?: Logger;
  /** Where the prompt templates are read from (the repository's `prompts/` by default). */
  promptsDir?: string;
}

/** Puts the configured answer path around a Rapporteur once its index is open. */
export type AnswererWrapper = (rapporteur: Rapporteur) => Answerer;

/**
 * Checks the answer configuration now (chat model settings, prompt templates), before any
 * index is opened, and returns what turns a Rapporteur into the configured answerer: answers
 * worded by a language model (citation-guarded, extractive on failure) when LLM_PROVIDER is
 * set, else the Rapporteur's own extractive answers.
 */
export function prepareAnswerer(config: Config, options: AnswererOptions = {}): AnswererWrapper {
  const logger = options.logger ?? silentLogger;
  const model = createChatModel(config);
  if (!model) {
    logger.info('answers are extractive (set LLM_PROVIDER for answers worded by a language model)');
    return (rapporteur) => rapporteur;
  }
  const prompts = loadPromptTemplates(options.promptsDir);
  logger.info({ ...chatModelChoice(config) }, 'answers worded by a language model, citations checked against retrieval');
  return (rapporteur) => new LlmAnswerer(rapporteur, { model, prompts, timeoutMs: config.LLM_TIMEOUT_MS, logger });
}

/** Opens the index and returns the configured answerer: the LLM answerer when LLM_PROVIDER is set, else the Rapporteur. */
export async function openAnswerer(config: Config, options: RapporteurOptions & AnswererOptions = {}): Promise<Answerer> {
  const { promptsDir, ...rapporteurOptions } = options;
  const wrap = prepareAnswerer(config, { logger: options.logger, promptsDir });
  return wrap(await openRapporteur(config, rapporteurOptions));
}
