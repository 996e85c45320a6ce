import type { ActionItemRecord, PassageRecord } from '../corpus/records.js';
import type { CorpusIndex } from '../index/corpus-index.js';

const itemsCache = new WeakMap<CorpusIndex, ActionItemRecord[]>();

/**
 * Every action item of the plan, in index order (a row without a number may come apart from the
 * row it follows), found once per loaded index: a question may ask for them several times.
 * Shared: callers filter or copy it, never change it.
 */
export function actionItems(index: CorpusIndex): ActionItemRecord[] {
  let items = itemsCache.get(index);
  if (!items) {
    items = index.records.filter((r): r is ActionItemRecord => r.kind === 'action-item');
    itemsCache.set(index, items);
  }
  return items;
}

/** The action item numbered `id` (`44-30`), also by a former number it carried (`44-25` for 54-03). */
export function actionItemById(index: CorpusIndex, id: string): ActionItemRecord | undefined {
  return index.records.find((r): r is ActionItemRecord => r.kind === 'action-item' && (r.id === id || r.aliases.includes(id)));
}

/** A Resolution's numbered action item with the highest number ("the last item of Res 44" is 44-35). */
export function lastItemOf(index: CorpusIndex, resolution: string): ActionItemRecord | undefined {
  return actionItems(index)
    .filter((r) => r.resolution === resolution && /^\d{2}-\d{2}$/.test(r.id))
    .sort((a, b) => a.id.localeCompare(b.id))
    .at(-1);
}

const itemIdPattern = (id: string): RegExp => new RegExp(`(?<![\\d-])${id}(?![\\d-])`);

/** Whether a line names the item numbered `id` as written ("· 44-04, 44-06 …"), not a longer number. */
export function namesItemId(line: string, id: string): boolean {
  return itemIdPattern(id).test(line);
}

/**
 * The passages that name an item the plan does not have (`44-04`) or a Resolution without items
 * (`Resolution 81`): its appendix lists the earlier plan's obsolete items and suppressed
 * Resolutions, and the reports' prose may cite an old number. In index order.
 */
export function passagesNamingItem(index: CorpusIndex, id: string): PassageRecord[] {
  const pattern = itemIdPattern(id);
  return index.records.filter((r): r is PassageRecord => r.kind === 'passage' && pattern.test(r.text));
}
