import type { Answer } from '../answer.js';

/** One row of an evaluation set (`../shared/eval/dev.jsonl`). */
export interface EvalCase {
  id: string;
  q: string;
  /** Any of these action items is a hit. */
  items?: string[];
  /** A passage of this document (or any of these) containing `text` is a hit. */
  doc?: string | string[];
  text?: string;
  /** A list answer for this resolution must include all of `mustInclude`. */
  resolution?: string;
  mustInclude?: string[];
  abstain?: boolean;
}

export interface CaseScore {
  id: string;
  /** 1-based rank of the first relevant citation, or null. */
  rank: number | null;
  abstainedCorrectly?: boolean;
}

/** Rank of the first citation that satisfies the case. */
export function rankOf(testCase: EvalCase, answer: Answer): number | null {
  if (answer.abstained) return null;
  const docs = testCase.doc === undefined ? [] : Array.isArray(testCase.doc) ? testCase.doc : [testCase.doc];
  const needle = testCase.text?.toLowerCase();
  if (testCase.mustInclude) {
    const listed = new Set([...answer.citations.map((c) => c.actionItem), ...(answer.text.match(/\b\d{2}-\d{2}\b/g) ?? [])]);
    return testCase.mustInclude.every((id) => listed.has(id)) ? 1 : null;
  }
  const index = answer.citations.findIndex((c) => {
    if (testCase.items) return c.actionItem !== null && testCase.items.includes(c.actionItem);
    if (docs.length) return docs.includes(c.document) && (!needle || c.excerpt.toLowerCase().includes(needle));
    return false;
  });
  return index >= 0 ? index + 1 : null;
}

export function scoreCase(testCase: EvalCase, answer: Answer): CaseScore {
  if (testCase.abstain) return { id: testCase.id, rank: null, abstainedCorrectly: answer.abstained };
  return { id: testCase.id, rank: rankOf(testCase, answer), abstainedCorrectly: !answer.abstained };
}

export interface EvalSummary {
  cases: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  abstainAccuracy: number;
}

/** hit@1, hit@3 and MRR over answerable cases; abstain accuracy over cases that must abstain. */
export function summarize(scores: CaseScore[], cases: EvalCase[]): EvalSummary {
  const answerable = scores.filter((_, i) => !cases[i]!.abstain);
  const abstaining = scores.filter((_, i) => cases[i]!.abstain);
  const share = (n: number, of: number): number => (of === 0 ? 1 : n / of);
  return {
    cases: scores.length,
    hitAt1: share(answerable.filter((s) => s.rank === 1).length, answerable.length),
    hitAt3: share(answerable.filter((s) => s.rank !== null && s.rank <= 3).length, answerable.length),
    mrr: share(answerable.reduce((sum, s) => sum + (s.rank ? 1 / s.rank : 0), 0), answerable.length),
    abstainAccuracy: share(abstaining.filter((s) => s.abstainedCorrectly).length, abstaining.length),
  };
}
