import { readQuestionNames } from './question-names.js';

/**
 * How an organisation decides and what it charges: voting thresholds, quorum, ballots, IPR policy,
 * statutes, membership fees. The reports speak of other bodies (IEEE, ETSI, CEPT) as ITU's partners,
 * never of these rules of theirs.
 */
const RULE_WORDS =
  /\b(?:thresholds?|quorums?|majority|ballots?|vot(?:e|es|ed|ing)|IPR|bylaws?|by-laws|statutes?|membership\s+(?:fees?|dues)|approval\s+(?:percentage|rate|rules?))\b/i;
/** Acronyms in a rule question that name the rule, not a body. */
const RULE_ACRONYMS = new Set(['ipr', 'iprs', 'frand', 'sep', 'seps']);

/**
 * The other organisations whose own rules a question asks about, lower-cased ("What approval
 * threshold does IEEE 802 require…?" → ieee; "the quorum for CEPT Com-ITU…" → cept): the acronyms
 * it names that are not ITU's own (`readQuestionNames` leaves those out). Empty when it asks about
 * no such rule.
 */
export function outsideRuleBodies(question: string): string[] {
  if (!RULE_WORDS.test(question)) return [];
  return readQuestionNames(question).names.filter((name) => /^[a-z\d]*[a-z][a-z\d]*$/.test(name) && !RULE_ACRONYMS.has(name));
}

/** Whether a sentence states a rule (`RULE_WORDS`) and names the body (lower-cased) as a word. */
export function statesRuleOf(sentence: string, body: string): boolean {
  return RULE_WORDS.test(sentence) && new RegExp(String.raw`(?<![\p{L}\d])${body}(?![\p{L}\d])`, 'iu').test(sentence);
}
