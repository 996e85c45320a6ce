import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { CorpusRecord } from '../corpus/records.js';

/**
 * Questions a delegate might type to find a record, in everyday words (doc2query's document
 * expansion: Nogueira et al., 2019): the keyword index reads them as a field of their own, so
 * "fake phones" meets the item that only says "counterfeit ICT devices". They are written once
 * per record by a language model reading that record alone, never a question from use, and
 * kept in JSON lines: `{"record": "item:96-02", "subject": "<hash>", "questions": ["…"]}`.
 */
export const SHIPPED_QUESTIONS_FILE = new URL('./record-questions.jsonl', import.meta.url);

/** The file in `DATA_DIR` that `npm run questions` writes for records the shipped file lacks. */
const DATA_QUESTIONS_FILE = 'record-questions.jsonl';

/** The question files an index in `dataDir` is built from, in reading order: the shipped file, then `DATA_DIR`'s. */
export function questionFiles(dataDir: string): [URL, string] {
  return [SHIPPED_QUESTIONS_FILE, join(dataDir, DATA_QUESTIONS_FILE)];
}

const RecordQuestionsLine = z.object({
  record: z.string().min(1),
  subject: z.string().min(1),
  questions: z.array(z.string().min(1)).min(1),
});
export type RecordQuestionsLine = z.infer<typeof RecordQuestionsLine>;

/** Record key and subject hash → its questions. */
export type RecordQuestions = Map<string, string[]>;

/**
 * What a record's questions were written from: an action item's action, a Resolution's title
 * and operative text, a passage's headings and text. Questions are kept only while it is
 * unchanged (a new edition's rewritten action gets new ones); a status narrative may change
 * under them.
 */
function questionSubject(record: CorpusRecord): string {
  switch (record.kind) {
    case 'action-item':
      return record.action;
    case 'passage':
      return `${record.headingPath.join(' > ')}\n${record.text}`;
    case 'resolution':
      return `${record.title}\n${record.operativeText}`;
  }
}

/** The hash naming a record's subject (SHA-256, 16 hex digits). */
export function subjectHash(record: CorpusRecord): string {
  return createHash('sha256').update(questionSubject(record)).digest('hex').slice(0, 16);
}

function lookupKey(record: string, subject: string): string {
  return `${record}#${subject}`;
}

/**
 * Reads question files (JSON lines; a missing file holds none), later files adding to earlier
 * ones. Lines that are not valid JSON of the line shape are counted in `invalid` and skipped:
 * a damaged line loses its own questions, not the file's.
 */
export function readRecordQuestions(files: (string | URL)[]): { questions: RecordQuestions; invalid: number } {
  const questions: RecordQuestions = new Map();
  let invalid = 0;
  for (const file of files) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const parsed = parseLine(line);
      if (!parsed) {
        invalid++;
        continue;
      }
      const key = lookupKey(parsed.record, parsed.subject);
      questions.set(key, [...(questions.get(key) ?? []), ...parsed.questions]);
    }
  }
  return { questions, invalid };
}

function parseLine(line: string): RecordQuestionsLine | undefined {
  try {
    const result = RecordQuestionsLine.safeParse(JSON.parse(line));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/** The questions written for a record as it now reads (none when its subject changed since). */
export function questionsFor(questions: RecordQuestions, record: CorpusRecord): string[] {
  return questions.get(lookupKey(record.key, subjectHash(record))) ?? [];
}

/** A file line for a record's questions. */
export function questionsLine(record: CorpusRecord, questions: string[]): string {
  return JSON.stringify({ record: record.key, subject: subjectHash(record), questions } satisfies Partial<RecordQuestionsLine>);
}
