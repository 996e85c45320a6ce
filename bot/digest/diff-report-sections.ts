import { sectionLabel, type DocumentInfo, type PassageRecord } from '../../retrieval/corpus/records.js';
import { describeFact, factWeight, quote } from './change-facts.js';
import { countOf, type DigestChange, type DigestFact } from './digest.js';
import { sectionCitation } from './digest-citations.js';
import { compareTexts, sentencesOf } from './sentence-diff.js';

const QUOTE_CHARS = 140;
/** Text before the first heading (the abstract) has no heading path of its own. */
export const OPENING_SECTION = 'Opening text';

/** A report's sections in document order, each with its paragraphs (whitespace squeezed). */
export function reportSections(passages: PassageRecord[]): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  for (const passage of passages) {
    const label = sectionLabel(passage) || OPENING_SECTION;
    const paragraphs = passage.text
      .split('\n')
      .map((line) => line.replace(/^[·•\-–\s]+/, '').replace(/\s+/g, ' ').trim())
      .filter((line) => line.length > 0);
    sections.set(label, [...(sections.get(label) ?? []), ...paragraphs]);
  }
  return sections;
}

/** A section's facts: changed figures first, then sentences added, removed and reworded, each in reading order. */
function sectionFacts(before: string[], after: string[]): DigestFact[] {
  const { added, removed, edits } = compareTexts(before, after);
  const facts: DigestFact[] = [
    ...edits.flatMap((edit) => edit.figures.map((figure): DigestFact => ({ kind: 'value', what: 'figure', ...figure }))),
    ...added.map((text): DigestFact => ({ kind: 'sentence', what: 'sentence', change: 'added', text })),
    ...removed.map((text): DigestFact => ({ kind: 'sentence', what: 'sentence', change: 'removed', text })),
    ...edits.filter((edit) => edit.figures.length === 0).map((edit): DigestFact => ({ kind: 'reworded', what: 'sentence', from: edit.before, to: edit.after })),
  ];
  return facts.sort((a, b) => factWeight(a) - factWeight(b));
}

/** The first (weightiest) fact, and how many more there are. */
function sectionSummary(facts: DigestFact[]): string {
  const more = facts.length > 1 ? `; ${countOf(facts.length - 1, 'more change')}` : '';
  return `${describeFact(facts[0]!, QUOTE_CHARS)}${more}`;
}

/**
 * Sections added, removed or changed (sentences added, removed or edited, figures old → new)
 * from the `older` to the `newer` edition of a report, matched by heading path: in the newer
 * edition's order, then the sections the newer edition dropped.
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
      const sentences = sentencesOf(paragraphs);
      changes.push({
        kind: 'added',
        subject: 'section',
        label,
        summary: `New section of ${countOf(sentences.length, 'sentence')}: ${quote(sentences[0] ?? '', QUOTE_CHARS)}`,
        facts: [],
        cite: sectionCitation(label, newer.doc),
      });
      continue;
    }
    const facts = sectionFacts(previous, paragraphs);
    if (facts.length > 0) changes.push({ kind: 'changed', subject: 'section', label, summary: sectionSummary(facts), facts, cite: sectionCitation(label, newer.doc) });
  }
  for (const label of before.keys()) {
    if (after.has(label)) continue;
    changes.push({
      kind: 'removed',
      subject: 'section',
      label,
      summary: `Section no longer in the ${newer.doc.edition ? `${newer.doc.edition.slice(0, 4)} ` : ''}edition`,
      facts: [],
      cite: sectionCitation(label, older.doc),
    });
  }
  return changes;
}
