import type { ActionItemRecord, DocumentInfo } from '../../retrieval/corpus/records.js';
import type { DigestCitation, DigestDocument } from './digest.js';

/** A seed's description as the digest shows it. */
export function toDigestDocument(doc: DocumentInfo): DigestDocument {
  return { file: doc.file, title: doc.title, edition: doc.edition, kind: doc.kind, series: doc.series, url: doc.url };
}

/** Cites an action item of the action plan `doc`. */
export function itemCitation(item: ActionItemRecord, doc: DocumentInfo): DigestCitation {
  return {
    actionItem: item.id,
    resolution: item.resolution,
    document: doc.file,
    documentTitle: doc.title,
    edition: doc.edition,
    section: item.section,
    url: doc.url || null,
  };
}

/** Cites a section (heading path) of the report `doc`. */
export function sectionCitation(section: string, doc: DocumentInfo): DigestCitation {
  return {
    actionItem: null,
    resolution: null,
    document: doc.file,
    documentTitle: doc.title,
    edition: doc.edition,
    section,
    url: doc.url || null,
  };
}
