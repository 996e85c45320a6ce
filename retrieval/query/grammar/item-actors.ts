/**
 * Who an action item asks to act, and whom a question asks about as the one acting. The plan
 * opens every action with its actor ("TSB Director to…", "TSAG to drive…", "All ITU-T SGs
 * continue…"); delegates name the same three by their roles ("the advisory group", "the bureau",
 * "our director", "the SGs").
 */
export type ItemActor = 'TSB' | 'TSAG' | 'SGs';

const ACTORS: [ItemActor, RegExp][] = [
  ['TSAG', /\bTSAG\b|\badvisory\s+(?:group|body)\b/i],
  ['TSB', /\bTSB(?:Dir)?\b|\bbureau\b|\bsecretariat\b|\bdirector\b/i],
  ['SGs', /\bSGs?\b|\bSG\s?\d{1,2}\b|\bstudy\s+groups?\b|\bQ\d{1,2}\/\d{1,2}\b/i],
];

function actorsIn(text: string): ItemActor[] {
  return ACTORS.filter(([, pattern]) => pattern.test(text)).map(([actor]) => actor);
}

/**
 * The action's actors: the words before its verb ("TSB Director, in collaboration with BDT
 * Director," → TSB; "SGs and TSAG to…" → SGs, TSAG). Those it works with ("in collaboration with
 * relevant SGs") are not asked to act.
 *
 * @param action an action item's action text, as the plan gives it
 */
export function actionActors(action: string): ItemActor[] {
  let actors = actionCache.get(action);
  if (!actors) {
    actors = readActionActors(action);
    actionCache.set(action, actors);
  }
  return actors;
}

/** Read once per action text: ranking asks for every candidate item of every question. */
const actionCache = new Map<string, ItemActor[]>();

function readActionActors(action: string): ItemActor[] {
  const lead = action.split(/\s+to\s+|\s+(?:shall|should|continues?|further|encourage)\b/i)[0]!.split(/,\s*(?:in|with|supported|where|for|particular)\b/i)[0]!;
  const actors = actorsIn(lead.split(/\s+/).slice(0, 8).join(' '));
  // "ITU-T to continue to raise awareness…": the whole Sector, any of the three.
  return actors.length === 0 && /^ITU-T\b/.test(lead) ? ACTORS.map(([actor]) => actor) : actors;
}

/**
 * Who acts in a question, in English: a role standing before what it does, after the auxiliary
 * that opens a yes-or-no question ("is the advisory group supposed to rally…", "are all our SGs
 * still keeping up…", "has our director set up…", "is anybody in the bureau putting out…"), or
 * opening a statement ("TSB is meant to…"). A role after a preposition or a verb is acted on or
 * with ("who tells TSAG…", "working with the SGs"), and "who" asks for the actor instead.
 */
const SUBJECT = new RegExp(
  String.raw`(?:^|[:;–—?-]\s*|\b(?:is|are|has|have|does|do|did|was|were|will|should|can|could)\s+)` +
    String.raw`(?:(?:any(?:one|body)|some(?:one|body)|people)\s+(?:in|at|from)\s+)?` +
    String.raw`(?:(?:the|our|all|all\s+(?:the|our)|each|every|any\s+of\s+(?:the|our))\s+)?` +
    String.raw`((?:ITU-T\s+)?(?:TSAG|advisory\s+(?:group|body)|TSB(?:\s+(?:director|boss|head|chief))?|bureau(?:\s+(?:director|chief|head|boss))?|(?:head|chief|boss|director)\s+of\s+(?:the\s+|our\s+)?(?:bureau|secretariat|TSB)|secretariat|director|SGs?(?:\s?\d{1,2})?|study\s+groups?(?:\s+\d{1,2})?))\b` +
    // "the SG chairs", "the SG leadership teams" are people of the groups, not the groups.
    String.raw`(?!\s+(?:chair|vice|management|leadership|meeting|plenar|session))`,
  'gi',
);

/** The actors a question asks about as acting (see {@link SUBJECT}); none for another language. */
export function questionActors(question: string): ItemActor[] {
  const found = [...question.matchAll(SUBJECT)].flatMap((m) => actorsIn(m[1]!));
  return [...new Set(found)];
}
