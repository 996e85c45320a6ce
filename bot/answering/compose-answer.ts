import type { ActionItemRecord, CorpusRecord } from '../../retrieval/corpus/records.js';
import { sectionLabel } from '../../retrieval/corpus/records.js';
import type { SearchHit, SearchResult } from '../../retrieval/query/search-corpus.js';
import type { ActionItemCard, Answer, Citation, NearestItem } from '../answer.js';
import { answeringSentences, asksForParticulars, keySentences } from './answering-sentences.js';
import { latestStatus, truncate } from './key-sentences.js';
import { withLanguageNote } from './language-notes.js';

const MAX_CITATIONS = 5;
const EXCERPT_CHARS = 400;
const STATUS_CHARS = 420;

const yesNo = (value: boolean): string => (value ? 'yes' : 'no');

/** "completed", or "ongoing, goals met" / "ongoing, no periodic goal met": one item's standing. */
function marks(item: ActionItemRecord): string {
  if (item.completed) return 'completed';
  return `${item.milestone || 'open'}, ${item.goalsMet ? 'goals met' : 'no periodic goal met'}`;
}

export function actionItemCard(item: ActionItemRecord): ActionItemCard {
  return {
    id: item.id,
    resolution: item.resolution,
    resolutionTitle: item.resolutionTitle,
    action: item.action,
    milestone: item.milestone,
    goalsMet: item.goalsMet,
    completed: item.completed,
    latestStatus: latestStatus(item.status, STATUS_CHARS) || 'No status reported.',
  };
}

/**
 * The status sentences that answer a question asking for particulars (a figure, a date, a place,
 * a period: "fellowships awarded Dec 2018 to Jul 2019?"); undefined when the latest status is the answer.
 */
function answeringStatus(item: ActionItemRecord, question: string): string | undefined {
  if (!asksForParticulars(question)) return undefined;
  const sentences = answeringSentences(item.status, question, EXCERPT_CHARS);
  return sentences && !latestStatus(item.status, STATUS_CHARS).includes(sentences) ? truncate(sentences, EXCERPT_CHARS) : undefined;
}

/** "44-30 — action", marks, the sentences that answer, latest status: an action item in a few lines. */
function describeItem(item: ActionItemRecord, question: string): string {
  const card = actionItemCard(item);
  const answering = answeringStatus(item, question);
  return [
    `${item.id} — ${item.action} (Resolution ${item.resolution})`,
    `Milestone: ${item.milestone || 'not given'} · Periodic goals met: ${yesNo(item.goalsMet)} · Completed: ${yesNo(item.completed)}`,
    ...(answering ? [`From the status: ${answering}`] : []),
    `Latest status: ${card.latestStatus}`,
  ].join('\n');
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

export function citationOf(hit: SearchHit, question: string): Citation {
  const { record, document } = hit;
  return {
    actionItem: record.kind === 'action-item' ? record.id : null,
    resolution: record.kind === 'action-item' ? record.resolution : record.kind === 'resolution' ? record.number : null,
    document: document.file,
    documentTitle: document.title,
    section: sectionLabel(record) || document.title,
    excerpt: excerptOf(record, question),
    score: Number(hit.score.toFixed(4)),
    url: document.url || null,
  };
}

function labelOf(record: CorpusRecord): NearestItem {
  switch (record.kind) {
    case 'action-item':
      return { label: `${record.id} — ${truncate(record.action, 90)}`, actionItem: record.id };
    case 'resolution':
      return { label: `Resolution ${record.number} — ${truncate(record.title, 90)}`, actionItem: null };
    case 'passage':
      return { label: truncate(record.headingPath.join(' › ') || record.text, 100), actionItem: null };
  }
}

function abstention(result: SearchResult, nearest: SearchHit[], reason?: string): Answer {
  const lead = result.unknown.length
    ? `${result.unknown.join(', ')} ${result.unknown.length > 1 ? 'are' : 'is'} not in the reports.`
    : 'The reports do not answer this question.';
  // Several passages of one section share a label: the nearest items are distinct.
  const items = [...new Map(nearest.map((h) => labelOf(h.record)).map((i) => [i.label, i])).values()].slice(0, 3);
  const text = [reason ?? lead, items.length ? `Nearest items:\n${items.map((i) => `• ${i.label}`).join('\n')}` : '']
    .filter(Boolean)
    .join('\n\n');
  return { question: result.query.text, text, abstained: true, citations: [], cards: [], nearest: items, generatedBy: 'extractive' };
}

/** `described` are the action items the text is about: they get cards; the rest are sources only. */
function answer(result: SearchResult, text: string, hits: SearchHit[], described: ActionItemRecord[] = []): Answer {
  return {
    question: result.query.text,
    text,
    abstained: false,
    citations: hits.slice(0, MAX_CITATIONS).map((h) => citationOf(h, result.query.searchText)),
    cards: described.slice(0, 3).map(actionItemCard),
    nearest: [],
    generatedBy: 'extractive',
  };
}

/** "completed", "not completed", "with a milestone naming TSAG or Council": the filter in words. */
function filterLabel(result: SearchResult): string {
  const { status, milestoneNames } = result.query;
  switch (status) {
    case undefined:
      return '';
    case 'milestone-names':
      return ` with a milestone naming ${milestoneNames.join(' or ')}`;
    case 'needs-attention':
      return ' needing attention (not completed, no periodic goal met)';
    case 'ongoing':
      return ' with an ongoing milestone';
    default:
      return ` ${status.replace('-', ' ')}`;
  }
}

/** Every matching item, one line each, with a count: never cut, channels continue long lists. */
function listAnswer(result: SearchResult): Answer {
  const items = result.hits.map((h) => h.record).filter((r): r is ActionItemRecord => r.kind === 'action-item');
  const scope = result.scope.length ? `Resolution ${result.scope.join(', ')} ` : '';
  const filter = filterLabel(result);
  const lines = items.map((i) => `• ${i.id} — ${truncate(i.action, 110)} (${marks(i)})`);
  const completed = items.filter((i) => i.completed).length;
  const attention = items.filter((i) => !i.completed && !i.goalsMet).length;
  const tally = filter ? '' : ` (${completed} completed, ${items.length - completed} open, ${attention} needing attention)`;
  const text = `${items.length} ${scope}action item${items.length === 1 ? '' : 's'}${filter}${tally}:\n${lines.join('\n')}`;
  return { ...answer(result, text, result.hits), listed: items.map((i) => i.id) };
}

/** The nearest real items for an unknown number: the same resolution's items, else the top hits. */
export type NearestFinder = (result: SearchResult) => SearchHit[];

/**
 * Turns a search result into a chat-sized extractive answer with citations, or an honest
 * abstention that lists the nearest items.
 */
export function composeAnswer(result: SearchResult, nearest: NearestFinder): Answer {
  const composed = composeExtractive(result, nearest);
  return { ...composed, text: withLanguageNote(composed.text, result.query.language) };
}

function composeExtractive(result: SearchResult, nearest: NearestFinder): Answer {
  if (!result.confident || result.hits.length === 0) {
    if (result.mode === 'list' && result.unknown.length === 0) {
      return abstention(result, nearest(result), `No action items match that filter in the reports.`);
    }
    return abstention(result, nearest(result));
  }
  if (result.mode === 'list') return listAnswer(result);
  const top = result.hits[0]!;
  const record = top.record;
  if (record.kind === 'action-item') {
    const described = result.mode === 'exact' ? result.hits.map((h) => h.record as ActionItemRecord) : [record];
    return answer(result, described.map((item) => describeItem(item, result.query.searchText)).join('\n\n'), result.hits, described);
  }
  if (record.kind === 'resolution') {
    const items = record.actionItemIds.length ? `\nAction items: ${record.actionItemIds.join(', ')}.` : '';
    const text = `Resolution ${record.number} — ${record.title}\n${keySentences(record.operativeText, result.query.searchText, 400)}${items}`;
    return answer(result, text, result.hits);
  }
  const text = `${keySentences(record.text, result.query.searchText, 450)}\n(${top.document.title} › ${sectionLabel(record)})`;
  return answer(result, text, result.hits);
}
