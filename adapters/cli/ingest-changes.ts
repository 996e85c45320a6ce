import { editionsBySeries } from '../../bot/digest/digest-corpus.js';
import { diffActionPlan } from '../../bot/digest/diff-action-plan.js';
import type { DigestChange } from '../../bot/digest/digest.js';
import type { ActionItemRecord, DocumentInfo } from '../../retrieval/corpus/records.js';
import type { IndexedCorpus } from '../../retrieval/index/ingest-corpus.js';

/** What a new index changes in one action plan series, against the index it replaces. */
export interface IndexChanges {
  series: string;
  from: DocumentInfo;
  to: DocumentInfo;
  changes: DigestChange[];
}

const itemsOf = (corpus: IndexedCorpus, file: string): ActionItemRecord[] =>
  corpus.records.filter((r): r is ActionItemRecord => r.kind === 'action-item' && r.document === file);

/**
 * For each action-plan series, the current edition in the new index against the current
 * edition in the previous one: items added, removed, and changed (status, marks, milestone),
 * computed by the digest's own diff, so ingest and digest tell the same story.
 */
export function indexChanges(previous: IndexedCorpus, current: IndexedCorpus): IndexChanges[] {
  const before = editionsBySeries(previous.documents);
  const result: IndexChanges[] = [];
  for (const [series, editions] of editionsBySeries(current.documents)) {
    const to = editions[editions.length - 1]!;
    const from = before.get(series)?.at(-1);
    if (to.kind !== 'action-plan' || from?.kind !== 'action-plan') continue;
    const changes = diffActionPlan({ doc: from, items: itemsOf(previous, from.file) }, { doc: to, items: itemsOf(current, to.file) });
    result.push({ series, from, to, changes });
  }
  return result;
}
