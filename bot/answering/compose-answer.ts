import type { ActionItemRecord, CorpusRecord, PassageRecord } from '../../retrieval/corpus/records.js';
import { passageLabelPath, resolutionName, sectionLabel } from '../../retrieval/corpus/records.js';
import { asksWhetherAll, asksYesOrNo } from '../../retrieval/query/grammar/status-intent.js';
import { splitMilestoneNames } from '../../retrieval/query/record-filters.js';
import type { StatusFilter } from '../../retrieval/query/parse-query.js';
import type { SearchHit, SearchResult } from '../../retrieval/query/search-corpus.js';
import type { ResolutionTally } from '../../retrieval/query/plan-tallies.js';
import { namesItemId } from '../../retrieval/query/plan-items.js';
import type { Answer, NearestItem } from '../answer.js';
import { actionItemCard, beyondCard, describeItem } from './action-item-text.js';
import { citationsOf, documentName } from './answer-citations.js';
import { keySentences } from './answering-sentences.js';
import { truncate } from './key-sentences.js';
import { withLanguageNote } from './language-notes.js';

const MAX_CARDS = 3;

/** "completed", or "ongoing, goals met" / "ongoing, no periodic goal met": one item's standing. */
function marks(item: ActionItemRecord): string {
  if (item.completed) return 'completed';
  return `${item.milestone || 'open'}, ${item.goalsMet ? 'goals met' : 'no periodic goal met'}`;
}

function labelOf(record: CorpusRecord): NearestItem {
  switch (record.kind) {
    case 'action-item':
      return { label: `${record.id} — ${truncate(record.action, 90)}`, actionItem: record.id, question: `status of action item ${record.id}` };
    case 'resolution':
      return { label: `${resolutionName(record.number)} — ${truncate(record.title, 90)}`, actionItem: null, question: resolutionName(record.number) };
    case 'passage':
      // The passage's own heading finds it again; the whole path, cut to fit, finds its neighbours.
      return {
        label: truncate(sectionLabel(record) || record.text, 100),
        actionItem: null,
        question: passageLabelPath(record).at(-1) ?? truncate(record.text, 100),
      };
  }
}

/** "44-99 is not in the reports.": the references the question names that no record has. */
function notInReports(unknown: string[]): string {
  return `${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not in the reports.`;
}

/**
 * "status of 44-04": not an item of this plan, and what the reports say of it ("Action items from
 * the WTSA-12 Action Plan, which are obsolete … · 44-04, 44-06 … (but provision still exists in
 * Resolution)"): the passage's opening line and the lines naming it, cited. Still an abstention:
 * the item has no status to give.
 */
function mentionedAbstention(result: SearchResult, mentions: SearchHit[]): Answer {
  const [first] = mentions;
  const record = first!.record as PassageRecord;
  const lines = record.text.split('\n');
  const naming = lines.filter((line, i) => i > 0 && result.unknown.some((id) => namesItemId(line, id)));
  const where = [documentName(first!.document.title, first!.document.edition), sectionLabel(record)].filter(Boolean).join(' › ');
  const text = `${notInThisPlan(result.unknown)} The reports mention ${result.unknown.length > 1 ? 'them' : 'it'}:\n“${truncate([lines[0], ...naming].join(' '), 450)}”\n(${where})`;
  return {
    question: result.query.asked ?? result.query.text,
    text,
    abstained: true,
    citations: citationsOf([first!], mentions, result.query.searchText),
    cards: [],
    nearest: [],
    generatedBy: 'extractive',
  };
}

function notInThisPlan(unknown: string[]): string {
  // "Resolution 81": a Resolution the plan no longer implements has no items in it.
  if (unknown.every((name) => name.startsWith('Resolution '))) return `${unknown.join(', ')} ${unknown.length > 1 ? 'have' : 'has'} no action items in the current action plan.`;
  return `${unknown.join(', ')} ${unknown.length > 1 ? 'are not action items' : 'is not an action item'} of the current action plan.`;
}

function abstention(result: SearchResult, nearest: SearchHit[], reason?: string): Answer {
  if (result.unknownMentions && !reason) return mentionedAbstention(result, result.unknownMentions);
  const lead = result.unknown.length ? notInReports(result.unknown) : 'The reports do not answer this question.';
  // Several passages of one section share a label: the nearest items are distinct.
  const items = [...new Map(nearest.map((h) => labelOf(h.record)).map((i) => [i.label, i])).values()].slice(0, 3);
  const text = [reason ?? lead, items.length ? `Nearest items:\n${items.map((i) => `• ${i.label}`).join('\n')}` : '']
    .filter(Boolean)
    .join('\n\n');
  return { question: result.query.asked ?? result.query.text, text, abstained: true, citations: [], cards: [], nearest: items, generatedBy: 'extractive' };
}

/** An answer whose text drew on `sources`; the other hits are offered as related. */
function answer(result: SearchResult, text: string, sources: SearchHit[]): Answer {
  return {
    question: result.query.asked ?? result.query.text,
    text,
    abstained: false,
    citations: citationsOf(sources, result.hits, result.query.searchText),
    cards: [],
    nearest: [],
    generatedBy: 'extractive',
  };
}

/**
 * An answer describing action items: each in full in the text; the first few also as cards,
 * which channels that render cards show instead of those items' lines.
 */
function itemAnswer(result: SearchResult, described: SearchHit[]): Answer {
  const question = result.query.searchText;
  const items = described.map((h) => h.record as ActionItemRecord);
  const verdict = verdictOnItem(result, items);
  const besideCards = items.map((item, i) => (i < MAX_CARDS ? beyondCard(item, question) : describeItem(item, question)));
  return {
    ...answer(result, `${verdict}${items.map((item) => describeItem(item, question)).join('\n\n')}`, described),
    textBesideCards: `${verdict}${besideCards.filter(Boolean).join('\n\n')}`.trim(),
    cards: items.slice(0, MAX_CARDS).map(actionItemCard),
  };
}

/** "Is 44-30 completed?", "has it been completed?", "is 83-02 still open?": yes or no first, for the one item named; empty otherwise. */
function verdictOnItem(result: SearchResult, items: ActionItemRecord[]): string {
  const { status, text } = result.query;
  const [item] = items;
  if (result.mode !== 'exact' || items.length !== 1 || !item || !asksYesOrNo(text)) return '';
  if (status !== 'completed' && status !== 'not-completed') return '';
  const yes = (status === 'completed') === item.completed;
  return `${yes ? 'Yes' : 'No'}: ${item.id} is ${item.completed ? 'completed' : 'not completed'}.\n\n`;
}

/** "completed", "not completed", "completed with a milestone naming TSAG or Council": the filters in words. */
function filterLabel(result: SearchResult): string {
  const { status, marks, milestoneNames } = result.query;
  return `${marks ? `${statusLabel(marks, [])},` : ''}${statusLabel(status, milestoneNames)}`;
}

function statusLabel(status: StatusFilter | undefined, milestoneNames: string[]): string {
  switch (status) {
    case undefined:
      return '';
    case 'milestone-names': {
      const { bodies, years } = splitMilestoneNames(milestoneNames);
      return ` with a milestone naming ${[bodies.join(' or '), years.join(' or ')].filter(Boolean).join(' in ')}`;
    }
    case 'needs-attention':
      return ' needing attention (not completed, no periodic goal met)';
    case 'ongoing':
      return ' with an ongoing milestone';
    case 'dated':
      return ' with a milestone other than Ongoing';
    case 'goals-met':
      return ' with periodic goals met';
    case 'goals-not-met':
      return ' with periodic goals not met';
    default:
      return ` ${status.replace('-', ' ')}`;
  }
}

/** A passage answer: its answering sentences within this budget; a list question's passage up to the larger one (Slack's section limit is 3,000). */
const PASSAGE_CHARS = 450;
const LIST_PASSAGE_CHARS = 2000;

const itemLine = (i: ActionItemRecord): string => `• ${i.id} — ${truncate(i.action, 110)} (${marks(i)})`;

/** A filter that matched none of the Resolution's items: say so, then show the items with their marks. */
function emptyListAnswer(result: SearchResult, scopeItems: SearchHit[]): Answer {
  const items = scopeItems.map((h) => h.record).filter((r): r is ActionItemRecord => r.kind === 'action-item');
  const scope = `Resolution ${result.scope.join(', ')}`;
  const text = `No ${scope} action items${filterLabel(result)}. Its ${items.length} action item${items.length === 1 ? '' : 's'}:\n${items.map(itemLine).join('\n')}`;
  return { ...answer(result, text, scopeItems), listed: [] };
}

/** Items named one by one in a "no"; more are counted, then named in brackets. */
const FEW_LEFT = 3;
const MANY_LEFT = 30;

/**
 * "Are all Resolution 1 items completed?": yes or no first, naming the items that keep it from
 * yes ("No: 01-04, 01-05 and 01-06 are not."); empty for any other question.
 */
function verdictOnAll(result: SearchResult, matched: number): string {
  if (!result.unmatched || !asksWhetherAll(result.query.text)) return '';
  const left = result.unmatched;
  if (left.length === 0) return `Yes: all ${matched} are.\n\n`;
  const named = left.length === 1 ? left[0] : `${left.slice(0, -1).join(', ')} and ${left.at(-1)}`;
  if (left.length <= FEW_LEFT) return `No: ${named} ${left.length === 1 ? 'is' : 'are'} not.\n\n`;
  // The whole plan's 335 open items would bury the answer: counted only.
  if (left.length > MANY_LEFT) return `No: ${left.length} of the ${left.length + matched} are not.\n\n`;
  return `No: ${left.length} of the ${left.length + matched} are not (${named}).\n\n`;
}

/** Every matching item, one line each, with a count: never cut, channels continue long lists. */
function listAnswer(result: SearchResult): Answer {
  const items = result.hits.map((h) => h.record).filter((r): r is ActionItemRecord => r.kind === 'action-item');
  const scope = result.scope.length ? `Resolution ${result.scope.join(', ')} ` : '';
  const filter = filterLabel(result);
  const about = result.topic ? ` about ${result.topic.phrases.join(' and ')}` : '';
  const lines = items.map(itemLine);
  const completed = items.filter((i) => i.completed).length;
  const attention = items.filter((i) => !i.completed && !i.goalsMet).length;
  const tally = filter || about ? '' : ` (${completed} completed, ${items.length - completed} open, ${attention} needing attention)`;
  const count = `${items.length} ${scope}action item${items.length === 1 ? '' : 's'}${filter}`;
  const heading = result.topic && !result.topic.matched ? `No action items${filter}${about}. All ${count}` : `${count}${about}${tally}`;
  const text = `${verdictOnAll(result, items.length)}${heading}:\n${lines.join('\n')}`;
  return { ...answer(result, text, result.hits), listed: items.map((i) => i.id) };
}

/**
 * "Which Resolutions have all their items completed?": the Resolutions, each with how many of its
 * items match, then their matching items; or a plain "none" when no Resolution does.
 */
function resolutionsAnswer(result: SearchResult, tallies: ResolutionTally[], every: boolean): Answer {
  const filter = filterLabel(result);
  const what = every ? `all their action items${filter}` : `action items${filter}`;
  if (tallies.length === 0) return { ...answer(result, `No Resolution of the plan has ${what}.`, []), listed: [] };
  const lines = tallies.map((t) => `• ${resolutionName(t.number)} — ${truncate(t.title, 90)} (${t.matched.length} of ${t.total} item${t.total === 1 ? '' : 's'})`);
  const heading = `${tallies.length} Resolution${tallies.length === 1 ? '' : 's'} with ${what}:`;
  const items = result.hits.map((h) => h.record).filter((r): r is ActionItemRecord => r.kind === 'action-item');
  const text = `${heading}\n${lines.join('\n')}\n\nTheir ${items.length} matching action item${items.length === 1 ? '' : 's'}:\n${items.map(itemLine).join('\n')}`;
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
  const noted = (text: string): string => withLanguageNote(text, result.query.language, composed.abstained);
  return {
    ...composed,
    text: noted(composed.text),
    ...(composed.textBesideCards === undefined ? {} : { textBesideCards: noted(composed.textBesideCards).trim() }),
  };
}

function composeExtractive(result: SearchResult, nearest: NearestFinder): Answer {
  if (result.resolutionTallies) return resolutionsAnswer(result, result.resolutionTallies.tallies, result.resolutionTallies.every);
  if (result.mode === 'list' && result.confident && result.scopeItems) return emptyListAnswer(result, result.scopeItems);
  if (!result.confident || result.hits.length === 0) {
    if (result.mode === 'list' && result.unknown.length === 0) {
      return abstention(result, nearest(result), `No action items match that filter in the reports.`);
    }
    return abstention(result, nearest(result));
  }
  if (result.mode === 'list') return listAnswer(result);
  const top = result.hits[0]!;
  const record = top.record;
  // An exact lookup describes every item named; a ranked answer draws on its top hit only.
  if (record.kind === 'action-item') {
    const described = itemAnswer(result, result.mode === 'exact' ? result.hits : [top]);
    if (result.unknown.length === 0) return described;
    // "status of 44-30 and 44-99": the item that exists is described, the other is not passed over in silence.
    const note = notInReports(result.unknown);
    return { ...described, text: `${note}\n\n${described.text}`, textBesideCards: `${note}\n\n${described.textBesideCards ?? ''}`.trim() };
  }
  if (record.kind === 'resolution') {
    const items = record.actionItemIds.length ? `\nAction items: ${record.actionItemIds.join(', ')}.` : '';
    const text = `${resolutionName(record.number)} — ${record.title}\n${keySentences(record.operativeText, result.query.searchText, 400)}${items}`;
    return answer(result, text, [top]);
  }
  // A foreword or preface sits under no heading: the document alone says where.
  const where = [documentName(top.document.title, top.document.edition), sectionLabel(record)].filter(Boolean).join(' › ');
  // "list the obsolete action items": a passage that is itself the list is quoted whole, as a list answer would be.
  const body = result.query.wantsList ? truncate(record.text, LIST_PASSAGE_CHARS) : keySentences(record.text, result.query.searchText, PASSAGE_CHARS);
  return answer(result, `${body}\n(${where})`, [top]);
}
