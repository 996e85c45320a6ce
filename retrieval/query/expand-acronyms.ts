/**
 * Reports often name a body in full once and by its initials after ("Quality of Service
 * Development Group" / "QSDG"). A question in full words gains the initials as extra keywords
 * when the index knows them, so either form finds the passage.
 */
const CAPITALISED_RUN = /\b[A-Z][a-z]+(?:\s+(?:of|for|on|and|the|in)?\s*[A-Z][a-z]+){1,6}\b/g;

export function acronymCandidates(text: string): string[] {
  const candidates = new Set<string>();
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const words = match[0].split(/\s+/).filter((w) => /^[A-Z]/.test(w));
    // Every contiguous run of two or more capitalised words, e.g. "Global Cybersecurity Index" → GCI.
    for (let start = 0; start < words.length; start++) {
      for (let end = start + 2; end <= words.length; end++) {
        candidates.add(words.slice(start, end).map((w) => w[0]).join(''));
      }
    }
  }
  return [...candidates].filter((c) => c.length >= 3);
}

/** The question plus the longest initials the index contains as a term (not their parts). */
export function expandAcronyms(text: string, isKnownTerm: (term: string) => boolean): string {
  const known = acronymCandidates(text)
    .filter(isKnownTerm)
    .sort((a, b) => b.length - a.length);
  const chosen = known.filter((c, i) => !known.slice(0, i).some((longer) => longer.includes(c)));
  return chosen.length ? `${text} ${chosen.join(' ')}` : text;
}
