/**
 * "Will the Res 99 reform cut the number of study groups?", "is BICMA going to sign up?", "is TSB
 * planning to post staff elsewhere?": a question on what is yet to happen. The reports say what
 * was done; a plan is answered only by a sentence that states one. "Will there be interpreting
 * if I ask?" and "are the groups expected to…" ask for a rule, not a forecast.
 */
const ASKS_FOR_PLAN = /^(?:[^?]*[,;:–-]\s*)?(?:will|would|is|are)\s+(?:\S+\s+){1,6}?(?:(?:going|planning|intending|likely)\s+to|be\s+(?:extended|renewed|continued|cut|merged|signed))\b|^(?:[^?]*[,;:–-]\s*)?will\s+(?!(?:you|u|there|it)\b)\S+/i;

/** A sentence stating a plan: "is planned to be carried out", "will continue", "intends to", "next year". */
const STATES_PLAN = /\b(?:will|shall|plans?|planned|planning|intends?|intended|expected|scheduled|foreseen|upcoming|forthcoming|next\s+(?:year|meeting|study\s+period|assembly))\b/i;

/** Whether the question asks what will happen (see `ASKS_FOR_PLAN`). */
export function asksForPlan(question: string): boolean {
  return ASKS_FOR_PLAN.test(question.trim());
}

/** Whether a sentence states a plan (see `STATES_PLAN`). */
export function statesPlan(sentence: string): boolean {
  return STATES_PLAN.test(sentence);
}
