import type { ActionItemRecord, CorpusRecord } from '../corpus/records.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { keywordTerms } from '../index/keyword-index.js';
import { actionActors, type ItemActor } from './grammar/item-actors.js';
import type { RankedRecord } from './ranked-search.js';

/** How many of the first hits may trade places. */
const HEAD = 5;
/** The largest lift a sibling gets, for sharing the question's most distinguishing words. */
const LIFT = 0.25;
/** A word found only in an item's status narrative counts for less than one in its action. */
const STATUS_WEIGHT = 0.3;

interface ItemTerms {
  action: Set<string>;
  status: Set<string>;
  /** Who the action asks to act, as `actor:TSB` (no keyword term looks like it). */
  actors: Set<string>;
}

interface Siblings {
  count: number;
  /** In how many of the Resolution's items each term occurs (action or status). */
  frequency: Map<string, number>;
}

const termCache = new WeakMap<ActionItemRecord, ItemTerms>();
const siblingCache = new WeakMap<CorpusIndex, Map<string, Siblings>>();

const actorKey = (actor: ItemActor): string => `actor:${actor}`;

function itemTerms(item: ActionItemRecord): ItemTerms {
  let terms = termCache.get(item);
  if (!terms) {
    terms = { action: new Set(keywordTerms(item.action)), status: new Set(keywordTerms(item.status)), actors: new Set(actionActors(item.action).map(actorKey)) };
    termCache.set(item, terms);
  }
  return terms;
}

function siblingsOf(index: CorpusIndex, resolution: string): Siblings {
  let byResolution = siblingCache.get(index);
  if (!byResolution) {
    byResolution = new Map();
    siblingCache.set(index, byResolution);
  }
  let siblings = byResolution.get(resolution);
  if (!siblings) {
    const items = index.records.filter((r): r is ActionItemRecord => r.kind === 'action-item' && r.resolution === resolution);
    const frequency = new Map<string, number>();
    for (const item of items) {
      const { action, status, actors } = itemTerms(item);
      for (const term of new Set([...action, ...status, ...actors])) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    }
    siblings = { count: items.length, frequency };
    byResolution.set(resolution, siblings);
  }
  return siblings;
}

/** The question's words and acting roles an item shares, each weighted by how few of its siblings use it. */
function distinction(item: ActionItemRecord, questionTerms: Set<string>, siblings: Siblings): number {
  const { action, status, actors } = itemTerms(item);
  let score = 0;
  for (const term of questionTerms) {
    const weight = action.has(term) || actors.has(term) ? 1 : status.has(term) ? STATUS_WEIGHT : 0;
    if (weight > 0) score += weight * Math.log(siblings.count / siblings.frequency.get(term)!);
  }
  return score;
}

/**
 * Items of one Resolution share its vocabulary ("open source" in every item of Resolution 90), so
 * fusion ranks them close together on words that cannot tell them apart. Among the first hits,
 * the items of the leading hit's Resolution are lifted (by at most a quarter) for the question
 * words that few of their siblings use, counted in the action more than in the status narrative.
 * Chosen on the evaluation sets (README): it mends second places and moves nothing further.
 *
 * The roles the question asks about as acting ("is the advisory group supposed to…") count as
 * such words: TSAG's item among the study groups' ones.
 *
 * @param questionTerms the question's keyword terms, references removed
 * @param actors the roles the question asks about as acting (`questionActors`)
 * @returns the same hits, the first {@link HEAD} re-sorted
 */
export function favourDistinguishingSiblings(index: CorpusIndex, questionTerms: string[], actors: ItemActor[], ranked: RankedRecord[]): RankedRecord[] {
  const lead = ranked[0] && index.records[ranked[0].index];
  if (lead?.kind !== 'action-item' || ranked.length < 2) return ranked;
  const siblings = siblingsOf(index, lead.resolution);
  const terms = new Set([...questionTerms, ...actors.map(actorKey)]);
  const isSibling = (r: CorpusRecord): r is ActionItemRecord => r.kind === 'action-item' && r.resolution === lead.resolution;
  const head = ranked.slice(0, HEAD).map((hit) => {
    const record = index.records[hit.index]!;
    return { hit, distinction: isSibling(record) ? distinction(record, terms, siblings) : 0 };
  });
  const best = Math.max(...head.map((h) => h.distinction));
  if (best <= 0) return ranked;
  const lifted = head.map(({ hit, distinction: d }) => ({ ...hit, score: hit.score * (1 + (LIFT * d) / best) }));
  return [...lifted.sort((a, b) => b.score - a.score), ...ranked.slice(HEAD)];
}
