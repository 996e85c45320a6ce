import { cleanLine, squeezeSpaces } from './clean-text.js';
import type { ActionItemRecord, DocumentInfo, ResolutionRecord } from './records.js';
import { cellsOf, continueRow, isCellLine, type TableRow } from './word-table.js';

/** An action-item number such as `44-30`, optionally followed by its former number `(44-25)`. */
const ITEM_ID_CELL = /^(\d{2}-\d{2})\s*(?:\((\d{2}-\d{2})\))?\s*$/;
/** The short line that opens each Resolution's progress report: `Resolution 44`, `Opinion 1`. */
const RESOLUTION_START = /^(Resolution|Opinion)\s+(\d{1,3})$/;
/** The heading line before it: `1. Resolution 1 - Rules of procedure …`. */
const RESOLUTION_HEADING = /^(?:\d+\.\s*)?(Resolution|Opinion)\s+(\d{1,3})\s*[-–—]\s*(.+)$/;
/** A row of the executive-summary table in Section I: `Resolution 44 – Bridging …`. */
const SUMMARY_TITLE = /^(Resolution|Opinion)\s+(\d{1,3})\s*[-–—]\s*(.+)$/;
const APPENDIX = /^Appendix\b/;
/** Header cells, repeated where Word split a table across pages. */
const HEADER_CELL = /^(Action Item|Action|Milestone|Periodic goals met|Completed)$/i;
const MARK = /[√✓✔]/;
const MONTHS = /^\s*(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;

export interface ActionPlan {
  resolutions: ResolutionRecord[];
  items: ActionItemRecord[];
}

interface OpenResolution {
  kind: 'Resolution' | 'Opinion';
  number: string;
  title: string;
  operative: string[];
  rows: TableRow[];
  tableStarted: boolean;
}

function resolutionNumber(kind: string, number: string): string {
  return kind === 'Opinion' ? `Opinion ${Number(number)}` : String(Number(number));
}

/** Titles from Section I's table, used when a progress report has no heading line. */
function collectSummaryTitles(lines: string[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const line of lines) {
    if (!isCellLine(line)) continue;
    const match = SUMMARY_TITLE.exec(squeezeSpaces(line));
    if (match) {
      const key = resolutionNumber(match[1]!, match[2]!);
      if (!titles.has(key)) titles.set(key, match[3]!.replace(/\*+$/, '').trim());
    }
  }
  return titles;
}

/**
 * Groups a resolution's table lines into rows: a blank line closes a row, a tab line opens
 * or extends one, and a line without a tab continues the last cell.
 */
function addTableLine(res: OpenResolution, line: string, blankBefore: boolean): void {
  const last = res.rows[res.rows.length - 1];
  // A status row is an empty cell and the narrative; another cell after it opens a new row
  // even where Word left out the blank line between rows.
  const statusRowDone = last !== undefined && last.cells[0]?.trim() === '' && last.cells.length >= 2;
  if (isCellLine(line)) {
    if (!last || blankBefore || statusRowDone) res.rows.push({ cells: cellsOf(line), line: 0 });
    else last.cells.push(...cellsOf(line));
  } else if (last) {
    continueRow(last, line);
  }
}

function cleanCell(text: string | undefined): string {
  return (text ?? '')
    .split('\n')
    .map(squeezeSpaces)
    .filter((l) => l.length > 0)
    .join('\n');
}

/** Action-item numbers mentioned in text, ignoring date ranges such as "22-26 January". */
export function findItemReferences(text: string, known: Set<string>, self?: string): string[] {
  const refs = new Set<string>();
  for (const match of text.matchAll(/\b(\d{2}-\d{2})\b/g)) {
    const id = match[1]!;
    const after = text.slice(match.index! + id.length, match.index! + id.length + 12);
    if (id === self || !known.has(id) || MONTHS.test(after) || /^\s*(19|20)\d\d/.test(after)) continue;
    refs.add(id);
  }
  return [...refs];
}

function continuesItemRow(row: TableRow | undefined): boolean {
  const first = squeezeSpaces(row?.cells[0] ?? '');
  return first !== '' && !ITEM_ID_CELL.test(first);
}

function closeResolution(res: OpenResolution, doc: DocumentInfo, plan: ActionPlan): void {
  const section = `${res.kind} ${Number(res.number)} – ${res.title}`;
  const resolution = resolutionNumber(res.kind, res.number);
  const ids: string[] = [];
  for (let i = 0; i < res.rows.length; i++) {
    const cells = [...res.rows[i]!.cells];
    const idMatch = ITEM_ID_CELL.exec(squeezeSpaces(cells[0] ?? '').replace(/\n/g, ' '));
    if (!idMatch) continue;
    // A stray blank line can split an item's row: its milestone and marks then follow as a row
    // of their own, recognisable by a non-empty first cell that is not an item number.
    while (cells.length < 5 && continuesItemRow(res.rows[i + 1])) cells.push(...res.rows[++i]!.cells);
    // The status narrative is the next row, whose first cell is empty.
    const next = res.rows[i + 1];
    const narrativeRow = next && !ITEM_ID_CELL.test(squeezeSpaces(next.cells[0] ?? '')) ? next : undefined;
    if (narrativeRow) i++;
    const status = cleanCell(narrativeRow?.cells.slice(narrativeRow.cells[0]?.trim() ? 0 : 1).join('\n'));
    ids.push(idMatch[1]!);
    plan.items.push({
      kind: 'action-item',
      key: `item:${idMatch[1]}`,
      id: idMatch[1]!,
      aliases: idMatch[2] ? [idMatch[2]] : [],
      resolution,
      resolutionTitle: res.title,
      action: cleanCell(cells[1]).replace(/\n/g, ' '),
      milestone: cleanCell(cells[2]).replace(/\n/g, ' '),
      goalsMet: MARK.test(cells[3] ?? ''),
      completed: MARK.test(cells[4] ?? ''),
      status,
      crossRefs: [],
      document: doc.file,
      section,
    });
  }
  plan.resolutions.push({
    kind: 'resolution',
    key: res.kind === 'Opinion' ? `opinion:${Number(res.number)}` : `res:${Number(res.number)}`,
    number: resolution,
    title: res.title,
    operativeText: cleanCell(res.operative.join('\n')),
    actionItemIds: ids,
    document: doc.file,
    section,
  });
}

/**
 * Parses the WTSA action plan: each Resolution's operative text and its table of action items
 * (number, action, milestone, periodic goals met, completed, status narrative).
 */
export function parseActionPlan(text: string, doc: DocumentInfo): ActionPlan {
  const lines = text.split('\n').map(cleanLine);
  const summaryTitles = collectSummaryTitles(lines);
  const plan: ActionPlan = { resolutions: [], items: [] };
  let open: OpenResolution | undefined;
  let pendingTitle: string | undefined;
  let blankBefore = false;

  for (const raw of lines) {
    const line = raw.replace(/^ +/, '');
    const plain = squeezeSpaces(line);
    const heading = isCellLine(line) ? null : RESOLUTION_HEADING.exec(plain);
    const start = isCellLine(line) ? null : RESOLUTION_START.exec(plain);
    if (heading || start || APPENDIX.test(plain)) {
      if (open) closeResolution(open, doc, plan);
      open = undefined;
      pendingTitle = heading?.[3]?.trim();
      if (start) {
        const key = resolutionNumber(start[1]!, start[2]!);
        open = {
          kind: start[1] as OpenResolution['kind'],
          number: start[2]!,
          title: pendingTitle ?? summaryTitles.get(key) ?? '',
          operative: [],
          rows: [],
          tableStarted: false,
        };
        pendingTitle = undefined;
      }
      blankBefore = false;
      continue;
    }
    if (!open) continue;
    // A line holding only a tab is an empty cell, not a row break.
    if (plain === '' && !isCellLine(line)) {
      blankBefore = true;
      continue;
    }
    const cell = isCellLine(line) ? squeezeSpaces(line) : undefined;
    if (cell !== undefined && HEADER_CELL.test(cell)) {
      open.tableStarted = true;
      continue;
    }
    if (!open.tableStarted && cell !== undefined && ITEM_ID_CELL.test(cell)) open.tableStarted = true;
    if (open.tableStarted) addTableLine(open, line, blankBefore);
    else if (plain) open.operative.push(plain);
    blankBefore = false;
  }
  if (open) closeResolution(open, doc, plan);

  const known = new Set(plan.items.flatMap((item) => [item.id, ...item.aliases]));
  for (const item of plan.items) {
    item.crossRefs = findItemReferences(`${item.action}\n${item.status}`, known, item.id);
  }
  return plan;
}
