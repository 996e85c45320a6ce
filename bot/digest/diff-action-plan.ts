import type { ActionItemRecord, DocumentInfo } from '../../retrieval/corpus/records.js';
import { quote, summariseFacts } from './change-facts.js';
import { compareItemIds, type DigestChange, type DigestFact } from './digest.js';
import { itemCitation } from './digest-citations.js';
import { changedFigures, compareTexts, sameWording } from './sentence-diff.js';
import { statusLines } from './status-lines.js';

const QUOTE_CHARS = 140;

/** Figure changes in an edited text, else one rewording fact; nothing when only case or spacing changed. */
function editFacts(what: 'action' | 'status', before: string, after: string): DigestFact[] {
  const figures = changedFigures(before, after);
  if (figures.length > 0) return figures.map((figure) => ({ kind: 'value', what: 'figure', ...figure }));
  return [{ kind: 'reworded', what, from: before, to: after }];
}

/** What differs between two editions of one item, fact by fact; empty when nothing did. */
function itemFacts(before: ActionItemRecord, after: ActionItemRecord): DigestFact[] {
  const facts: DigestFact[] = [];
  if (before.id !== after.id) facts.push({ kind: 'value', what: 'number', from: before.id, to: after.id });
  if (before.completed !== after.completed) facts.push({ kind: 'mark', mark: 'completed', from: before.completed, to: after.completed });
  if (before.goalsMet !== after.goalsMet) facts.push({ kind: 'mark', mark: 'goals-met', from: before.goalsMet, to: after.goalsMet });
  if (before.milestone.trim() !== after.milestone.trim()) facts.push({ kind: 'value', what: 'milestone', from: before.milestone.trim(), to: after.milestone.trim() });
  const [oldAction, newAction] = [before.action, after.action].map((text) => text.replace(/\s+/g, ' ').trim()) as [string, string];
  if (!sameWording(oldAction, newAction)) facts.push(...editFacts('action', oldAction, newAction));
  const status = compareTexts(statusLines(before.status), statusLines(after.status));
  facts.push(
    ...status.edits.flatMap((edit) => editFacts('status', edit.before, edit.after)),
    ...status.added.map((text): DigestFact => ({ kind: 'sentence', what: 'status', change: 'added', text })),
    ...status.removed.map((text): DigestFact => ({ kind: 'sentence', what: 'status', change: 'removed', text })),
  );
  return facts;
}

/**
 * Items added, removed or changed (marks, milestone, status and action sentences) from the `older`
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
        summary: `New action item: ${quote(item.action, QUOTE_CHARS)}`,
        facts: [],
        cite: itemCitation(item, newer.doc),
        order: item.id,
      });
      continue;
    }
    matched.add(previous.id);
    const facts = itemFacts(previous, item);
    if (facts.length === 0) continue;
    changes.push({
      kind: 'changed',
      subject: 'action-item',
      label: item.id,
      summary: summariseFacts(facts, QUOTE_CHARS),
      facts,
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
      summary: `Removed from the action plan (was: ${quote(item.action, QUOTE_CHARS)})`,
      facts: [],
      cite: itemCitation(item, older.doc),
      order: item.id,
    });
  }
  return changes.sort((a, b) => compareItemIds(a.order, b.order)).map(({ order: _order, ...change }) => change);
}
