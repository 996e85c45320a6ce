import { sectionLabel, type CorpusRecord } from '../../retrieval/corpus/records.js';
import type { SearchHit } from '../../retrieval/query/search-corpus.js';
import { keySentences } from '../answering/answering-sentences.js';
import { latestStatus, truncate } from '../answering/key-sentences.js';
import { escapePromptData } from './prompt-templates.js';

/**
 * A retrieved hit as the model sees it: an id it can cite (the action item number, or `P1`,
 * `P2`… for passages and Resolutions) and how a citation of it reads in the final answer.
 */
export interface ReportUnit {
  id: string;
  hit: SearchHit;
  /** How `[id]` is written in the answer: the action item number, or the passage's section. */
  label: string;
}

/** Budgets per unit: enough for the model to answer, small enough for a quick, cheap call. */
const STATUS_CHARS = 900;
const LIST_STATUS_CHARS = 200;
const TEXT_CHARS = 1200;
const LABEL_CHARS = 60;

function passageLabel(hit: SearchHit): string {
  const section = sectionLabel(hit.record);
  return truncate(section || hit.document.title, LABEL_CHARS);
}

/** Numbers the hits: action items keep their own ids, everything else becomes P1, P2… */
export function reportUnits(hits: SearchHit[]): ReportUnit[] {
  let passages = 0;
  return hits.map((hit) => {
    if (hit.record.kind === 'action-item') return { id: hit.record.id, hit, label: hit.record.id };
    passages += 1;
    return { id: `P${passages}`, hit, label: passageLabel(hit) };
  });
}

/** What the model may cite, and how each citation is written: input for the citation guard. */
export function unitLabels(units: ReportUnit[]): Map<string, string> {
  return new Map(units.map((u) => [u.id, u.label]));
}

function unitBody(record: CorpusRecord, query: string, brief: boolean): string {
  switch (record.kind) {
    case 'action-item':
      return [
        `Action item ${record.id} (Resolution ${record.resolution}): ${record.action}`,
        `Milestone: ${record.milestone || 'not given'}; periodic goals met: ${record.goalsMet ? 'yes' : 'no'}; completed: ${record.completed ? 'yes' : 'no'}`,
        `Latest status: ${latestStatus(record.status, brief ? LIST_STATUS_CHARS : STATUS_CHARS) || 'none reported'}`,
      ].join('\n');
    case 'resolution':
      return `Resolution ${record.number} — ${record.title}\n${truncate(record.operativeText, TEXT_CHARS)}`;
    case 'passage':
      return keySentences(record.text, query, TEXT_CHARS);
  }
}

/**
 * The units as tagged data for the answer prompt. Every text is escaped, so a report (or a
 * question quoted in one) cannot close its tag and pose as instructions.
 */
export function formatUnits(units: ReportUnit[], query: string, options: { brief?: boolean } = {}): string {
  return units
    .map(({ id, hit }) => {
      const source = [hit.document.title, sectionLabel(hit.record)].filter(Boolean).join(' › ');
      const body = unitBody(hit.record, query, options.brief === true);
      return `<unit id="${id}" source="${escapePromptData(source)}">\n${escapePromptData(body)}\n</unit>`;
    })
    .join('\n');
}
