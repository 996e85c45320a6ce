/**
 * Questions about the plan as a whole: its Resolutions ("which Resolutions have all their items
 * completed?", "which resolutions still have open items?", "how many resolutions are fully
 * implemented?"), answered as a set of Resolutions, each with how many of its items match; and
 * its size ("how many action items are there in total?").
 */

import type { ActionItemRecord } from '../corpus/records.js';

/** One Resolution of the answer: its items that match the filter, of all its items. */
export interface ResolutionTally {
  number: string;
  title: string;
  /** IDs of its items that match, in plan order. */
  matched: string[];
  /** How many action items it has in the plan. */
  total: number;
}

const WHICH_RESOLUTIONS =
  /\b(?:which|what|how\s+many)\s+(?:of\s+the\s+)?(?:wtsa(?:-16)?\s+)?resolutions\b|\blist\s+(?:the\s+|all\s+(?:the\s+)?)?resolutions\b|quelles\s+r[ée]solutions|combien\s+de\s+r[ée]solutions|(?:qu[eé]|cu[aá]les|cu[aá]ntas)\s+resoluciones|(?:какие|сколько)\s+резолюци\p{L}*|哪些决议|多少(?:项|个)?决议|(?:ما|كم)\s+(?:هي\s+)?(?:ال)?قرارات/iu;
/** "all their items", "every item", "fully implemented", "no completed items": the filter must hold for every item. */
const EVERY_ITEM =
  /\ball\s+(?:of\s+)?(?:their|its|the)?\s*(?:action\s+)?items\b|\b(?:every|each)\s+(?:action\s+)?item\b|\b(?:fully|entirely|completely|wholly)\s+(?:implemented|completed|done|finished|closed)\b|\bno\s+(?:completed|finished|closed|done|open)\s+(?:action\s+)?items?\b|tou(?:te)?s\s+leurs|todas?\s+sus|enti[èe]rement|compl[èe]tement|completamente|totalmente|все\s+(?:их\s+)?пункты|полностью|所有行动项|全部|جميع\s+بنود|بالكامل/iu;
/** "fully implemented" asks for completed items though it names no "done" word. */
const FULLY_DONE =
  /\b(?:fully|entirely|completely|wholly)\s+(?:implemented|completed|done|finished|closed)\b|(?:enti[èe]rement|pleinement|totalement)\s+(?:mises?\s+en\s+[œo]e?uvre|achev|termin)|(?:totalmente|completamente|plenamente)\s+(?:implementad|aplicad|completad|cumplid)|полностью\s+(?:выполн|реализ|заверш)/iu;
/** "which resolutions are done?", "resolutions that have been completed": a Resolution is done when all its items are. */
const RESOLUTION_DONE = /\bresolutions\s+(?:that\s+|which\s+)?(?:are|were|have\s+been|has\s+been|got)\s+(?:\w+\s+)?(?:done|complete|completed|finished|closed|implemented)\b(?=\s*(?:[?.!]|$|yet\b|already\b|in\s+full\b|so\s+far\b))/i;
/** "where nothing is completed", "none done yet", "aucune action terminée": no item completed. */
const NONE_DONE =
  /\b(?:nothing|none)\s+(?:\w+\s+){0,2}?(?:complete|completed|done|finished|closed)\b|aucune?\s+(?:\S+\s+){0,3}?(?:termin|achev|compl[ée]t)|ningun[oa]?\s+(?:\S+\s+){0,3}?(?:complet|termin)|ни\s+одн\p{L}*\s+(?:\S+\s+){0,3}?(?:выполн|заверш)|没有(?:任何)?(?:一项|一个)?(?:行动项)?(?:已)?完成|لم\s+(?:يكتمل|ينجز)/iu;

/** What a question on Resolutions asks of their items: the filter (`undefined`: any item) and whether every item must meet it. */
export interface ResolutionQuestion {
  status?: 'completed' | 'not-completed';
  every: boolean;
}

/**
 * How a question on Resolutions filters their items, from its own words where the status grammar
 * reads items: "nothing completed" is every item not completed (the grammar reads "completed"),
 * "fully implemented" and "resolutions are done" every item completed. `undefined` when the
 * question's words say nothing of this beyond `status`.
 */
export function readResolutionQuestion(text: string): ResolutionQuestion | undefined {
  if (NONE_DONE.test(text)) return { status: 'not-completed', every: true };
  if (FULLY_DONE.test(text) || RESOLUTION_DONE.test(text)) return { status: 'completed', every: true };
  return undefined;
}

/** Whether the question asks which (or how many) Resolutions, not which items. */
export function asksWhichResolutions(text: string): boolean {
  return WHICH_RESOLUTIONS.test(text);
}

/** Whether every item of a Resolution must match ("all their items completed"), not just one. */
export function asksEveryItem(text: string): boolean {
  return EVERY_ITEM.test(text);
}


/**
 * The Resolutions of `items` (the whole plan) with the items `matches` accepts: those whose every
 * item matches when `every`, else those with at least one; in plan order.
 */
export function tallyResolutions(items: ActionItemRecord[], matches: (item: ActionItemRecord) => boolean, every: boolean): ResolutionTally[] {
  const tallies = new Map<string, ResolutionTally>();
  for (const item of items) {
    const tally = tallies.get(item.resolution) ?? { number: item.resolution, title: item.resolutionTitle, matched: [], total: 0 };
    tally.total++;
    if (matches(item)) tally.matched.push(item.id);
    tallies.set(item.resolution, tally);
  }
  return [...tallies.values()].filter((t) => (every ? t.matched.length === t.total : t.matched.length > 0));
}

/** "how many action items are there in total?", "combien d'actions compte le plan ?". */
const HOW_MANY_ITEMS =
  /\bhow\s+many\s+(?:action\s+)?(?:items|actions)\b|\b(?:total\s+)?(?:number|count)\s+of\s+(?:action\s+)?items\b|combien\b.{0,20}?(?:points?\s+d['’]action|actions)|cu[aá]nt[oa]s\s+(?:puntos\s+de\s+acci[oó]n|acciones)|сколько\s+(?:всего\s+)?(?:пункт\p{L}*|мер)|多少(?:个|项)?行动项|كم\s+(?:عدد\s+)?(?:بنود|إجراءات)/iu;

/** Whether the question asks how many action items there are (the caller checks that it names no Resolution or topic). */
export function asksItemCount(text: string): boolean {
  return HOW_MANY_ITEMS.test(text);
}
