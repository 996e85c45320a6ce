/**
 * Questions that ask for a quantity the reports often leave out, and the statements that give it:
 * a sum of money ("how much did DFAT commit…" → "USD 1.8 million", "975 CHF"), a number of
 * people ("how many people attended…" → "291 participants") and a percentage ("what share…" → "45%"). The reports name many grants without
 * their amount and announce events without their attendance; the event's passage is then no answer.
 */
const ASKS_FOR_MONEY: RegExp[] = [
  /\bhow much\b(?:\s+\S+){0,8}?\s+(?:money|funding|funds?|budget|financ\w*|cost|costs|spen[dt]|invest(?:ed)?|commit(?:ted)?|contribut\w*|donat\w*|pa(?:y|id)|put\s+in(?:to)?|grant(?:ed)?)\b/i,
  /\bwhat\s+(?:was|is|were|are)\s+the\s+(?:total\s+)?(?:budget|amount|cost|value|price)\s+of\b/i,
  // "what does TSB pay per page…", "what will the Somalia DFS Security Lab cost?", "what does it get paid?"; not "pay attention".
  /\bwhat\s+(?:does|do|did|will|would)\s+(?:\S+\s+){1,6}?(?:pay|cost|charge|spend|get\s+paid)\b(?!\s+attention)/i,
];

/** A currency with a figure, either way round: "USD 25.05 billion", "US$ 2,000", "€5m", "987 CHF", "3 million Swiss francs". */
const MONEY_AMOUNT =
  /(?:\b(?:CHF|USD|EUR|GBP|JPY|AUD)|US\$|\$|€|£)\s?\d|\d[\d,.\u00a0 ]*(?:\s?(?:million|billion|thousand|m|bn|k))?\s?(?:CHF|USD|EUR|GBP|JPY|AUD|Swiss francs|francs|dollars|euros|pounds)\b/i;

/** Whether the question asks how much money something came to. */
export function asksForMoney(question: string): boolean {
  return ASKS_FOR_MONEY.some((pattern) => pattern.test(question));
}

/** Whether a text states a sum of money. */
export function statesMoneyAmount(text: string): boolean {
  return MONEY_AMOUNT.test(text);
}

/**
 * "How many people attended…", "what was the attendance…": a number of people, not of countries,
 * sessions or "women-led SMEs".
 */
const ASKS_FOR_HEADCOUNT =
  /\bhow many (?:people|ppl|persons|participants|delegates|attendees|experts|girls|women|students|trainees)\b(?!-)|\bhow many (?:attended|came|joined|participated|took part|turned up|showed up)\b|\b(?:attendance|turnout)\b/i;
/** "291 participants", "2 152 participants", "attended by over 350", "73 participants were trained". */
const HEADCOUNT =
  /\d[\d,.\u00a0 ]*\s+(?:[a-z-]+\s+){0,2}(?:participants|attendees|delegates|people|persons|experts|girls|women|students|trainees|representatives|officials)\b|\b(?:attended|joined)\s+by\s+(?:over\s+|more than\s+|some\s+|about\s+)?\d/i;

/**
 * The words a fact question asks with ("how many delegates turned up", "which country hosted"):
 * they name what is asked, not its subject, so a sentence sharing only them ("49 delegates from
 * 21 countries") says nothing of the event asked about.
 */
export const FACT_ASKING_WORDS =
  'people persons participants participated attended attendees attendance delegates took part turned showed came number total hosted host held country city town venue date pay paid cost charge spend spent';

/** Whether the question asks how many people took part in something. */
export function asksForHeadcount(question: string): boolean {
  return ASKS_FOR_HEADCOUNT.test(question);
}

/** Whether a text states a number of people. */
export function statesHeadcount(text: string): boolean {
  return HEADCOUNT.test(text);
}

/** "what approval percentage…", "what share of…", "how many per cent": a proportion. */
const ASKS_FOR_PERCENTAGE = /\bwhat\s+(?:[\w-]+\s+){0,2}?(?:percentage|per\s?cent|share|proportion)\b|\bhow\s+many\s+per\s?cent\b|\bwhat\s+%/i;
/** "45%", "45 per cent", "12.5 percent". */
const PERCENTAGE = /\d(?:[.,]\d+)?\s?(?:%|per\s?cent\b)/i;

/** Whether the question asks for a percentage or share. */
export function asksForPercentage(question: string): boolean {
  return ASKS_FOR_PERCENTAGE.test(question);
}

/** Whether a text states a percentage. */
export function statesPercentage(text: string): boolean {
  return PERCENTAGE.test(text);
}

const HOW_MANY = /\bhow many\s+(?:[a-z-]+\s+){0,2}?([a-z-]{3,}s)\b/i;
const NUMBER_WORD = String.raw`(?:\d[\d,.\u00a0 ]*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|hundred|thousand))`;

/**
 * A word between a count and what it counts ("nine area offices", "38 of the UN agencies"); a
 * preposition, relative or verb starts another phrase: "since 2009 by which Member States" counts none.
 */
const COUNTED_WORD = String.raw`(?!(?:by|which|that|who|whom|where|when|since|in|at|on|to|from|during|until|before|after|was|were|is|are|has|have|had|will|would|can|could)\b)[\w-]+`;

/**
 * A count of the thing a "how many" question asks for: "how many area offices…" → a number
 * shortly before "offices" ("nine area offices", "five regional offices"); undefined when no count
 * of things is asked.
 */
export function countPattern(question: string): RegExp | undefined {
  const noun = question.match(HOW_MANY)?.[1];
  return noun ? new RegExp(String.raw`(?<![\w-])${NUMBER_WORD}\s+(?:${COUNTED_WORD}\s+){0,3}${noun}\b`, 'i') : undefined;
}
