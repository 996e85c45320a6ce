import { passageLabelPath, type CorpusRecord } from '../corpus/records.js';
import { studyGroupsNamed } from '../corpus/study-group-mentions.js';
import { glossaryTerms } from './itu-glossary.js';

/** Embedding cost grows with length while meaning saturates early; longer texts are cut. */
const EMBED_CHARS = 900;
/** The latest status paragraphs kept beside an action item's action in its second vector. */
const LATEST_STATUS_PARAGRAPHS = 2;

/**
 * The texts embedded for a record, most specific first. An action item has two vectors: its
 * action with the start of its narrative, and its action with its most recent status (what
 * delegates ask about, and what a new edition changes); search takes the closer of the two.
 */
export function embeddingTexts(record: CorpusRecord): string[] {
  switch (record.kind) {
    case 'action-item': {
      const latest = record.status.split('\n').slice(-LATEST_STATUS_PARAGRAPHS).join(' ');
      // An action that points back ("these activities") is embedded with the one it points to.
      const action = record.antecedent ? `${record.action} (${record.antecedent})` : record.action;
      return [
        `${action} (Resolution ${record.resolution}, ${record.resolutionTitle}) ${record.status}`.slice(0, EMBED_CHARS),
        `${record.action}. ${latest}`.slice(0, EMBED_CHARS),
      ];
    }
    case 'resolution':
      return [`Resolution ${record.number}: ${record.title}. ${record.operativeText}`.slice(0, EMBED_CHARS)];
    case 'passage':
      return [`${passageLabelPath(record).join(', ')}: ${record.text}`.slice(0, EMBED_CHARS)];
  }
}

/**
 * Fields for the keyword index, with the other form of each ITU abbreviation among the tags, and
 * the study groups the title names as one word each ("SGs 11 and 17 to develop…" → SG11 SG17).
 */
export function keywordFields(record: CorpusRecord): { title: string; body: string; tags: string } {
  const fields = baseKeywordFields(record);
  const groups = studyGroupsNamed(fields.title).join(' ');
  return { ...fields, tags: `${fields.tags} ${groups} ${glossaryTerms(`${fields.title} ${fields.body}`)}`.trim() };
}

/** A short, heavily weighted title and the body, with the record's own tags (no glossary forms: cheaper, for scans of the text). */
export function baseKeywordFields(record: CorpusRecord): { title: string; body: string; tags: string } {
  switch (record.kind) {
    case 'action-item':
      return {
        title: record.action,
        body: `${record.status} ${record.milestone} ${record.antecedent ?? ''}`,
        tags: `${record.id} ${record.aliases.join(' ')} resolution ${record.resolution} ${record.resolutionTitle}`,
      };
    case 'resolution':
      return { title: record.title, body: record.operativeText, tags: `resolution ${record.number}` };
    case 'passage':
      // An entry's long title ("140 (Rev. Dubai, 2018) ITU's role in implementing the outcomes of the
      // World Summit…") is body text: as a heavily weighted title it drew unrelated questions.
      return { title: record.headingPath.join(' '), body: record.entry ? `${record.entry.title}\n${record.text}` : record.text, tags: '' };
  }
}
