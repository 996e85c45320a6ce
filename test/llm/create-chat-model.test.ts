import { ChatAnthropic } from '@langchain/anthropic';
import { ChatOllama } from '@langchain/ollama';
import { ChatOpenAI } from '@langchain/openai';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config.js';
import { createChatModel } from '../../bot/llm/create-chat-model.js';
import { Rapporteur } from '../../bot/rapporteur.js';
import { LlmAnswerer } from '../../bot/llm/llm-answerer.js';
import { prepareAnswerer } from '../../bot/open-answerer.js';

/** LangChain's retry count for a model (its AsyncCaller keeps it protected). */
const retriesOf = (model: { caller: object }): unknown => Reflect.get(model.caller, 'maxRetries');

describe('chat model from the configuration', () => {
  it('is absent without LLM_PROVIDER: answers stay extractive', () => {
    const config = loadConfig({});
    expect(createChatModel(config)).toBeUndefined();
    const rapporteur = Object.create(Rapporteur.prototype) as Rapporteur;
    expect(prepareAnswerer(config)(rapporteur)).toBe(rapporteur);
  });

  it('builds ChatOpenAI for any OpenAI-compatible endpoint: temperature 0, no retries, the timeout; invoke does not stream, stream can', () => {
    const model = createChatModel(
      loadConfig({ LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1', LLM_TIMEOUT_MS: '1500' }),
    ) as ChatOpenAI;
    expect(model).toBeInstanceOf(ChatOpenAI);
    expect(model).toMatchObject({ model: 'gpt-4o-mini', temperature: 0, timeout: 1500, streaming: false, disableStreaming: false });
    expect(retriesOf(model)).toBe(0);
    expect(model.clientConfig.baseURL).toBe('http://127.0.0.1:8080/v1');
  });

  it('builds ChatAnthropic and ChatOllama with the chosen model', () => {
    const anthropic = createChatModel(loadConfig({ LLM_PROVIDER: 'anthropic', ANTHROPIC_API_KEY: 'k', LLM_MODEL: 'claude-sonnet-4-5' })) as ChatAnthropic;
    expect(anthropic).toBeInstanceOf(ChatAnthropic);
    expect(anthropic).toMatchObject({ model: 'claude-sonnet-4-5', temperature: 0, clientOptions: { timeout: 8000 } });
    expect(retriesOf(anthropic)).toBe(0);
    const ollama = createChatModel(loadConfig({ LLM_PROVIDER: 'ollama', OLLAMA_BASE_URL: 'http://127.0.0.1:11434' })) as ChatOllama;
    expect(ollama).toBeInstanceOf(ChatOllama);
    expect(ollama).toMatchObject({ model: 'llama3.1', temperature: 0, baseUrl: 'http://127.0.0.1:11434' });
    expect(retriesOf(ollama)).toBe(0);
  });

  it('wraps the Rapporteur in the LLM answerer when a provider is set', () => {
    const rapporteur = Object.create(Rapporteur.prototype) as Rapporteur;
    const answerer = prepareAnswerer(loadConfig({ LLM_PROVIDER: 'ollama' }))(rapporteur);
    expect(answerer).toBeInstanceOf(LlmAnswerer);
    expect((answerer as LlmAnswerer).rapporteur).toBe(rapporteur);
  });

  it('refuses at start a provider without its key, or a model without a provider', () => {
    expect(() => loadConfig({ LLM_PROVIDER: 'openai' })).toThrow(
      'Invalid configuration: OPENAI_API_KEY: required when LLM_PROVIDER=openai (any non-empty value for a local OpenAI-compatible server that does not check keys)',
    );
    expect(() => loadConfig({ LLM_PROVIDER: 'anthropic', OPENAI_API_KEY: 'sk' })).toThrow(
      'Invalid configuration: ANTHROPIC_API_KEY: required when LLM_PROVIDER=anthropic',
    );
    expect(() => loadConfig({ LLM_MODEL: 'gpt-4o' })).toThrow(/LLM_MODEL is set but LLM_PROVIDER is not/);
    expect(() => loadConfig({ LLM_PROVIDER: 'gemini' })).toThrow(/LLM_PROVIDER/);
    expect(() => loadConfig({ LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'sk', OPENAI_BASE_URL: 'localhost:8080' })).toThrow(
      'Invalid configuration: OPENAI_BASE_URL: not an http(s) URL: localhost:8080',
    );
  });
});
