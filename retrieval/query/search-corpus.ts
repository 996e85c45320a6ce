import type { ActionItemRecord, CorpusRecord, DocumentInfo, PassageRecord } from '../corpus/records.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { glossaryTerms } from '../index/itu-glossary.js';
import { isConfident, mentionsUnknownName } from './answer-confidence.js';
import { withoutReferences } from './grammar/references.js';
import { asksWhatBecameOf, asksWhetherAll, asksYesOrNo, namesMilestoneBody, withoutStatusWords } from './grammar/status-intent.js';
import { parseQuery, type ParsedQuery } from './parse-query.js';
import { withCorpusSpelling } from './corpus-spelling.js';
import { rankRecords } from './ranked-search.js';
import { recordTerms } from './record-terms.js';
import { namedDocuments } from './named-documents.js';
import { matchesStatus, resolutionOf } from './record-filters.js';
import { recordsMentioningResolution, recordsOnAssemblyResolution, recordsReportingOnResolution } from './resolution-mentions.js';
import { isConnector, namedStudyGroups, narrowToTopic } from './list-topic.js';
import { resolutionNamedByTitle } from './resolution-titles.js';
import { actionItemById, actionItems, lastItemOf, passagesNamingItem } from './plan-items.js';
import { asksEveryItem, asksItemCount, asksWhichResolutions, readResolutionQuestion, tallyResolutions, type ResolutionTally } from './plan-tallies.js';
import { askedOfAnotherEvent, askedOfAnotherYear, itemPickedFromList, itemPointedAt, namesReference, pointsBackAtList, withThreadContext, type ThreadContext } from './thread-context.js';

export interface SearchHit {
  record: CorpusRecord;
  document: DocumentInfo;
  /** Fused score, comparable only within one search. */
  score: number;
  /** Cosine similarity of the record to the question (0 when it came from structure alone). */
  similarity: number;
}

export type SearchMode = 'exact' | 'list' | 'ranked';

export interface SearchResult {
  query: ParsedQuery;
  mode: SearchMode;
  hits: SearchHit[];
  /** Action items or resolutions the question named that do not exist. */
  unknown: string[];
  /** Whether the best hit is good enough to answer from. */
  confident: boolean;
  /** The Resolutions the search was limited to (named, or carried over from the thread). */
  scope: string[];
  /** A list whose filter matched none of its Resolution's items ("Is Res 45 complete?"): those items, for the answer to show. */
  scopeItems?: SearchHit[];
  /**
   * The topic of a plan-wide list ("SG17", "developing countries") and whether any item is about
   * it; when none is, `hits` holds every item the filter matched.
   */
  topic?: { phrases: string[]; matched: boolean };
  /** Passages naming an action item the question names and the plan does not have ("44-04" in the plan's appendix of obsolete items). */
  unknownMentions?: SearchHit[];
  /** "Which Resolutions have all their items completed?": the Resolutions that answer, and whether every item had to match. */
  resolutionTallies?: { tallies: ResolutionTally[]; every: boolean };
  /** A filtered list of named Resolutions' items: the items the filter left out ("are all Res 1 items completed?" is answered by them). */
  unmatched?: string[];
}

export interface SearchOptions extends ThreadContext {
  limit?: number;
  /** A resolution carried over from earlier in the conversation, for follow-ups. */
  contextResolution?: string;
}

const resolutionCache = new WeakMap<CorpusIndex, Set<string>>();

/** The Resolutions the index knows, computed once per loaded index. */
function resolutionNumbers(index: CorpusIndex): Set<string> {
  let numbers = resolutionCache.get(index);
  if (!numbers) {
    numbers = new Set(index.records.flatMap((r) => (r.kind === 'resolution' ? [r.number] : [])));
    resolutionCache.set(index, numbers);
  }
  return numbers;
}

function hit(index: CorpusIndex, record: CorpusRecord, score: number, similarity = 0): SearchHit {
  return { record, document: index.documents.find((d) => d.file === record.document)!, score, similarity };
}

/** Words that ask about progress in general rather than name a topic. */
const GENERIC_TERMS = new Set([
  'status', 'progress', 'updat', 'item', 'action', 'resolut', 'implement', 'latest', 'current', 'overview', 'report', 'summari', 'tell',
  'list', 'show', 'mark', 'tick', 'marked', 'ticked', 'column', 'mileston', 'chase', 'anyth', 'everi', 'ones',
  // "what's the overall status of Resolution 54?", "where does Res 54 stand?", "a quick recap"
  'overal', 'whole', 'gener', 'stand', 'recap', 'snapshot', 'quick', 'brief', 'pictur',
  // status filters: "Resolution 44 completed items" asks for a set, not a topic
  'complet', 'finish', 'done', 'close', 'ongo', 'open', 'outstand', 'pend', 'incomplet', 'unfinish', 'attent', 'need',
  'not', 'yet', 'no', 'non', 'vs', 'versu', 'period', 'goal', 'box', 'empti', 'blank', 'both', 'neither', 'tabl', 'date', 'deadlin', 'instead', 'left', 'leav',
  // courtesy: "… pls", "thanks"
  'pl', 'plz', 'pleas', 'thank', 'thx',
  // a count of the set: "how many items in total / altogether?"
  'total', 'altogeth', 'count',
  // "resolutions where nothing is completed", "fully implemented": the filter's words
  'noth', 'none', 'fulli', 'entir', 'wholli', 'complet',
  // the assembly whose plan this is, as the bridge from another language carries it ("Res. 90 de la AMNT-16")
  'wtsa', 'wtsa-16', 'amnt', 'amnt-16',
]);
/**
 * Whether a term is a milestone's name in the filter ("Council", also "Council-" of
 * "Council-milestone", the edition "WTSA-20" of a WTSA milestone, and another language's name
 * of the body, "GANT" for TSAG).
 */
function namesMilestone(query: ParsedQuery, term: string): boolean {
  const bare = term.replace(/^-+|-+$/g, '').replace(/-\d{2}$/, '');
  return query.milestoneNames.some((name) => name.toLowerCase() === bare || namesMilestoneBody(term, name) || namesMilestoneBody(bare, name));
}

/** Shortest word that counts as the start of a title word ("prep" for "preparations"). */
const TITLE_PREFIX_CHARS = 4;

/**
 * The question's content terms once references, generic progress words and words of the named
 * Resolutions' titles are gone: "res 34 voluntary contributions – list all items" names only Resolution 34.
 */
function topicTerms(index: CorpusIndex, query: ParsedQuery, scope: string[]): string[] {
  const text = withoutStatusWords(withoutReferences(query.language === 'en' ? query.text : query.searchText));
  const titleTerms = index.records.flatMap((r) => (r.kind === 'resolution' && scope.includes(r.number) ? index.keywords.terms(r.title) : []));
  const inTitle = (t: string): boolean =>
    titleTerms.some((w) => w === t || (t.length >= TITLE_PREFIX_CHARS && (w.startsWith(t) || t.startsWith(w))));
  // A milestone's "Council" or "TSAG" is part of the filter, not the topic. A word another
  // language's question carries as it is ("combien", "nevypolnennye") is a topic only if the reports use it.
  return index.keywords
    .terms(text)
    .filter((t) => !GENERIC_TERMS.has(t) && !/^\d+$/.test(t) && !inTitle(t) && !namesMilestone(query, t) && (query.language === 'en' || index.keywords.hasTerm(t)));
}

/** Named resolutions: WTSA ones the index knows (a scope), others the reports mention in prose, and unknown ones. */
function readResolutions(index: CorpusIndex, query: ParsedQuery): { scope: string[]; mentioned: number[]; about: number[]; unknown: string[] } {
  const known = resolutionNumbers(index);
  const scope = query.resolutions.filter((n) => known.has(n));
  const mentioned: number[] = [];
  const about: number[] = [];
  const unknown: string[] = [];
  const named = [
    ...query.resolutions
      .filter((n) => !known.has(n))
      .map((number) => ({
        number,
        body: undefined,
        label: !/^\d/.test(number) ? number : query.assemblyQualified.includes(number) ? `WTSA Resolution ${number}` : `Resolution ${number}`,
      })),
    ...query.foreignResolutions.map((f) => ({ number: f.number, body: f.body, label: `${f.body} Resolution ${f.number}` })),
  ];
  for (const { number, body, label } of named) {
    // "WTSA-16 Resolution 188" is the assembly's own or nothing: Plenipotentiary Resolution 188's passages answer another question.
    const ownOnly = body === undefined && query.assemblyQualified.includes(number);
    // A bare "Resolution 99" is the assembly's where the reports tell of one (WTSA-20's new Resolutions).
    const own = body === undefined && /^\d+$/.test(number) ? recordsOnAssemblyResolution(index, number) : [];
    const records = own.length > 0 ? own : /^\d+$/.test(number) && !ownOnly ? recordsMentioningResolution(index, number, body) : [];
    if (records.length > 0) {
      mentioned.push(...records);
      about.push(...(own.length > 0 ? own : recordsReportingOnResolution(index, number, body)));
    } else unknown.push(label);
  }
  return { scope, mentioned, about, unknown };
}

/**
 * The thread's Resolution for a follow-up that names none ("and interpretation?" after Resolution
 * 44), unless none of its records holds a word of the question's topic: then it is a new question
 * ("and interpretation?" after Resolution 72), searched in the whole corpus.
 */
function carriedScope(index: CorpusIndex, query: ParsedQuery, carried: string | undefined): string[] {
  if (!carried) return [];
  const terms = topicTerms(index, query, []);
  const fits = terms.length === 0 || index.records.some((r) => resolutionOf(r) === carried && terms.some((t) => recordTerms(r).has(t)));
  return fits ? [carried] : [];
}

/**
 * "which of them are SG5's?", "which of those are completed?": the thread's list, narrowed by the
 * follow-up's filter and topic; empty when the question does not point back at it or nothing
 * in it matches (the caller then searches as usual).
 */
function narrowedThreadList(index: CorpusIndex, query: ParsedQuery, list: string[]): ActionItemRecord[] {
  if (!pointsBackAtList(query.text)) return [];
  const listed = list.map((id) => actionItemById(index, id)).filter((r): r is ActionItemRecord => !!r);
  const matching = listed.filter(
    (r) => (!query.status || matchesStatus(r, query.status, query.milestoneNames)) && (!query.marks || matchesStatus(r, query.marks)),
  );
  const topic = topicTerms(index, query, []).filter((t) => !isConnector(t));
  return topic.length === 0 ? matching : narrowToTopic(matching, query.searchText, topic, query.language !== 'en', actionItems(index)).items;
}

/** The Resolutions whose items match the query's filter: every item when the question says so, else at least one. */
function resolutionsList(index: CorpusIndex, asked: ParsedQuery, unknown: string[]): SearchResult {
  const read = readResolutionQuestion(asked.text);
  const query: ParsedQuery = read?.status ? { ...asked, status: read.status, marks: undefined } : asked;
  const matches = (r: ActionItemRecord): boolean =>
    (!query.status || matchesStatus(r, query.status, query.milestoneNames)) && (!query.marks || matchesStatus(r, query.marks));
  const every = (read?.every ?? false) || asksEveryItem(query.text);
  const tallies = tallyResolutions(actionItems(index), matches, every);
  const ids = new Set(tallies.flatMap((t) => t.matched));
  const hits = actionItems(index).filter((r) => ids.has(r.id)).map((r) => hit(index, r, 1));
  return { query, mode: 'list', hits, unknown, confident: true, scope: [], resolutionTallies: { tallies, every } };
}

/**
 * "How many items does the action plan have?", "the total number of action items": the plan and
 * the count of it, though "plan" and "number" are topics elsewhere ("numbering plans").
 */
const PLAN_TERMS = new Set(['plan', 'number']);

/** A loosely typed number the plan has no item for ("12/05", "1865") is no reference: the question is read without it. */
function withoutMissingTentativeItems(index: CorpusIndex, query: ParsedQuery): ParsedQuery {
  const missing = query.tentativeItemIds.filter((id) => !actionItemById(index, id));
  return missing.length === 0 ? query : { ...query, actionItemIds: query.actionItemIds.filter((id) => !missing.includes(id)) };
}

/**
 * An abstention on what the plan lacks (`unknown`), with the passages naming `names` as
 * `unknownMentions` (and, given `within`, only those it keeps): the appendix of obsolete items says why.
 */
function notInPlan(index: CorpusIndex, query: ParsedQuery, unknown: string[], names: string[], within: (passage: PassageRecord) => boolean = () => true): SearchResult {
  const mentions = [...new Set(names.flatMap((name) => passagesNamingItem(index, name)))].filter(within).map((r) => hit(index, r, 1));
  return { query, mode: 'exact', hits: [], unknown, confident: false, scope: [], ...(mentions.length > 0 ? { unknownMentions: mentions } : {}) };
}

/** Words a follow-up on one item may add to its pointer ("who owns it?"): more make it a new question. */
const MAX_POINTER_TOPIC_TERMS = 1;

/**
 * Answers a question from the index with exact structure first (action-item numbers,
 * resolutions, status filters), then hybrid ranking (see {@link rankRecords}) and a confidence
 * decision (see {@link isConfident}).
 */
export async function searchCorpus(index: CorpusIndex, question: string, options: SearchOptions = {}): Promise<SearchResult> {
  const again = askedOfAnotherYear(question, options.contextQuestion) ?? askedOfAnotherEvent(question, options.contextQuestion);
  const own = parseQuery(question);
  const parsed = again ? { ...parseQuery(again), asked: own.text } : own;
  const query = withThreadContext(withoutMissingTentativeItems(index, withCorpusSpelling(index, parsed)), options);
  const limit = options.limit ?? 5;
  // "who owns it?" is about the thread's item; "who owns the fellowships item?" names another topic.
  const fromList = !namesReference(query) && options.contextList ? itemPickedFromList(index, query, options.contextList) : undefined;
  const threadItem =
    fromList ??
    (!namesReference(query) && options.contextItem
      ? itemPointedAt(index, query, options.contextItem, topicTerms(index, query, []).length > MAX_POINTER_TOPIC_TERMS)
      : undefined);
  const named = [
    ...query.actionItemIds.map((id) => actionItemById(index, id)),
    ...query.lastItemOf.map((resolution) => lastItemOf(index, resolution)),
    threadItem && 'record' in threadItem ? threadItem.record : undefined,
  ].filter((r): r is ActionItemRecord => !!r);
  const unknownItems = query.actionItemIds.filter((id) => !actionItemById(index, id));
  const resolutions = readResolutions(index, query);
  const noLastItem = query.lastItemOf.filter((resolution) => !lastItemOf(index, resolution)).map((n) => `Resolution ${n}`);
  const pastTable = threadItem && 'missing' in threadItem ? [threadItem.missing] : [];
  const unknown = [...unknownItems, ...noLastItem, ...pastTable, ...resolutions.unknown];
  if (named.length > 0) {
    return { query, mode: 'exact', hits: named.map((r) => hit(index, r, 1, 1)), unknown, confident: true, scope: [] };
  }
  // "status of 44-04": gone from this plan, but its appendix says why.
  if (unknown.length > 0) return notInPlan(index, query, unknown, unknownItems);
  const fromThread = !namesReference(query) && options.contextList ? narrowedThreadList(index, query, options.contextList) : [];
  if (fromThread.length > 0) return { query, mode: 'list', hits: fromThread.map((r) => hit(index, r, 1)), unknown, confident: true, scope: [] };

  // "Resolution 63 – anything completed?": no action items of its own (63 is only cited in prose);
  // listing the whole plan's completed items instead would answer another question.
  const itemless = query.resolutions.filter((n) => /^\d+$/.test(n) && !resolutions.scope.includes(n));
  if (itemless.length > 0 && resolutions.scope.length === 0) {
    // "what are the action items of Resolution 81?": the plan's appendix says it was suppressed.
    // Only the plan speaks of its own Resolutions: another report's "Resolution 81" may be another body's.
    const names = itemless.map((n) => `Resolution ${n}`);
    const planFiles = new Set(actionItems(index).map((r) => r.document));
    const gone = notInPlan(index, query, names, names, (passage) => planFiles.has(passage.document));
    // "what happened to Resolution 82?" asks nothing else: the appendix answers, if it names it.
    // "Is assisting the BDT Director with Resolution 196 done?" asks of the item citing it, which the ranking finds.
    const topicless = topicTerms(index, query, []).length === 0;
    if (query.wantsList || (query.status && topicless) || (gone.unknownMentions && (asksWhatBecameOf(query.text) || topicless))) return gone;
  }
  // "Which items of the Technology Watch resolution are completed?": a list names its Resolution by title as often as by number.
  let namedByTitle = false;
  if (resolutions.scope.length === 0 && query.resolutions.length === 0 && query.foreignResolutions.length === 0 && (query.status || query.wantsList)) {
    // "ISO", "TSAG" meet the titles' "International Organization for Standardization", "Advisory Group";
    // event names ("WTSA-16") are when, not what: their long forms would match other titles.
    const text = withoutStatusWords(withoutReferences(query.searchText));
    const longForms = index.keywords.terms(glossaryTerms(text.replace(/\b[A-Z]{2,6}-\d{2,4}\b/g, ' ')));
    // "items involving meetings" names no title: "involve" is no part of one ("active involvement").
    const terms = [...index.keywords.terms(text), ...longForms].filter((t) => !namesMilestone(query, t) && !isConnector(t));
    const titled = resolutionNamedByTitle(index, terms, [...topicTerms(index, query, []), ...longForms].filter((t) => !isConnector(t)));
    if (titled) {
      resolutions.scope.push(titled);
      namedByTitle = true;
    }
  }
  // "Has the ENUM report been closed?": the title names the Resolution, the rest one of its items.
  const askedOfOneItem = namedByTitle && !query.wantsList && asksYesOrNo(query.text);
  const scope = resolutions.scope.length > 0 ? resolutions.scope : carriedScope(index, query, options.contextResolution);
  const inScope = (i: number): boolean => scope.includes(resolutionOf(index.records[i]!) ?? '');

  // "Status of Resolution 22" names nothing but the resolution: answer with all its items.
  const noTopic = topicTerms(index, query, resolutions.scope).length === 0;
  const overview = resolutions.scope.length > 0 && !askedOfOneItem && (noTopic || (query.wantsAll && !query.status));
  // Another body's resolution has no items in the plan: its passages answer, not a list of the plan.
  const aboutForeign = scope.length === 0 && query.foreignResolutions.length > 0;
  // "Which items involve SG13?": study groups are structure, like Resolutions; their items are a list.
  // "Which SG11 items deal with device IDs that can't easily be cloned?": a topic that no item of
  // the group states as typed is described, not named; the ranking finds the items it describes.
  // "Which Res 96 items are for SG11?": within a Resolution as well.
  const candidates = scope.length === 0 ? actionItems(index) : actionItems(index).filter((r) => scope.includes(r.resolution));
  const studyGroupList =
    query.wantsList &&
    !aboutForeign &&
    namedStudyGroups(query.searchText).length > 0 &&
    (query.status !== undefined ||
      narrowToTopic(candidates, query.searchText, topicTerms(index, query, scope), query.language !== 'en', actionItems(index)).items.length > 0);
  // "Which Resolutions have all their items completed?", "how many resolutions are in the plan?":
  // Resolutions, each with its matching items. A topic ("which resolutions have open items on
  // spam?") is asked of items: their list answers.
  const planWide = scope.length === 0 && !aboutForeign && topicTerms(index, query, []).every((t) => PLAN_TERMS.has(t));
  if (planWide && asksWhichResolutions(query.text)) return resolutionsList(index, query, unknown);
  // "How many action items are there in total?": the whole plan, with its tally.
  const planTotal = planWide && !query.status && asksItemCount(query.text);
  // "What is Opinion 1?": a text with no action items of its own is answered from that text.
  const itemsOverview = overview && candidates.length > 0;
  if ((query.status && !aboutForeign && (query.wantsList || (scope.length > 0 && noTopic && !askedOfOneItem))) || itemsOverview || studyGroupList || planTotal) {
    const matching = index.records.filter(
      (r, i): r is ActionItemRecord =>
        (scope.length === 0 || inScope(i)) &&
        r.kind === 'action-item' &&
        (!query.status || matchesStatus(r, query.status, query.milestoneNames)) &&
        (!query.marks || matchesStatus(r, query.marks)),
    );
    if (matching.length === 0 && scope.length > 0) {
      const scopeItems = index.records.filter((r, i) => inScope(i) && r.kind === 'action-item').map((r) => hit(index, r, 1));
      return { query, mode: 'list', hits: [], unknown, confident: scopeItems.length > 0, scope, scopeItems };
    }
    // "Which completed items involve SG17?": with no Resolution named, the topic narrows the plan-wide list.
    const narrowed =
      scope.length === 0 || studyGroupList
        ? narrowToTopic(matching, query.searchText, planTotal ? [] : topicTerms(index, query, scope), query.language !== 'en', actionItems(index))
        : { phrases: [], items: matching };
    // No item about the topic (or chatter read as one): say so, and list what the filter matched.
    // Without a filter, the whole plan is no answer to a topic no item is about.
    // Nor, with one, to a question naming what the reports never mention ("3GPP SA5's study items").
    if (narrowed.items.length === 0 && (!query.status || mentionsUnknownName(index, query))) return { query, mode: 'list', hits: [], unknown, confident: false, scope };
    const items = narrowed.items.length > 0 ? narrowed.items : matching;
    const about = narrowed.phrases.length > 0 ? { topic: { phrases: narrowed.phrases, matched: narrowed.items.length > 0 } } : {};
    const unmatched =
      (scope.length > 0 || asksWhetherAll(query.text)) && query.status
        ? { unmatched: index.records.flatMap((r, i) => (r.kind === 'action-item' && (scope.length === 0 || inScope(i)) && !matching.includes(r) ? [r.id] : [])) }
        : {};
    return { query, mode: 'list', hits: items.map((r) => hit(index, r, 1)), unknown, confident: items.length > 0, scope, ...about, ...unmatched };
  }

  const documents = namedDocuments(query.searchText, index.documents);
  // Naming a Resolution scopes the search softly: an item elsewhere that works on it, with a topic asked, may answer.
  const citing = !noTopic && resolutions.scope.length > 0 ? new Set(resolutions.scope.flatMap((n) => recordsMentioningResolution(index, n)).filter((i) => !inScope(i) && index.records[i]!.kind === 'action-item')) : new Set<number>();
  const ranked = await rankRecords(index, query, {
    named: documents,
    inScope: scope.length ? (i) => inScope(i) || citing.has(i) : undefined,
    citing,
    mentioned: resolutions.mentioned,
    about: resolutions.about,
  });
  const hits = ranked
    .slice(0, query.wantsList ? Math.max(limit, 10) : limit)
    .map((r) => hit(index, index.records[r.index]!, r.score, r.similarity));
  // "PP Res 188" names its topic as a Resolution names its items: a passage reporting on it answers, however few words it shares.
  const ledByNamed = ranked.length > 0 && resolutions.about.includes(ranked[0]!.index);
  return { query, mode: 'ranked', hits, unknown, confident: isConfident(index, query, hits, scope.length > 0 || ledByNamed, documents), scope };
}
