import { ChatAnthropic } from '@langchain/anthropic';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOllama } from '@langchain/ollama';
import { ChatOpenAI } from '@langchain/openai';
import { ErrorCode, RapporteurError } from '../../retrieval/errors.js';
import type { Config } from '../config.js';

/** Models used when LLM_MODEL is unset: small, cheap and quick enough for chat. */
export const DEFAULT_LLM_MODELS = {
  openai: 'gpt-4o-mini',
  anthropic: 'claude-haiku-4-5',
  ollama: 'llama3.1',
} as const;

/** Which chat model answers, for the startup log (never the key). */
export interface ChatModelChoice {
  provider: keyof typeof DEFAULT_LLM_MODELS;
  model: string;
  timeoutMs: number;
}

function required(value: string | undefined, name: string, provider: string): string {
  if (!value) throw new RapporteurError(ErrorCode.ConfigInvalid, `Invalid configuration: ${name}: required when LLM_PROVIDER=${provider}`);
  return value;
}

/** The provider and model the configuration selects, or `undefined` for extractive answers only. */
export function chatModelChoice(config: Config): ChatModelChoice | undefined {
  const provider = config.LLM_PROVIDER;
  if (!provider) return undefined;
  return { provider, model: config.LLM_MODEL ?? DEFAULT_LLM_MODELS[provider], timeoutMs: config.LLM_TIMEOUT_MS };
}

/**
 * The LangChain chat model the configuration selects, or `undefined` when LLM_PROVIDER is
 * unset. Temperature 0 so the same sources give the same wording; `maxRetries: 0` because
 * LangChain's default of six retries turns one hung provider into minutes of waiting, while
 * the caller bounds the whole call with LLM_TIMEOUT_MS and falls back to the extractive answer.
 * `invoke` does not stream; the answer chain's `stream` does, for channels that show a reply as
 * it is written (the citation guard still reads the whole reply before it becomes the answer).
 */
export function createChatModel(config: Config): BaseChatModel | undefined {
  const choice = chatModelChoice(config);
  if (!choice) return undefined;
  const common = { model: choice.model, temperature: 0, maxRetries: 0 };
  switch (choice.provider) {
    case 'openai':
      // Any OpenAI-compatible endpoint: api.openai.com, Azure OpenAI's /openai/v1, vLLM, llama.cpp…
      return new ChatOpenAI({
        ...common,
        apiKey: required(config.OPENAI_API_KEY, 'OPENAI_API_KEY', 'openai'),
        timeout: choice.timeoutMs,
        useResponsesApi: false,
        configuration: config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {},
      });
    case 'anthropic':
      return new ChatAnthropic({
        ...common,
        apiKey: required(config.ANTHROPIC_API_KEY, 'ANTHROPIC_API_KEY', 'anthropic'),
        clientOptions: { timeout: choice.timeoutMs },
      });
    case 'ollama':
      return new ChatOllama({ ...common, ...(config.OLLAMA_BASE_URL ? { baseUrl: config.OLLAMA_BASE_URL } : {}) });
  }
}
