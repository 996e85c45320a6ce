import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { ErrorCode, RapporteurError } from '../../retrieval/errors.js';

/** Where the prompt templates live in the repository. */
export const PROMPTS_DIR = resolve(import.meta.dirname, '..', '..', 'prompts');

/** Each prompt file and the variables its template must use, checked at start. */
const PROMPT_FILES = {
  answer: { file: 'answer.md', variables: ['missing', 'question', 'reports'] },
  rewriteQuestion: { file: 'rewrite-question.md', variables: ['previous', 'question'] },
  digestIntroduction: { file: 'digest-introduction.md', variables: ['changes', 'language', 'title'] },
  recordQuestions: { file: 'record-questions.md', variables: ['record'] },
} as const;

export type PromptName = keyof typeof PROMPT_FILES;

/** The chat prompts, one per job. */
export type PromptTemplates = Record<PromptName, ChatPromptTemplate>;

const SECTION = /^## (system|human)[ \t]*$/m;

function invalid(file: string, problem: string): RapporteurError {
  return new RapporteurError(ErrorCode.ConfigInvalid, `Prompt ${file}: ${problem}`);
}

/**
 * Parses one prompt file: anything before the first heading (a comment for editors) is
 * ignored, then a `## system` section and a `## human` section, each an f-string template.
 */
export function parsePromptFile(file: string, text: string, variables: readonly string[]): ChatPromptTemplate {
  const parts = text.split(SECTION).slice(1);
  const sections = new Map<string, string>();
  for (let i = 0; i + 1 < parts.length; i += 2) sections.set(parts[i]!, parts[i + 1]!.trim());
  const system = sections.get('system');
  const human = sections.get('human');
  if (!system || !human) throw invalid(file, 'needs a "## system" and a "## human" section');
  let template: ChatPromptTemplate;
  try {
    template = ChatPromptTemplate.fromMessages([
      ['system', system],
      ['human', human],
    ]);
  } catch (error) {
    throw invalid(file, `not a valid template (literal braces must be doubled): ${(error as Error).message}`);
  }
  const used = [...template.inputVariables].sort();
  if (used.join(',') !== [...variables].sort().join(',')) {
    throw invalid(file, `uses {${used.join('}, {')}} but must use exactly {${variables.join('}, {')}}`);
  }
  return template;
}

/** Reads and checks every prompt once, at start: a broken edit stops the server with a clear message. */
export function loadPromptTemplates(dir: string = PROMPTS_DIR): PromptTemplates {
  const entries = Object.entries(PROMPT_FILES).map(([name, { file, variables }]) => {
    let text: string;
    try {
      text = readFileSync(join(dir, file), 'utf8');
    } catch (error) {
      throw invalid(file, `cannot be read from ${dir}: ${(error as Error).message}`);
    }
    return [name, parsePromptFile(file, text, variables)] as const;
  });
  return Object.fromEntries(entries) as PromptTemplates;
}

/**
 * Makes text safe to place between XML-like tags (or in a quoted attribute) of a prompt:
 * a question or report containing `</question>` cannot close the data block it sits in.
 */
export function escapePromptData(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
