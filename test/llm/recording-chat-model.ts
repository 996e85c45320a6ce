import type { BaseMessage } from '@langchain/core/messages';
import { FakeListChatModel } from '@langchain/core/utils/testing';

/** The prompts a fake chat model was given, one array of messages per call. */
export type RecordedPrompts = { system: string; human: string }[];

function text(message: BaseMessage | undefined): string {
  return typeof message?.content === 'string' ? message.content : JSON.stringify(message?.content ?? '');
}

/**
 * LangChain's FakeListChatModel (replies in order) with a callback that records every prompt,
 * so tests can assert on what the model was shown.
 */
export function recordingChatModel(responses: string[], options: { sleep?: number } = {}): { model: FakeListChatModel; prompts: RecordedPrompts } {
  const prompts: RecordedPrompts = [];
  const model = new FakeListChatModel({
    responses,
    ...(options.sleep !== undefined ? { sleep: options.sleep } : {}),
    callbacks: [
      {
        handleChatModelStart(_llm, messages) {
          const [system, human] = messages[0] ?? [];
          prompts.push({ system: text(system), human: text(human) });
        },
      },
    ],
  });
  return { model, prompts };
}
