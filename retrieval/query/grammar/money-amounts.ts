/**
 * Questions that ask for a sum of money ("how much money did DFAT commit…", "what was the budget
 * of…") and the amounts that answer them ("USD 1.8 million", "CHF 3,975", "975 CHF"). The reports
 * often name a grant or a co-funder without its amount; a passage about the grant is then no answer.
 */
const ASKS_FOR_MONEY: RegExp[] = [
  /\bhow much\b(?:\s+\S+){0,8}?\s+(?:money|funding|funds?|budget|financ\w*|cost|costs|spen[dt]|invest(?:ed)?|commit(?:ted)?|contribut\w*|donat\w*|pa(?:y|id)|put\s+in(?:to)?|grant(?:ed)?)\b/i,
  /\bwhat\s+(?:was|is|were|are)\s+the\s+(?:total\s+)?(?:budget|amount|cost|value|price)\s+of\b/i,
  /\bhow much (?:money|funding)\b/i,
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
