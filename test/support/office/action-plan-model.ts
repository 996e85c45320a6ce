import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseActionPlan } from '../../../retrieval/corpus/parse-action-plan.js';
import type { ActionItemRecord, DocumentInfo, ResolutionRecord } from '../../../retrieval/corpus/records.js';
import { SEEDS_DIR } from '../test-paths.js';

export const ACTION_PLAN_FILE = '004_34e05be8ad0376c5.txt';

/** A Resolution as the fixtures write it: heading, operative text and its items in table order. */
export interface ResolutionModel {
  resolution: ResolutionRecord;
  items: ActionItemRecord[];
}

const doc: DocumentInfo = { file: ACTION_PLAN_FILE, title: 'Action plan', edition: '2022-01-01', kind: 'action-plan', series: 'wtsa', url: '' };

/** Resolutions of the real action plan (text export), parsed, to write as Word and PDF files. */
export function actionPlanModel(numbers: string[]): ResolutionModel[] {
  const plan = parseActionPlan(readFileSync(join(SEEDS_DIR, ACTION_PLAN_FILE), 'utf8'), doc);
  return numbers.map((number) => {
    const resolution = plan.resolutions.find((r) => r.number === number)!;
    const items = resolution.actionItemIds.map((id) => plan.items.find((i) => i.id === id)!);
    return { resolution, items };
  });
}

/** The text a table's number cell shows: empty for a row kept without a number. */
export function numberCell(item: ActionItemRecord): string {
  if (item.id.startsWith('unnumbered')) return '';
  return item.aliases.length > 0 ? `${item.id} (${item.aliases[0]})` : item.id;
}
