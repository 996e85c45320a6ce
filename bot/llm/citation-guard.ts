import { isCitationList, readUnitIds } from './citation-references.js';

/**
 * The citation guard: a language model may only name what retrieval handed it. It reads every
 * reference in a reply the way the query grammar reads a question (citation-references.ts):
 *
 * - a **citation** — brackets or parentheses holding only references, alone or in a run
 *   (`[44-30]`, `(44-95)`, `[item 44-98], [44-97 and 44-30], [Res. 44-96]`) — keeps the ids
 *   that name retrieved units, written with their labels, and loses the others; a citation
 *   left empty goes with the space before it;
 * - a reference **in prose** (`action item 44-94`, `see 44-95 to 44-97`) cannot be cut out
 *   without garbling its sentence, so one that names nothing retrieved is reported as
 *   `invented` and the caller replaces the whole answer with the extractive one.
 *
 * Identifiers the question itself named and the reports lack (`mentionable`) may be named in
 * prose, so the model can say they are not in the reports; they are never kept as citations.
 */

/** The outcome of guarding one model reply. */
export interface GuardedCitations {
  /** The reply with invalid citations removed and valid ones written with their labels. */
  text: string;
  /** Valid unit ids in the order the reply first names them, each once. */
  cited: string[];
  /** Ids removed from citations because they named nothing retrieved. */
  removed: string[];
  /** Ids named in prose that name nothing retrieved: the reply must not be shown. */
  invented: string[];
}

interface Group {
  start: number;
  end: number;
  open: string;
  close: string;
  content: string;
  citation: boolean;
}

const BRACKETS = /\[([^[\]\n]{1,200})\]/g;
const PARENTHESES = /\(([^()\n]{1,200})\)/g;
/** What may stand between two citations of one run: `[a] [b]`, `[a], [b]`, `[a], and (b)`. */
const RUN_SEPARATOR = /^\s*(?:[,;]\s*)?(?:(?:and|or|et|ou|y|o|и|&)\s*)?$/iu;

/** Bracketed and parenthesised groups that hold references, in order; parentheses inside brackets are the bracket's. */
function referenceGroups(reply: string): Group[] {
  const groups: Group[] = [];
  const collect = (pattern: RegExp, open: string, close: string): void => {
    for (const match of reply.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (groups.some((g) => start < g.end && end > g.start)) continue;
      const content = match[1]!;
      if (readUnitIds(content, { loosePassages: true }).length === 0) continue;
      groups.push({ start, end, open, close, content, citation: isCitationList(content) });
    }
  };
  collect(BRACKETS, '[', ']');
  collect(PARENTHESES, '(', ')');
  return groups.sort((a, b) => a.start - b.start);
}

/** Consecutive citations separated only by spaces, commas or "and", so they are rewritten together. */
function citationRuns(reply: string, groups: Group[]): Group[][] {
  const runs: Group[][] = [];
  for (const group of groups.filter((g) => g.citation)) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && RUN_SEPARATOR.test(reply.slice(previous.end, group.start))) run.push(group);
    else runs.push([group]);
  }
  return runs;
}

/**
 * Checks every reference of a reply against the retrieved units. `labels` maps each
 * retrieved unit's id to how a citation of it is written (an action item as itself, a passage
 * by its section). Brackets naming nothing (`[sic]`) are left alone.
 */
export function guardCitations(
  reply: string,
  labels: ReadonlyMap<string, string>,
  mentionable: readonly string[] = [],
): GuardedCitations {
  const cited: string[] = [];
  const removed: string[] = [];
  const invented: string[] = [];
  const cite = (id: string): void => void (cited.includes(id) || cited.push(id));

  const groups = referenceGroups(reply);
  let text = '';
  let at = 0;
  const readProse = (prose: string): void => {
    for (const id of readUnitIds(prose)) {
      if (labels.has(id)) cite(id);
      else if (!mentionable.includes(id) && !invented.includes(id)) invented.push(id);
    }
  };
  for (const run of citationRuns(reply, groups)) {
    const first = run[0]!;
    readProse(reply.slice(at, first.start));
    const parts: string[] = [];
    run.forEach((group, i) => {
      const kept: string[] = [];
      for (const id of readUnitIds(group.content, { loosePassages: true })) {
        if (!labels.has(id)) {
          removed.push(id);
          continue;
        }
        cite(id);
        const label = labels.get(id)!;
        if (!kept.includes(label)) kept.push(label);
      }
      if (kept.length === 0) return;
      // Each surviving citation keeps what separated it from the one before ("[a], and [b]").
      const separator = parts.length === 0 ? '' : i === 0 ? ' ' : reply.slice(run[i - 1]!.end, group.start);
      parts.push(`${separator}${group.open}${kept.join('; ')}${group.close}`);
    });
    const before = reply.slice(at, first.start);
    // A citation left empty takes the space before it along: "ongoing [99-99]." → "ongoing.".
    text += parts.length === 0 ? before.replace(/\s+$/, '') : before + parts.join('');
    at = run.at(-1)!.end;
  }
  readProse(reply.slice(at));
  text += reply.slice(at);
  return { text: text.trim(), cited, removed, invented };
}
