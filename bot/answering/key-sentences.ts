/** Sentence-level extraction for chat-sized answers and citation excerpts. */

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Sentences by ICU's rules, so "4.9 billion" and "ITU-T" stay whole. */
export function splitIntoSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => joinAbbreviations([...SENTENCES.segment(line)].map((s) => s.segment)))
    .map((s) => s.replace(/^[·•\-–\s]+/, '').trim())
    .filter((s) => s.length > 0);
}

/** Titles and abbreviations the segmenter takes for a sentence end ("Mr. Carlos Morán", "St. Petersburg", "e.g. Kenya"). */
const ABBREVIATION_END = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|Nos?|Rev|Vol|vs|cf|approx|e\.g|i\.e|Jr|Sr)\.\s*$/i;

/** Joins each segment that ends in such an abbreviation with the one after it. */
function joinAbbreviations(segments: string[]): string[] {
  const joined: string[] = [];
  for (const segment of segments) {
    const last = joined.at(-1);
    if (last !== undefined && ABBREVIATION_END.test(last)) joined[joined.length - 1] = last + segment;
    else joined.push(segment);
  }
  return joined;
}

/** Cuts text at a word boundary and marks the cut. */
export function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxChars / 2))}…`;
}

/** The most recent part of a chronological status narrative: its last paragraphs. */
export function latestStatus(status: string, maxChars: number): string {
  const paragraphs = status
    .split('\n')
    .map((p) => p.replace(/^[·•\-–\s]+/, '').trim())
    .filter(Boolean);
  const picked: string[] = [];
  let length = 0;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const paragraph = paragraphs[i]!;
    if (picked.length > 0 && length + paragraph.length > maxChars) break;
    picked.unshift(paragraph);
    length += paragraph.length;
  }
  return truncate(picked.join(' '), maxChars);
}
