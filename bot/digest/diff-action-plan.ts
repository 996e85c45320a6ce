import type { ActionItemRecord, DocumentInfo } from '../../retrieval/corpus/records.js';
import { truncate } from '../answering/key-sentences.js';
import { compareItemIds, type DigestChange } from './digest.js';
import { itemCitation } from './digest-citations.js';
import { statusLines } from './status-lines.js';

const QUOTE_CHARS = 140;

const quote = (text: string): string => `“${truncate(text, QUOTE_CHARS)}”`;
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** What differs between two editions of one item, as short clauses; empty when nothing did. */
function itemDifferences(before: ActionItemRecord, after: ActionItemRecord): string[] {
  const parts: string[] = [];
  if (before.id !== after.id) parts.push(`renumbered from ${before.id}`);
  if (before.completed !== after.completed) parts.push(after.completed ? 'now marked completed' : 'no longer marked completed');
  if (before.goalsMet !== after.goalsMet) {
    parts.push(after.goalsMet ? 'periodic goals now marked met' : 'periodic-goals mark removed');
  }
  if (before.milestone !== after.milestone) parts.push(`milestone ${quote(before.milestone)} → ${quote(after.milestone)}`);
  if (before.action.replace(/\s+/g, ' ') !== after.action.replace(/\s+/g, ' ')) parts.push('action reworded');

  const old = new Set(statusLines(before.status));
  const current = statusLines(after.status);
  const added = current.filter((line) => !old.has(line));
  const dropped = [...old].filter((line) => !current.includes(line));
  if (added.length === 1) parts.push(`new status line: ${quote(added[0]!)}`);
  else if (added.length > 1) parts.push(`${added.length} new status lines, latest: ${quote(added[added.length - 1]!)}`);
  if (dropped.length > 0) parts.push(`${dropped.length} earlier status line${dropped.length === 1 ? '' : 's'} removed`);
  return parts;
}

/**
 * Items added, removed or changed (status lines, marks, milestone, wording) from the `older`
 * to the `newer` edition of an action plan, in item order. An item renumbered with its former
 * number in brackets (`54-03 (44-25)`) is matched to that number.
 */
export function diffActionPlan(
  older: { doc: DocumentInfo; items: ActionItemRecord[] },
  newer: { doc: DocumentInfo; items: ActionItemRecord[] },
): DigestChange[] {
  const before = new Map(older.items.map((item) => [item.id, item]));
  const matched = new Set<string>();
  const changes: (DigestChange & { order: string })[] = [];

  for (const item of newer.items) {
    const previous = before.get(item.id) ?? item.aliases.map((alias) => before.get(alias)).find((found) => found !== undefined);
    if (!previous) {
      changes.push({
        kind: 'added',
        subject: 'action-item',
        label: item.id,
        summary: `New action item: ${quote(item.action)}`,
        cite: itemCitation(item, newer.doc),
        order: item.id,
      });
      continue;
    }
    matched.add(previous.id);
    const parts = itemDifferences(previous, item);
    if (parts.length === 0) continue;
    changes.push({
      kind: 'changed',
      subject: 'action-item',
      label: item.id,
      summary: capitalise(parts.join('; ')),
      cite: itemCitation(item, newer.doc),
      order: item.id,
    });
  }
  for (const item of older.items) {
    if (matched.has(item.id)) continue;
    changes.push({
      kind: 'removed',
      subject: 'action-item',
      label: item.id,
      summary: `Removed from the action plan (was: ${quote(item.action)})`,
      cite: itemCitation(item, older.doc),
      order: item.id,
    });
  }
  return changes.sort((a, b) => compareItemIds(a.order, b.order)).map(({ order: _order, ...change }) => change);
}
