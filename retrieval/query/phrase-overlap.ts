/**
 * Adjacent content words of the question that also stand together in a record ("working
 * methods", "action plan"): keyword ranking ignores word order, this restores some of it.
 */
export function bigrams(terms: string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i < terms.length; i++) pairs.add(`${terms[i - 1]} ${terms[i]}`);
  return pairs;
}

export function sharedBigrams(questionPairs: Set<string>, recordTerms: string[]): number {
  if (questionPairs.size === 0) return 0;
  const recordPairs = bigrams(recordTerms);
  let shared = 0;
  for (const pair of questionPairs) if (recordPairs.has(pair)) shared++;
  return shared;
}
