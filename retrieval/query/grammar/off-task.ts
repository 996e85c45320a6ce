/**
 * Requests that are not questions about the reports, whatever words they share with them:
 * instructions aimed at the bot itself (prompt injection: "ignore previous instructions",
 * "system prompt", "API key") and requests to write something ("write me a haiku", "tell me a
 * joke", "draft a 200-word press release", "translate my out-of-office reply"). The reports cannot
 * answer these, so they abstain.
 */
const OFF_TASK: RegExp[] = [
  /\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:instructions?|prompts?|rules|guidelines)\b/i,
  /\b(?:system|developer|hidden)\s+(?:prompt|message|instructions?)\b/i,
  /\b(?:api|secret|access)\s+(?:keys?|tokens?)\b|\bpasswords?\b|\bcredentials?\b/i,
  /\b(?:you are now|act as|pretend (?:to be|you are)|jailbreak)\b/i,
  /\b(?:write|compose|make up|tell|draft)\s+(?:me\s+|us\s+)?(?:a|an|some)\s+(?:[\w-]+\s+){0,2}(?:poem|haiku|limerick|song|joke|story|essay|riddle|sonnet|press release|speech|e-?mail|letter|tweet|post|article|slogan|reply|cover letter|caption|bio)s?\b/i,
  // Work on the user's own text: "translate my out-of-office reply", "proofread this paragraph".
  /\b(?:translate|proofread|rephrase|reword|spell-?check|paraphrase)\s+(?:my|our|this|that|these|the following)\b/i,
];

/** Whether a question asks the bot to do something other than answer from the reports. */
export function isOffTask(text: string): boolean {
  return OFF_TASK.some((pattern) => pattern.test(text));
}

/** A meeting's practical arrangements: lodging, meals, transport, dress. */
const PRACTICAL_ARRANGEMENTS =
  /\b(?:hotels?|restaurants?|dinner|lunch|breakfast|menus?|taxis?|cabs?|airports?|shuttle|canteen|cafeteria|dress\s+code|wi-?fi|parking|accommodation|coffee\s+break|train\s+station)\b/gi;

/**
 * The words of a question about a meeting's practical arrangements ("any hotel recommendations
 * near ITU HQ for the TSAG week?"), lower-cased. The caller abstains on those its best hits never
 * use: "Wi-Fi devices in trains and cars" is a WRC-19 decision, a hotel never comes up.
 */
export function practicalArrangementWords(text: string): string[] {
  return [...text.matchAll(PRACTICAL_ARRANGEMENTS)].map((m) => m[0].toLowerCase().replace(/\s+/g, ' '));
}
