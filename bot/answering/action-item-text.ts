import escapeStringRegexp from 'escape-string-regexp';
import type { ActionItemRecord } from '../../retrieval/corpus/records.js';
import { splitIntoSentences } from '../../retrieval/corpus/sentences.js';
import { readQuestionNames } from '../../retrieval/query/grammar/question-names.js';
import type { ActionItemCard } from '../answer.js';
import { answeringSentences, asksForParticulars } from './answering-sentences.js';
import { latestStatus, truncate } from './key-sentences.js';

/** Budget of the status sentences an answer or excerpt quotes. */
export const EXCERPT_CHARS = 400;
const STATUS_CHARS = 420;

const yesNo = (value: boolean): string => (value ? 'yes' : 'no');

/** The fields of one action item as channels show them on a card. */
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
 * Whether a text holds a place or name the question gives ("what happened in N'Djamena?"), or one
 * sentence of it holds two or more acronyms the question gives ("SG2 told ETSI and TMF"): the
 * sentences saying them answer. One acronym alone ("3GPP") is often the whole item's subject.
 */
function namesSaidIn(question: string, text: string): boolean {
  const { words, titles, names } = readQuestionNames(question);
  const lower = text.toLowerCase();
  if ([...words, ...titles].some((name) => lower.includes(name))) return true;
  const said = (sentence: string, name: string): boolean => new RegExp(String.raw`\b${escapeStringRegexp(name)}\b`, 'i').test(sentence);
  return names.length >= 2 && splitIntoSentences(text).some((sentence) => names.every((name) => said(sentence, name)));
}

/**
 * The status sentences that answer a question asking for particulars (a figure, a date, a place,
 * a period: "fellowships awarded Dec 2018 to Jul 2019?"); undefined when the latest status is the answer.
 */
export function answeringStatus(item: ActionItemRecord, question: string): string | undefined {
  if (!asksForParticulars(question) && !namesSaidIn(question, item.status)) return undefined;
  const sentences = answeringSentences(item.status, question, EXCERPT_CHARS);
  return sentences && !latestStatus(item.status, STATUS_CHARS).includes(sentences) ? truncate(sentences, EXCERPT_CHARS) : undefined;
}

/** "44-30 — action", marks, the sentences that answer, latest status: an action item in a few lines. */
export function describeItem(item: ActionItemRecord, question: string): string {
  const card = actionItemCard(item);
  const answering = answeringStatus(item, question);
  return [
    `${item.id} — ${item.action} (Resolution ${item.resolution})`,
    `Milestone: ${item.milestone || 'not given'} · Periodic goals met: ${yesNo(item.goalsMet)} · Completed: ${yesNo(item.completed)}`,
    ...(answering ? [`From the status: ${answering}`] : []),
    `Latest status: ${card.latestStatus}`,
  ].join('\n');
}

/**
 * What the text says about an item that its card does not: the status sentences answering the
 * question, if any. Everything else (action, marks, latest status) is on the card, once.
 */
export function beyondCard(item: ActionItemRecord, question: string): string {
  const answering = answeringStatus(item, question);
  return answering ? `From the status of ${item.id}: ${answering}` : '';
}
