import type { ActionItemRecord, CorpusRecord, PassageRecord } from '../../retrieval/corpus/records.js';
import type { DigestSeriesChanges } from './digest.js';
import { toDigestDocument } from './digest-citations.js';
import { editionsBySeries, type DigestCorpus } from './digest-corpus.js';
import { diffActionPlan } from './diff-action-plan.js';
import { diffReportSections } from './diff-report-sections.js';

const itemsOf = (records: CorpusRecord[], file: string): ActionItemRecord[] =>
  records.filter((r): r is ActionItemRecord => r.kind === 'action-item' && r.document === file);
const passagesOf = (records: CorpusRecord[], file: string): PassageRecord[] =>
  records.filter((r): r is PassageRecord => r.kind === 'passage' && r.document === file);

/**
 * For every series with two or more editions, what changed from the previous edition to the
 * current one (action items for action plans, sections for reports). Series whose two
 * editions are identical are listed with no changes, so the digest can say so.
 */
export function editionChanges(corpus: Pick<DigestCorpus, 'documents' | 'records'>): DigestSeriesChanges[] {
  const result: DigestSeriesChanges[] = [];
  for (const [series, editions] of editionsBySeries(corpus.documents)) {
    if (editions.length < 2) continue;
    const from = editions[editions.length - 2]!;
    const to = editions[editions.length - 1]!;
    const changes =
      to.kind === 'action-plan' && from.kind === 'action-plan'
        ? diffActionPlan(
            { doc: from, items: itemsOf(corpus.records, from.file) },
            { doc: to, items: itemsOf(corpus.records, to.file) },
          )
        : diffReportSections(
            { doc: from, passages: passagesOf(corpus.records, from.file) },
            { doc: to, passages: passagesOf(corpus.records, to.file) },
          );
    result.push({ series, from: toDigestDocument(from), to: toDigestDocument(to), changes });
  }
  return result;
}
