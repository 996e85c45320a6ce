import type { DocumentInfo, PassageRecord } from '../../retrieval/corpus/records.js';
import { truncate } from '../answering/key-sentences.js';
import type { DigestChange } from './digest.js';
import { sectionCitation } from './digest-citations.js';

const QUOTE_CHARS = 140;
/** Text before the first heading (the abstract) has no heading path of its own. */
export const OPENING_SECTION = 'Opening text';

const quote = (text: string): string => `“${truncate(text, QUOTE_CHARS)}”`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A report's sections in document order, each with its paragraphs (whitespace squeezed). */
export function reportSections(passages: PassageRecord[]): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  for (const passage of passages) {
    const label = passage.headingPath.length > 0 ? passage.headingPath.join(' › ') : OPENING_SECTION;
    const paragraphs = passage.text
      .split('\n')
      .map((line) => line.replace(/^[·•\-–\s]+/, '').replace(/\s+/g, ' ').trim())
      .filter((line) => line.length > 0);
    sections.set(label, [...(sections.get(label) ?? []), ...paragraphs]);
  }
  return sections;
}

function sectionSummary(before: string[], after: string[]): string | undefined {
  const old = new Set(before);
  const added = after.filter((p) => !old.has(p));
  const dropped = before.filter((p) => !after.includes(p));
  if (added.length === 0 && dropped.length === 0) return undefined;
  if (added.length === 0) return `${plural(dropped.length, 'paragraph')} removed`;
  const example = `, starting ${quote(added[0]!)}`;
  if (dropped.length === before.length) return `Rewritten: ${plural(before.length, 'paragraph')} replaced by ${added.length}${example}`;
  const removed = dropped.length > 0 ? `, ${dropped.length} removed` : '';
  return `${plural(added.length, 'new paragraph')}${removed}${example}`;
}

/**
 * Sections added, removed or rewritten from the `older` to the `newer` edition of a report,
 * matched by heading path: new sections first in the newer edition's order, then the ones
 * the newer edition dropped.
 */
export function diffReportSections(
  older: { doc: DocumentInfo; passages: PassageRecord[] },
  newer: { doc: DocumentInfo; passages: PassageRecord[] },
): DigestChange[] {
  const before = reportSections(older.passages);
  const after = reportSections(newer.passages);
  const changes: DigestChange[] = [];
  for (const [label, paragraphs] of after) {
    const previous = before.get(label);
    if (!previous) {
      changes.push({
        kind: 'added',
        subject: 'section',
        label,
        summary: `New section: ${quote(paragraphs[0] ?? '')}`,
        cite: sectionCitation(label, newer.doc),
      });
      continue;
    }
    const summary = sectionSummary(previous, paragraphs);
    if (summary) changes.push({ kind: 'changed', subject: 'section', label, summary, cite: sectionCitation(label, newer.doc) });
  }
  for (const label of before.keys()) {
    if (after.has(label)) continue;
    changes.push({
      kind: 'removed',
      subject: 'section',
      label,
      summary: `Section no longer in the ${newer.doc.edition ? `${newer.doc.edition.slice(0, 4)} ` : ''}edition`,
      cite: sectionCitation(label, older.doc),
    });
  }
  return changes;
}
