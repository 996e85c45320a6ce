import type { Answer } from '../answer.js';
import { normalizeTypography } from '../../retrieval/corpus/clean-text.js';

/** One row of an evaluation set (`test/fixtures/eval/*.jsonl`). */
export interface EvalCase {
  id: string;
  q: string;
  /** `item`, `passage`, `list` or `abstain`; inferred from the other fields when absent. */
  kind?: EvalKind;
  /** Language of a non-English question (`fr`, `es`, `ar`, `zh`, `ru`). */
  lang?: string;
  /** Any of these action items is a hit. */
  items?: string[];
  /** A passage of this document (or any of these) containing `text` is a hit. */
  doc?: string | string[];
  text?: string;
  /** A list answer for this resolution must name exactly `expectAll` (complete, nothing extra). */
  resolution?: string;
  expectAll?: string[];
  /** Older sets: a list answer must include all of these (extra items allowed). */
  mustInclude?: string[];
  abstain?: boolean;
}

export type EvalKind = 'item' | 'passage' | 'list' | 'abstain';

export interface CaseScore {
  id: string;
  kind: EvalKind;
  /** Non-English question. */
  foreign: boolean;
  /** 1-based rank of the first relevant citation, or null (items and passages). */
  rank: number | null;
  /** The bot abstained. */
  abstained: boolean;
  /** Lists: share of the expected items named, and share of named items that were expected. */
  recall?: number;
  precision?: number;
}

export function kindOf(testCase: EvalCase): EvalKind {
  if (testCase.kind) return testCase.kind;
  if (testCase.abstain) return 'abstain';
  if (testCase.expectAll || testCase.mustInclude) return 'list';
  return testCase.items ? 'item' : 'passage';
}

/** The action items a list answer names: its complete list, else the numbers in its text. */
function listedItems(answer: Answer): Set<string> {
  if (answer.listed) return new Set(answer.listed);
  return new Set(answer.text.match(/\b\d{2}-\d{2}\b/g) ?? []);
}

/** Rank of the first citation that satisfies the case. */
export function rankOf(testCase: EvalCase, answer: Answer): number | null {
  if (answer.abstained) return null;
  const docs = testCase.doc === undefined ? [] : Array.isArray(testCase.doc) ? testCase.doc : [testCase.doc];
  // The expected words as the index reads the document ("15–16 December" is kept as "15-16 December").
  const needle = testCase.text === undefined ? undefined : normalizeTypography(testCase.text).toLowerCase();
  const index = answer.citations.findIndex((c) => {
    if (testCase.items) return c.actionItem !== null && testCase.items.includes(c.actionItem);
    if (docs.length) return docs.includes(c.document) && (!needle || c.excerpt.toLowerCase().includes(needle));
    return false;
  });
  return index >= 0 ? index + 1 : null;
}

export function scoreCase(testCase: EvalCase, answer: Answer): CaseScore {
  const kind = kindOf(testCase);
  const base = { id: testCase.id, kind, foreign: !!testCase.lang && testCase.lang !== 'en', abstained: answer.abstained };
  if (kind === 'abstain') return { ...base, rank: null };
  if (kind === 'list') {
    const expected = testCase.expectAll ?? testCase.mustInclude ?? [];
    const listed = answer.abstained ? new Set<string>() : listedItems(answer);
    const found = expected.filter((id) => listed.has(id)).length;
    const recall = expected.length ? found / expected.length : 1;
    const precision = testCase.expectAll ? (listed.size ? found / listed.size : 0) : 1;
    return { ...base, rank: recall === 1 && precision === 1 ? 1 : null, recall, precision };
  }
  return { ...base, rank: rankOf(testCase, answer) };
}

export interface RankFigures {
  cases: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  /** Answerable questions the bot abstained on. */
  abstained: number;
}

export interface EvalSummary {
  cases: number;
  /** Items and passages (every language). */
  retrieval: RankFigures;
  items: RankFigures;
  passages: RankFigures;
  /** Non-English items and passages. */
  foreign: RankFigures;
  lists: { cases: number; exact: number; recall: number; precision: number };
  abstentions: { cases: number; correct: number };
}

const share = (n: number, of: number): number => (of === 0 ? 1 : n / of);
const mean = (values: number[]): number => (values.length === 0 ? 1 : values.reduce((a, b) => a + b, 0) / values.length);

function rankFigures(scores: CaseScore[]): RankFigures {
  return {
    cases: scores.length,
    hitAt1: share(scores.filter((s) => s.rank === 1).length, scores.length),
    hitAt3: share(scores.filter((s) => s.rank !== null && s.rank <= 3).length, scores.length),
    mrr: share(scores.reduce((sum, s) => sum + (s.rank ? 1 / s.rank : 0), 0), scores.length),
    abstained: scores.filter((s) => s.abstained).length,
  };
}

/** Per-kind figures: hit@k for items and passages, exactness for lists, correctness for abstentions. */
export function summarize(scores: CaseScore[]): EvalSummary {
  const ranked = scores.filter((s) => s.kind === 'item' || s.kind === 'passage');
  const lists = scores.filter((s) => s.kind === 'list');
  const abstentions = scores.filter((s) => s.kind === 'abstain');
  return {
    cases: scores.length,
    retrieval: rankFigures(ranked),
    items: rankFigures(ranked.filter((s) => s.kind === 'item' && !s.foreign)),
    passages: rankFigures(ranked.filter((s) => s.kind === 'passage' && !s.foreign)),
    foreign: rankFigures(ranked.filter((s) => s.foreign)),
    lists: {
      cases: lists.length,
      exact: lists.filter((s) => s.rank === 1).length,
      recall: mean(lists.map((s) => s.recall ?? 0)),
      precision: mean(lists.map((s) => s.precision ?? 0)),
    },
    abstentions: { cases: abstentions.length, correct: abstentions.filter((s) => s.abstained).length },
  };
}

/** The summary as the table `npm run eval` prints. */
export function formatSummary(s: EvalSummary): string {
  const row = (name: string, f: RankFigures): string =>
    f.cases === 0
      ? ''
      : `${name.padEnd(22)} ${String(f.cases).padStart(3)}  hit@1 ${f.hitAt1.toFixed(3)}  hit@3 ${f.hitAt3.toFixed(3)}  MRR ${f.mrr.toFixed(3)}  abstained ${f.abstained}\n`;
  return [
    `cases ${s.cases}\n`,
    row('items and passages', s.retrieval),
    row('  items (English)', s.items),
    row('  passages (English)', s.passages),
    row('  non-English', s.foreign),
    s.lists.cases
      ? `${'lists'.padEnd(22)} ${String(s.lists.cases).padStart(3)}  exact ${s.lists.exact}/${s.lists.cases}  completeness ${s.lists.recall.toFixed(3)}  precision ${s.lists.precision.toFixed(3)}\n`
      : '',
    s.abstentions.cases ? `${'abstentions'.padEnd(22)} ${String(s.abstentions.cases).padStart(3)}  right ${s.abstentions.correct}/${s.abstentions.cases}\n` : '',
  ].join('');
}
