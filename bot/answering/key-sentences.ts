/** Sentence-level extraction for chat-sized answers and citation excerpts. */

const STOP = new Set(
  'a an and are as at be by did do does for from has have how in is it of on or that the this to was were what when where which who why will with'.split(' '),
);

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Sentences by ICU's rules, so "4.9 billion" and "ITU-T" stay whole. */
export function splitIntoSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => [...SENTENCES.segment(line)].map((s) => s.segment))
    .map((s) => s.replace(/^[·•\-–\s]+/, '').trim())
    .filter((s) => s.length > 0);
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? []).filter((w) => !STOP.has(w));
}

/** Crude stem so "offices" meets "office" and "awarded" meets "award". */
function stem(word: string): string {
  return word.replace(/(ing|ed|es|s)$/, '');
}

/**
 * The sentences that best answer the question, kept in document order, within a length budget.
 * Falls back to the opening sentences when no sentence shares a word with the question.
 */
export function keySentences(text: string, question: string, maxChars: number): string {
  const sentences = splitIntoSentences(text);
  const wanted = new Set(words(question).map(stem));
  // "How many …?" is answered by a sentence with a figure in it.
  const wantsFigure = /\b(how (many|much)|number of|what (share|percentage))\b/i.test(question);
  const scored = sentences.map((sentence, position) => {
    const terms = new Set(words(sentence).map(stem));
    const figure = wantsFigure && /\d/.test(sentence.replace(/\b(19|20)\d\d\b/g, '')) ? 1.5 : 0;
    const overlap = [...wanted].filter((w) => terms.has(w)).length + figure;
    return { sentence, position, overlap };
  });
  const chosen: typeof scored = [];
  let length = 0;
  const order = scored.some((s) => s.overlap > 0)
    ? [...scored].sort((a, b) => b.overlap - a.overlap || a.position - b.position)
    : scored;
  for (const candidate of order) {
    if (length + candidate.sentence.length > maxChars && chosen.length > 0) continue;
    chosen.push(candidate);
    length += candidate.sentence.length + 1;
    if (length >= maxChars * 0.8) break;
  }
  const joined = chosen
    .sort((a, b) => a.position - b.position)
    .map((c) => c.sentence)
    .join(' ');
  return truncate(joined, maxChars);
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
