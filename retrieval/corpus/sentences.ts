/** A text's sentences, for excerpts that answer and for checks that a record states what was asked. */

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

const BULLET = /^[·•\-–]\s*/;
/** A bullet this short is an item of the list its lead-in announces, not a sentence of its own. */
const LIST_ITEM_CHARS = 80;

/**
 * Lines, with the short bullets after a line ending in a colon joined to it: "ITU has offices in
 * the six BDT regions: Africa; Americas; …" answers where the lead-in alone would not.
 */
function linesWithLists(text: string): string[] {
  const lines: string[] = [];
  let listOpen = false;
  for (const line of text.split(/\n+/)) {
    const item = line.replace(BULLET, '').trim();
    if (listOpen && BULLET.test(line) && item.length > 0 && item.length <= LIST_ITEM_CHARS) {
      const lead = lines[lines.length - 1]!;
      // Items that end in their own ";" ("· 07-02;") are not given a second.
      lines[lines.length - 1] = /[:;,]$/.test(lead) ? `${lead} ${item}` : `${lead}; ${item}`;
      continue;
    }
    lines.push(line.trim());
    listOpen = line.trim().endsWith(':');
  }
  return lines;
}

/** A line that is a name and nothing more: "Houlin Zhao", "Chaesub Lee", "Doreen Bogdan-Martin". */
const NAME_LINE = /^\p{Lu}[\p{Ll}'’]+(?:[\s-]\p{Lu}[\p{Ll}'’]+){1,3}$/u;
/** A line that gives an office: "Secretary-General, International Telecommunication Union", "Director, TSB", "Regional Director for Africa". */
const OFFICE_LINE = /^(?:Deputy\s+|Vice[\s-])?(?:Secretary-General|Director|Chair(?:man|woman|person)?|President|Head|Minister|Counsellor|Regional Director)(?:,|\s+(?:of|for)\b|$)/;

/**
 * A signature's name and office on lines of their own read as one sentence ("Houlin Zhao,
 * Secretary-General, International Telecommunication Union"): apart, neither says who holds what.
 */
function joinSignatures(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const last = joined.at(-1);
    if (last !== undefined && NAME_LINE.test(last) && OFFICE_LINE.test(line)) joined[joined.length - 1] = `${last}, ${line}`;
    else joined.push(line);
  }
  return joined;
}

/**
 * Sentences by ICU's rules, so "4.9 billion" and "ITU-T" stay whole; a lead-in keeps its short
 * list, a signature's name its office.
 */
export function splitIntoSentences(text: string): string[] {
  return joinSignatures(linesWithLists(text))
    .flatMap((line) => joinAbbreviations([...SENTENCES.segment(line)].map((s) => s.segment)))
    .map((s) => s.replace(/^[·•\-–\s]+/, '').trim())
    .filter((s) => s.length > 0);
}

/** Titles and abbreviations the segmenter takes for a sentence end ("Mr. Carlos Morán", "H.E. Mr …", "St. Petersburg", "e.g. Kenya"). */
const ABBREVIATION_END = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|Nos?|Rev|Vol|vs|cf|approx|e\.g|i\.e|Jr|Sr|H\.E|H\.R\.H|H\.M)\.\s*$/i;

/** A name's initial: "Senator the Honourable J. Kwasi Thompson". */
const INITIAL_END = /(?:^|[\s(])\p{Lu}\.\s*$/u;

/** Joins each segment that ends in such an abbreviation or an initial with the one after it. */
function joinAbbreviations(segments: string[]): string[] {
  const joined: string[] = [];
  for (const segment of segments) {
    const last = joined.at(-1);
    if (last !== undefined && (ABBREVIATION_END.test(last) || INITIAL_END.test(last))) joined[joined.length - 1] = last + segment;
    else joined.push(segment);
  }
  return joined;
}
