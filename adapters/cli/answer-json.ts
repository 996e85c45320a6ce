import type { Answer } from '../../bot/answer.js';

/** The CLI's JSON contract (used by tests and the evaluation): keep these fields exactly. */
export interface AnswerJson {
  question: string;
  answer: string;
  abstained: boolean;
  citations: {
    actionItem: string | null;
    resolution: string | null;
    document: string;
    section: string;
    excerpt: string;
    score: number;
  }[];
  /** A list answer's action items, complete (present only on list answers). */
  listed?: string[];
}

export function toAnswerJson(question: string, answer: Answer): AnswerJson {
  return {
    question,
    answer: answer.text,
    abstained: answer.abstained,
    citations: answer.citations.slice(0, 5).map((c) => ({
      actionItem: c.actionItem,
      resolution: c.resolution,
      document: c.document,
      section: c.section,
      excerpt: c.excerpt,
      score: c.score,
    })),
    ...(answer.listed ? { listed: answer.listed } : {}),
  };
}

/** The readable form for a terminal: answer, then numbered sources. */
export function toReadableText(answer: Answer): string {
  const sources = answer.citations.map((c, i) => {
    const what = c.actionItem ? `Action item ${c.actionItem} — ` : '';
    return `  [${i + 1}] ${what}${c.documentTitle} › ${c.section}\n      “${c.excerpt}”`;
  });
  return [answer.text, sources.length ? `\nSources:\n${sources.join('\n')}` : ''].join('\n');
}
