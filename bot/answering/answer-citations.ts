import type { CorpusRecord } from '../../retrieval/corpus/records.js';
import { sectionLabel } from '../../retrieval/corpus/records.js';
import type { SearchHit } from '../../retrieval/query/search-corpus.js';
import type { Citation, CitationRole } from '../answer.js';
import { answeringStatus, EXCERPT_CHARS } from './action-item-text.js';
import { keySentences } from './answering-sentences.js';
import { latestStatus, truncate } from './key-sentences.js';

/** Sources and related together, as before roles existed: a source or two and the next near hits. */
const MAX_CITATIONS = 5;

/**
 * How a document is named to users: its title and the year of its edition, e.g.
 * `Action Plan for the implementation of WTSA-16 Resolutions and Opinion (2022 edition)`. A title
 * that already says the year (`… operational plan (2025)`) is left as it is, and an edition of
 * unknown date adds nothing. Seed file names are never shown.
 */
export function documentName(title: string, edition: string): string {
  const year = /^\d{4}/.exec(edition)?.[0];
  return !year || title.includes(year) ? title : `${title} (${year} edition)`;
}

function excerptOf(record: CorpusRecord, question: string): string {
  switch (record.kind) {
    case 'action-item':
      return answeringStatus(record, question) ?? (latestStatus(record.status, EXCERPT_CHARS) || truncate(record.action, EXCERPT_CHARS));
    case 'resolution':
      return truncate(record.operativeText || record.title, EXCERPT_CHARS);
    case 'passage':
      return keySentences(record.text, question, EXCERPT_CHARS);
  }
}

/** One hit as a citation in the given role, its excerpt chosen for the question. */
export function citationOf(hit: SearchHit, question: string, role: CitationRole): Citation {
  const { record, document } = hit;
  return {
    role,
    actionItem: record.kind === 'action-item' ? record.id : null,
    resolution: record.kind === 'action-item' ? record.resolution : record.kind === 'resolution' ? record.number : null,
    document: document.file,
    documentTitle: documentName(document.title, document.edition),
    edition: document.edition,
    section: sectionLabel(record) || document.title,
    excerpt: excerptOf(record, question),
    score: Number(hit.score.toFixed(4)),
    url: document.url || null,
  };
}

/**
 * An answer's citations: every unit it drew on as a source, then the other near hits, in rank
 * order, as related, up to five citations in all (a list's sources are all its items, so it has
 * no related ones).
 */
export function citationsOf(sources: SearchHit[], hits: SearchHit[], question: string): Citation[] {
  const drawnOn = new Set(sources.map((h) => h.record.key));
  const related = hits.filter((h) => !drawnOn.has(h.record.key)).slice(0, Math.max(0, MAX_CITATIONS - sources.length));
  return [...sources.map((h) => citationOf(h, question, 'source')), ...related.map((h) => citationOf(h, question, 'related'))];
}
