import escapeStringRegexp from 'escape-string-regexp';
import { isOwnOrChatAcronym } from './question-names.js';

/**
 * How an organisation decides, whom it admits and what it charges: voting thresholds, quorum,
 * ballots, rules and procedures, approval, adoption and sign-off, a release's freeze,
 * certification, IPR and patent policy, statutes, how to join ("how do you join ETSI ISG NFV",
 * not "did SG17 join the ETSI workshop"), membership fees. The reports speak of other bodies
 * (IEEE, ETSI, CEPT) as ITU's partners, never of these rules of theirs. ITU's own certification
 * (C&I) is asked with ITU's own names, which are no outside body (`isOwnOrChatAcronym`).
 */
const RULE_WORD = String.raw`(?:thresholds?|quorums?|majority|ballot(?:s|ing)?|procedures?|rules?|vot(?:e|es|ed|ing)|approv(?:e|es|ed|al|ing)|adopt(?:s|ed|ing|ion)?|certif(?:y|ies|ied|ying|ication)|sign(?:s|ed|ing)?[\s-]+off|freez(?:e|es|ing)|frozen|IPR|patent\s+polic(?:y|ies)|licensing\s+terms|bylaws?|by-laws|statutes?|membership\s+(?:fees?|dues)|fees?|cost\s+to\s+join|(?<=\b(?:to|how|can|could|may)\b[^?.!]{0,40})join|become\s+a\s+member)`;
const RULE_WORDS = new RegExp(String.raw`\b${RULE_WORD}\b`, 'i');
/** Acronyms in a rule question that name the rule or a unit, not a body. */
const NOT_BODIES = /^(?:IPRs?|FRAND|SEPs?|CHF|USD|EUR|GBP)$/;
/**
 * An acronym as typed, in capitals ("IEEE", "3GPP", "W3C"), with its unit's letters after a hyphen
 * ("IEEE-SA"; two terms, "RF-EMF", are none); a generation ("5G") is none, nor an event's number ("WTSA-20").
 */
const ACRONYM = /(?<![\w-])(?=[A-Z\d]*[A-Z][A-Z\d]*[A-Z])[A-Z\d]{2,8}(?:-[A-Z]{1,2})?(?![\w-])/g;
/**
 * A name with capitals inside the word, as bodies brand themselves: "oneM2M", "CableLabs", "LoRa";
 * not a term's abbreviation ("QoS", "IoT", "VoIP", "eSIM"), whose inner capital stands alone.
 */
const INNER_CAPITALS = /(?<![\w-])(?:[a-z]+[A-Z][A-Za-z]*\d[A-Za-z\d]*|[A-Z][a-z]+[A-Z][a-z][A-Za-z\d]*)(?![\w-])/g;
/**
 * An acronym owns the rule when at most two words stand between them: "ETSI's IPR policy", "the
 * quorum for CEPT", "what threshold does IEEE 802 require", "ETSI General Assembly vote"; not
 * "IPR issues … at the joint workshop … for 5G", nor "thresholds stricter than the ICNIRP".
 */
const GAP = String.raw`(?:\W+\w+){0,2}?\W+`;

/** Names of outside organisations end in one of these words ("Wi-Fi Alliance", "Broadband Forum"). */
export const ORGANISATION_NAMES = String.raw`alliance|foundation|forum|consortium|association|institute|society|federation|organi[sz]ation|agency|bank|fund|task\s+[Ff]orce`;
/**
 * An organisation named by capitalised words before the word for its kind, written "Forum" or
 * "forum": "the Broadband Forum", "the Open Mobile Alliance". Case matters for the name words only,
 * so the kind's first letter is matched either way.
 */
const ORGANISATION_NAME = new RegExp(String.raw`(?<![\w-])(?:[A-Z][\w&-]*\s+){1,4}(?:${ORGANISATION_NAMES.replace(/(?<=^|\|)([a-z])/g, (l) => `[${l.toUpperCase()}${l}]`)})\b`, 'g');

/**
 * The other organisations whose own rules a question asks about, as typed ("What approval
 * threshold does IEEE 802 require…?" → IEEE; "the quorum for CEPT Com-ITU…" → CEPT; "how does
 * the Broadband Forum sign off a Technical Report?" → Broadband Forum; "how does oneM2M approve a
 * release?" → oneM2M): capitals next to a rule word, not ITU's own (`isOwnOrChatAcronym`), not
 * in an aside in brackets ("the six regional organizations (APT, ATU, CEPT)"). The caller checks
 * the corpus's own definitions ("TAP" is a process, "SME" a kind of member, not bodies).
 */
export function outsideRuleBodies(question: string): string[] {
  if (!RULE_WORDS.test(question)) return [];
  const text = question.replace(/\([^)]*\)/g, ' ');
  const acronyms = [...text.matchAll(ACRONYM)]
    .map((m) => m[0])
    .filter((acronym) => !isOwnOrChatAcronym(acronym.split('-')[0]!) && !NOT_BODIES.test(acronym));
  const names = [...text.matchAll(ORGANISATION_NAME), ...text.matchAll(INNER_CAPITALS)].map((m) => m[0]);
  return [...new Set([...acronyms, ...names])].filter((acronym) => {
    const name = escapeStringRegexp(acronym);
    return new RegExp(String.raw`\b${name}${GAP}${RULE_WORD}\b|\b${RULE_WORD}${GAP}${name}\b`, 'i').test(text);
  });
}

/**
 * A sentence states the body's rule when it names the body within four words of a rule word:
 * "ETSI's IPR policy requires…", not "The meeting approved the liaison … to TSAG and IAB (IETF
 * Internet Architecture Board)".
 */
const NEAR = String.raw`(?:[^\p{L}\d]+[\p{L}\d]+){0,4}?[^\p{L}\d]+`;

/** Whether a sentence states a rule (`RULE_WORDS`) of the body, named as a word near it. */
export function statesRuleOf(sentence: string, body: string): boolean {
  const name = String.raw`(?<![\p{L}\d])${escapeStringRegexp(body)}(?![\p{L}\d])`;
  return new RegExp(String.raw`${name}${NEAR}${RULE_WORD}\b|\b${RULE_WORD}${NEAR}${name}`, 'iu').test(sentence);
}
