import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { StringOutputParser } from '@langchain/core/output_parsers';
import type { ChatPromptTemplate } from '@langchain/core/prompts';
import type { CorpusRecord } from '../corpus/records.js';

/** How much of a record the model reads: enough for its subject and first facts. */
const STATUS_CHARS = 700;
const PASSAGE_CHARS = 900;
/** Questions kept a record, and their length in words: longer lines are explanations, not questions. */
const QUESTIONS_KEPT = 5;
const WORDS = { min: 4, max: 40 };

/** The record as the model reads it: its Resolution or section, then its text. */
export function recordForQuestions(record: CorpusRecord): string {
  switch (record.kind) {
    case 'action-item':
      return `Resolution ${record.resolution}: ${record.resolutionTitle}\nAction: ${record.action}\nStatus: ${record.status.slice(0, STATUS_CHARS)}`;
    case 'passage':
      return `Section: ${record.headingPath.join(' > ')}\n${record.text.slice(0, PASSAGE_CHARS)}`;
    case 'resolution':
      return `Resolution ${record.number}: ${record.title}\n${record.operativeText.slice(0, PASSAGE_CHARS)}`;
  }
}

/**
 * The questions of a model's reply: one a line, list marks and quotes removed, lines of 4 to 40
 * words only (a preamble such as "Here are five questions:" is dropped with them), at most five.
 */
export function parseQuestions(reply: string): string[] {
  return reply
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*•·]|\d+[.)])\s*/, '').replace(/^["“']+|["”']+$/g, '').trim())
    .filter((line) => {
      const words = line.split(/\s+/).length;
      return words >= WORDS.min && words <= WORDS.max && !line.endsWith(':');
    })
    .slice(0, QUESTIONS_KEPT);
}

export interface QuestionWriterOptions {
  /** Records asked about at once (default 4): a provider's rate limit is the usual bound. */
  concurrency?: number;
  /** Called as each record is done: its questions, or why the model gave none. */
  onRecord: (record: CorpusRecord, outcome: { questions: string[] } | { error: string }) => void;
}

/**
 * Asks a chat model for each record's search questions (`prompts/record-questions.md`), a few
 * records at a time. A failed call or an empty reply is reported through `onRecord` and the
 * other records go on; nothing throws but the caller's own `onRecord`.
 */
export async function writeRecordQuestions(model: BaseChatModel, prompt: ChatPromptTemplate, records: CorpusRecord[], options: QuestionWriterOptions): Promise<void> {
  const chain = prompt.pipe(model).pipe(new StringOutputParser());
  const queue = [...records];
  const worker = async (): Promise<void> => {
    for (let record = queue.shift(); record; record = queue.shift()) {
      try {
        const questions = parseQuestions(await chain.invoke({ record: recordForQuestions(record) }));
        options.onRecord(record, questions.length > 0 ? { questions } : { error: 'the reply held no questions' });
      } catch (error) {
        options.onRecord(record, { error: (error as Error).message });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
}
