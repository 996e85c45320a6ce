import escapeStringRegexp from 'escape-string-regexp';
import type { ActionItemRecord } from '../corpus/records.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { itemStep, listPlace } from './grammar/follow-ups.js';
import { readQuestionNames } from './grammar/question-names.js';
import type { MarkFilter, StatusFilter } from './grammar/status-intent.js';
import type { ParsedQuery } from './parse-query.js';
import { actionItemById, actionItems } from './plan-items.js';

/** A list's filter, as a follow-up may carry it to another Resolution ("and for Resolution 90?"). */
export interface ListFilter {
  status: StatusFilter;
  milestoneNames: string[];
  marks?: MarkFilter;
}

/** What the thread was about, for a follow-up (the caller passes it only for questions that look like one). */
export interface ThreadContext {
  /** The one action item the thread's last answer was about: "has it been completed?", "and the next one?". */
  contextItem?: string;
  /** The filter of the thread's last list: "and for Resolution 90?" lists Resolution 90's items by it. */
  contextFilter?: ListFilter;
  /** Numbered events the thread asked about ("WTDC-22"): "and how many participants?" is about them. */
  contextEvents?: string[];
  /** The items of the thread's last list, in order: "what does the first one say?" picks one. */
  contextList?: string[];
  /** The thread's last answered question, as read: "and in 2025?" asks it again of another year. */
  contextQuestion?: string;
}

/** "and in 2025?", "what about 2021?", "same for the 2021 edition?": the last question, of another year. */
const ANOTHER_YEAR = /^\s*(?:and|also|what about|how about|and what about|same for)?\s*(?:in|for|of|during)?\s*(?:the\s+)?((?:19|20)\d{2})(?:\s+(?:edition|report|one))?\s*[?.!]*\s*$/i;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/**
 * The thread's last question asked of the year a follow-up names and nothing else ("and in
 * 2025?" after "how many area offices were there in 2021?"): its year replaced, or added;
 * undefined for any other follow-up.
 */
export function askedOfAnotherYear(question: string, contextQuestion: string | undefined): string | undefined {
  const year = question.match(ANOTHER_YEAR)?.[1];
  if (!year || !contextQuestion) return undefined;
  if (YEAR.test(contextQuestion)) return contextQuestion.replace(new RegExp(YEAR.source, 'g'), year);
  return `${contextQuestion.replace(/\s*[?.!]+\s*$/, '')} in ${year}?`;
}

/** "and WTDC-22?", "what about WRC-19?", "same for WTSA-16?": the last question, of another numbered event. */
const ANOTHER_EVENT = /^\s*(?:and|also|what about|how about|and what about|same for)?\s*(?:for|of|at|in)?\s*(?:the\s+)?([A-Z]{2,6}-\d{1,4})\s*[?.!]*\s*$/i;

/**
 * The thread's last question asked of the numbered event a follow-up names and nothing else
 * ("and WTDC-22?" after "how many attended? (WTSA-20)"): its event replaced; undefined when the
 * follow-up is another kind or the last question named no event.
 */
export function askedOfAnotherEvent(question: string, contextQuestion: string | undefined): string | undefined {
  const event = question.match(ANOTHER_EVENT)?.[1];
  if (!event || !contextQuestion) return undefined;
  const previous = readQuestionNames(contextQuestion).events;
  if (previous.length === 0) return undefined;
  return previous.reduce((text, old) => text.replace(new RegExp(escapeStringRegexp(old), 'gi'), event.toUpperCase()), contextQuestion);
}

/** Whether the question names an action item or a Resolution of its own. */
export function namesReference(query: ParsedQuery): boolean {
  return query.actionItemIds.length + query.lastItemOf.length + query.resolutions.length + query.foreignResolutions.length > 0;
}

/** What a follow-up may ask of the thread's event: "and how many participants?", "when?", "who chaired it?". */
const ASKS_OF_EVENT = /\b(?:how\s+(?:many|much|long)|when|where|who|which\s+(?:country|city|venue))\b/i;

/**
 * A follow-up read with what its thread was about: a list's filter carried to the Resolution it
 * names ("and for Resolution 90?"), the events asked about carried to a fact question naming
 * none ("and how many participants?" after "where was WTDC-22?").
 */
export function withThreadContext(query: ParsedQuery, context: ThreadContext): ParsedQuery {
  let read = query;
  if (context.contextFilter && !query.status && query.resolutions.length > 0 && query.actionItemIds.length === 0) {
    read = { ...read, ...context.contextFilter, wantsList: true };
  }
  const events = context.contextEvents ?? [];
  if (events.length > 0 && ASKS_OF_EVENT.test(query.text) && !namesReference(query) && readQuestionNames(query.text).events.length === 0) {
    read = { ...read, text: `${read.text} (${events.join(', ')})`, asked: read.text, searchText: `${read.searchText} ${events.join(' ')}` };
  }
  return read;
}

/** The item a follow-up points at, or, past either end of its table, what it asked for in words. */
export type PointedItem = { record: ActionItemRecord } | { missing: string };

/**
 * The thread's item a follow-up points at ("has it been completed?", "who owns it?"), or its
 * neighbour in the Resolution's table ("and the next one?": `missing` past the last row); none
 * when the question points at none or names a topic of its own (`ownTopic`: "who owns the
 * fellowships item?").
 */
export function itemPointedAt(index: CorpusIndex, query: ParsedQuery, contextItem: string, ownTopic: boolean): PointedItem | undefined {
  const step = itemStep(query.text);
  const item = actionItemById(index, contextItem);
  if (step === undefined || !item || (step === 0 && ownTopic)) return undefined;
  const siblings = actionItems(index)
    .filter((r) => r.resolution === item.resolution)
    .sort((a, b) => tablePlace(a.id).localeCompare(tablePlace(b.id)));
  const record = siblings[siblings.indexOf(item) + step];
  return record ? { record } : { missing: `An item of Resolution ${item.resolution} ${step > 0 ? 'after' : 'before'} ${item.id}` };
}

/** Where an item stands in its table: by number, a row without one just after the row it follows ("unnumbered row after 44-35"). */
function tablePlace(id: string): string {
  const after = id.match(/(\d{2}-\d{2})$/)?.[1];
  return after && after !== id ? `${after}~` : id;
}

/** The item of the thread's last list a follow-up picks by its place ("the first one", "the last item"). */
export function itemPickedFromList(index: CorpusIndex, query: ParsedQuery, list: string[]): PointedItem | undefined {
  const place = listPlace(query.text);
  const id = place === undefined ? undefined : list.at(place);
  const record = id === undefined ? undefined : actionItemById(index, id);
  return record ? { record } : undefined;
}

/** "which of them…", "among those…", "which of these are completed?", "how many is that?": the thread's list, not the plan. */
const BACK_AT_LIST = /\b(?:of|among|from)\s+(?:them|those|these)\b|\bhow\s+many\s+(?:is\s+that|are\s+(?:they|those|these|there))\b/i;

/** Whether a follow-up points back at the list the thread showed. */
export function pointsBackAtList(question: string): boolean {
  return BACK_AT_LIST.test(question);
}
