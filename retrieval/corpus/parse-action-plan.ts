import { DEFAULT_COLUMNS, readHeaderRow, rowFields, type ColumnRole } from './action-plan-columns.js';
import { APPENDIX, ITEM_ID_CELL, RESOLUTION_HEADING, RESOLUTION_START, SUMMARY_TITLE } from './action-plan-patterns.js';
import { actionPlanBlocks } from './action-plan-text.js';
import { squeezeSpaces } from './clean-text.js';
import type { Block, TableCell } from './document-blocks.js';
import { readMark } from './marks.js';
import type { ActionItemRecord, DocumentInfo, PassageRecord, ResolutionRecord } from './records.js';

const MONTHS = /^\s*(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;
const QUOTE_CHARS = 60;

export interface ActionPlan {
  resolutions: ResolutionRecord[];
  items: ActionItemRecord[];
  /** Ids of the rows kept without a number of their own ("unnumbered row after 22-09"). */
  unnumbered: string[];
  /** Cells that did not map to a column, rows that could not be read: for the ingest report. */
  warnings: string[];
  /**
   * The plan's appendices as passages under their own title: "Appendix – Obsolete action items
   * from WTSA-12 Action Plan" says which earlier items and Resolutions are gone, and why.
   */
  appendices: PassageRecord[];
}

interface OpenResolution {
  kind: 'Resolution' | 'Opinion';
  number: string;
  title: string;
  operative: string[];
  tables: TableCell[][][];
}

function resolutionNumber(kind: string, number: string): string {
  return kind === 'Opinion' ? `Opinion ${Number(number)}` : String(Number(number));
}

const quote = (text: string): string => {
  const plain = squeezeSpaces(text.replace(/\n/g, ' '));
  return `"${plain.length > QUOTE_CHARS ? `${plain.slice(0, QUOTE_CHARS)}…` : plain}"`;
};

/** Titles from Section I's table, used when a progress report has no heading line. */
function collectSummaryTitles(blocks: Block[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    for (const cell of block.rows.flat()) {
      const match = SUMMARY_TITLE.exec(squeezeSpaces(cell.text.replace(/\n/g, ' ')));
      if (!match) continue;
      const key = resolutionNumber(match[1]!, match[2]!);
      if (!titles.has(key)) titles.set(key, match[3]!.replace(/\*+$/, '').trim());
    }
  }
  return titles;
}

function cleanCell(text: string | undefined): string {
  return (text ?? '')
    .split('\n')
    .map(squeezeSpaces)
    .filter((l) => l.length > 0)
    .join('\n');
}

const oneLine = (text: string | undefined): string => cleanCell(text).replace(/\n/g, ' ');
/**
 * A milestone cell may hold several milestones, one per line ("Ongoing" / "Next TSAG, WTSA-20"):
 * kept apart by a semicolon, while a line ending in a comma continues on the next.
 */
const milestoneLine = (text: string | undefined): string => cleanCell(text).replace(/([^,;])\n/g, '$1; ').replace(/\n/g, ' ');

/**
 * Action-item numbers mentioned in text, ignoring date ranges such as "22-26 January" and the
 * tail of a document symbol ("WG-WSIS-32-03").
 */
export function findItemReferences(text: string, known: Set<string>, self?: string): string[] {
  const refs = new Set<string>();
  for (const match of text.matchAll(/(?<![\w&]-)\b(\d{2}-\d{2})\b/g)) {
    const id = match[1]!;
    const after = text.slice(match.index! + id.length, match.index! + id.length + 12);
    if (id === self || !known.has(id) || MONTHS.test(after) || /^\s*(19|20)\d\d/.test(after)) continue;
    refs.add(id);
  }
  return [...refs];
}

const FIGURE_CELL = /^[\d.,%]+$/;
/** A lone label above a table's header ("SDG"): short, one cell. */
const CAPTION_CHARS = 30;

/**
 * A status narrative with one more row of a table inside it, a line per row. A row of figures
 * under a row of labels of the same length is read as their pairs, with the caption above them:
 * "SDG" / "1 | 2 | 3" / "0 | 7 | 88" becomes "SDG 1: 0 | SDG 2: 7 | SDG 3: 88", so each count
 * stays with what it counts. Prose run into the last figure cell ("28" then "For the entire
 * set…", as Word's export continues a cell) is a line of its own.
 */
function withNestedRow(status: string, cells: string[]): string {
  const texts = cells.filter((c) => c !== '');
  const last = texts.at(-1)?.match(/^([\d.,%]+)\n([\s\S]+)$/);
  const trailing = last ? oneLine(last[2]) : undefined;
  if (last) texts[texts.length - 1] = last[1]!;
  const row = texts.map((t) => t.replace(/\n/g, ' '));
  const lines = status ? status.split('\n') : [];
  const labels = lines.at(-1)?.split(' | ');
  let rendered = row.join(' | ');
  if (labels && row.length > 1 && labels.length === row.length && row.every((c) => FIGURE_CELL.test(c))) {
    const caption = lines.at(-2);
    const captioned = caption !== undefined && !caption.includes(' | ') && caption.length <= CAPTION_CHARS;
    lines.splice(captioned ? -2 : -1);
    rendered = row.map((value, i) => `${captioned ? `${caption} ` : ''}${labels[i]}: ${value}`).join(' | ');
  }
  return [...lines, rendered, ...(trailing ? [trailing] : [])].filter(Boolean).join('\n');
}

/** A row without a number that still is an item: it has a milestone or a mark of its own. */
function isItemRow(fields: Partial<Record<ColumnRole, string>>): boolean {
  return [fields.milestone, fields.goalsMet, fields.completed].some((text) => (text ?? '').trim() !== '');
}

/** Reads one Resolution's tables row by row, by column. */
function readRows(res: OpenResolution, resolution: string, section: string, doc: DocumentInfo, plan: ActionPlan): string[] {
  const ids: string[] = [];
  const where = `${res.kind} ${Number(res.number)}`;
  let current: ActionItemRecord | undefined;
  const unread: string[] = [];
  const unmappedCells: string[] = [];
  for (const rows of res.tables) {
    let columns: (ColumnRole | undefined)[] = DEFAULT_COLUMNS;
    for (const cells of rows) {
      const header = readHeaderRow(cells);
      if (header) {
        columns = header;
        continue;
      }
      const { fields, unmapped } = rowFields(cells, columns);
      const number = ITEM_ID_CELL.exec(oneLine(fields.id));
      const numbered = number !== null;
      if (!numbered && oneLine(fields.id) !== '') {
        // A table inside a status narrative ("SDG", "1 | 2 …", then the counts): its rows stay in
        // the narrative, as the report shows them under the item.
        if (current) current.status = withNestedRow(current.status, cells.map((c) => cleanCell(c.text)));
        else unread.push(cells.map((c) => oneLine(c.text)).join(' '));
        continue;
      }
      unmappedCells.push(...unmapped);
      if (!numbered && !isItemRow(fields)) {
        // A status row: the narrative (often one cell merged across the columns) of the item above.
        const narrative = cleanCell([fields.action, fields.status].filter(Boolean).join('\n'));
        if (current && narrative) current.status = [current.status, narrative].filter(Boolean).join('\n');
        else if (narrative) plan.warnings.push(`${where}: status ${quote(narrative)} follows no action item`);
        continue;
      }
      for (const [column, text] of [['goalsMet', fields.goalsMet], ['completed', fields.completed]] as const) {
        if ((text ?? '').trim() !== '' && readMark(text!) === undefined) {
          plan.warnings.push(`${where}: ${column === 'goalsMet' ? 'periodic goals met' : 'completed'} cell reads ${quote(text!)}, not a mark`);
        }
      }
      const id = number?.[1] ?? unnumberedId(ids, current, where);
      if (!numbered) {
        plan.unnumbered.push(id);
        plan.warnings.push(`${where}: ${id} kept: ${quote(oneLine(fields.action))}`);
      }
      current = {
        kind: 'action-item',
        key: `item:${id}`,
        id,
        aliases: number?.[2] ? [number[2]] : [],
        resolution,
        resolutionTitle: res.title,
        action: oneLine(fields.action),
        milestone: milestoneLine(fields.milestone),
        goalsMet: readMark(fields.goalsMet ?? '') === true,
        completed: readMark(fields.completed ?? '') === true,
        status: cleanCell(fields.status),
        crossRefs: [],
        document: doc.file,
        section,
      };
      ids.push(id);
      plan.items.push(current);
    }
  }
  // A table before the Resolution's first item; one line per Resolution keeps the report short.
  if (unread.length > 0) plan.warnings.push(`${where}: ${unread.length} table row(s) without an item number not read, first ${quote(unread[0]!)}`);
  if (unmappedCells.length > 0) {
    plan.warnings.push(`${where}: ${unmappedCells.length} cell(s) beyond the table's columns did not map, first ${quote(unmappedCells[0]!)}`);
  }
  return ids;
}

/** How a row without a number is cited: by the numbered item it follows. */
function unnumberedId(ids: string[], previous: ActionItemRecord | undefined, where: string): string {
  const base = previous ? `unnumbered row after ${previous.id.replace(/^(?:\w+ )*unnumbered row after /, '')}` : `unnumbered row at the start of ${where}`;
  const taken = ids.filter((id) => id === base || id.startsWith(`${base} (`)).length;
  return taken === 0 ? base : `${base} (${taken + 1})`;
}

function closeResolution(res: OpenResolution, doc: DocumentInfo, plan: ActionPlan): void {
  const section = `${res.kind} ${Number(res.number)} – ${res.title}`;
  const resolution = resolutionNumber(res.kind, res.number);
  const ids = readRows(res, resolution, section, doc, plan);
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
 * Reads the WTSA action plan from its blocks, whatever the file type: each Resolution's
 * operative text and its table of action items, read by column (number, action, milestone,
 * periodic goals met, completed, status) with the header row recognised, so a milestone that
 * reads "Completed" stays a milestone. Rows without a number are kept and named after the item
 * they follow.
 */
export function parseActionPlanBlocks(blocks: Block[], doc: DocumentInfo): ActionPlan {
  const summaryTitles = collectSummaryTitles(blocks);
  const plan: ActionPlan = { resolutions: [], items: [], unnumbered: [], warnings: [], appendices: [] };
  let open: OpenResolution | undefined;
  let appendix: { title: string; lines: string[] } | undefined;
  let pendingTitle: string | undefined;
  const closeAppendix = (): void => {
    if (appendix && appendix.lines.length > 0) {
      const key = `passage:${doc.file}:appendix-${plan.appendices.length + 1}`;
      plan.appendices.push({ kind: 'passage', key, document: doc.file, headingPath: [appendix.title], text: appendix.lines.join('\n') });
    }
    appendix = undefined;
  };

  for (const block of blocks) {
    if (block.kind === 'table') {
      open?.tables.push(block.rows);
      continue;
    }
    const plain = squeezeSpaces(block.text);
    const heading = RESOLUTION_HEADING.exec(plain);
    const start = RESOLUTION_START.exec(plain);
    if (heading || start || APPENDIX.test(plain)) {
      if (open) closeResolution(open, doc, plan);
      open = undefined;
      closeAppendix();
      if (APPENDIX.test(plain)) appendix = { title: plain, lines: [] };
      pendingTitle = heading?.[3]?.trim() ?? (start ? pendingTitle : undefined);
      if (start) {
        const key = resolutionNumber(start[1]!, start[2]!);
        const kind = start[1] as OpenResolution['kind'];
        // Section I's short titles are the ones delegates know; the heading line is the fallback.
        open = { kind, number: start[2]!, title: summaryTitles.get(key) ?? pendingTitle ?? '', operative: [], tables: [] };
        pendingTitle = undefined;
      }
      continue;
    }
    if (appendix && plain) appendix.lines.push(plain);
    // Text after a Resolution's table (notes, page furniture) is not operative text.
    else if (open && open.tables.length === 0 && plain) open.operative.push(plain);
  }
  if (open) closeResolution(open, doc, plan);
  closeAppendix();

  const known = new Set(plan.items.flatMap((item) => [item.id, ...item.aliases]));
  plan.items.forEach((item, i) => {
    item.crossRefs = findItemReferences(`${item.action}\n${item.status}`, known, item.id);
    const previous = plan.items[i - 1];
    if (previous?.resolution === item.resolution && POINTS_BACK.test(item.action)) item.antecedent = previous.action;
  });
  return plan;
}

/**
 * An action that names its subject only by pointing back to the one before: "the results of these
 * activities", "to promote the work in this field", "such an electronic repository as described
 * above". "This resolution" names the Resolution, whose title every item carries.
 */
const POINTS_BACK =
  /\b(?:these|this|such|those|said)\s+(?:[\w-]+\s+)?(?:activities|activity|work|field|topic|area|efforts?|matters?|studies|issues?|subject|results?)\b|\bas\s+described\s+above\b/i;

/** Parses the action plan's plain-text export (see `actionPlanBlocks`). */
export function parseActionPlan(text: string, doc: DocumentInfo): ActionPlan {
  return parseActionPlanBlocks(actionPlanBlocks(text), doc);
}
