import type { DocumentInfo } from '../corpus/records.js';
import { keywordTerm } from '../index/keyword-index.js';

/** What a question says about the documents it names by title, and its text without those words. */
export interface NamedDocuments {
  /** Seed files of the documents named ("per the 2021 regional offices report" → the 2021 edition). */
  files: string[];
  /** The question without the naming phrases: "how many area offices did ITU have?". */
  rest: string;
}

/** "per the …", "in the …", "according to the …", "under the …": how a question points at a document. */
const LEAD_IN = new Set(['the', 'per', 'in', 'from', 'under', 'to', 'by', 'of']);
/** A noun after the title words still belongs to the name: "regional offices report", "BaAP implementation report". */
const DOCUMENT_NOUNS = /^(?:report|reports|plan|document|edition|version|implementation)$/i;
const REPORT_NOUN = /^(?:report|document)$/i;
/** A year or a span of years: "2021", "2018-2022". */
const YEAR = /^(?:19|20)\d\d(?:[-–](?:19|20)\d\d)?$/;
/** Acronyms come from runs of at least four capitalised title words ("Buenos Aires Action Plan" → BAAP); three would make "AAP" (the approval process) a document. */
const ACRONYM_MIN_WORDS = 4;
const MIN_CONTENT_WORDS = 2;

/**
 * "How many area offices are there in the 2021 report?": a noun after a year names that year's
 * edition, not a topic, and so does "according to" before it. As search words they matched every
 * passage that mentions a report (or "accordance") and pushed the answer out; the year stays, for
 * the edition rules.
 */
export function withoutEditionNouns(text: string): string {
  return text
    .replace(/\b(?:according\s+to|per|as\s+per)\s+(?:the\s+)?(?=(?:19|20)\d\d\s+(?:reports?|editions?|documents?|versions?)\b)/gi, '')
    .replace(/\b((?:19|20)\d\d)\s+(?:reports?|editions?|documents?|versions?)\b/gi, '$1')
    .replace(/\b(?:reports?|editions?|documents?|versions?)\s+(?:of|from|for|in)\s+((?:19|20)\d\d)\b/gi, '$1');
}

interface Word {
  raw: string;
  term: string;
  /** Not a stop word: a name needs two such words ("regional offices"), "implementation of" is none. */
  content: boolean;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu)].map((m) => {
    const term = keywordTerm(m[0]);
    // Stop words ("of", "the") count as themselves inside a title run: "Regional Offices to the ITU-T…".
    return { raw: m[0], term: term ?? m[0].toLowerCase(), content: term !== null && !YEAR.test(m[0]), start: m.index, end: m.index + m[0].length };
  });
}

function acronyms(title: string): string[] {
  const found: string[] = [];
  const runs = title.split(/\s+(?=[^\p{Lu}])|[()–,:]/u);
  for (const run of runs) {
    const capitalised = run.trim().split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (capitalised.length >= ACRONYM_MIN_WORDS) found.push(capitalised.map((w) => w[0]).join('').toLowerCase());
  }
  return found;
}

interface Title {
  file: string;
  /** Title and edition date, where a year the question names is looked for. */
  dated: string;
  words: Word[];
  acronyms: string[];
}

const titleCache = new WeakMap<DocumentInfo[], Title[]>();

/** The documents' titles as words and acronyms, read once per loaded index. */
function titlesOf(documents: DocumentInfo[]): Title[] {
  let titles = titleCache.get(documents);
  if (!titles) {
    titles = documents.map((d) => ({ file: d.file, dated: `${d.title} ${d.edition}`, words: words(d.title), acronyms: acronyms(d.title) }));
    titleCache.set(documents, titles);
  }
  return titles;
}

/**
 * The longest run of the question's words, from `at`, that occurs word for word in the title and
 * ends on a content word; 0 unless it holds at least two content words. A year inside the run
 * qualifies the edition and is passed over ("the ITU 2018-2022 report" names the "ITU report").
 */
function titleRun(question: Word[], at: number, title: Word[]): number {
  let best = 0;
  for (let t = 0; t < title.length; t++) {
    let q = at;
    let n = t;
    while (q < question.length && n < title.length) {
      if (question[q]!.term === title[n]!.term) n++;
      else if (q === at || !YEAR.test(question[q]!.raw)) break;
      q++;
    }
    while (q > at && !question[q - 1]!.content) q--;
    best = Math.max(best, q - at);
  }
  const content = question.slice(at, at + best).filter((w) => w.content).length;
  return content >= MIN_CONTENT_WORDS ? best : 0;
}

/**
 * Finds the documents a question names by their title: a lead-in word ("the", "per", "in the",
 * "according to the") or the start of the question, an optional year, then at least two
 * consecutive words of a title ("regional offices", "action plan") or the acronym of four or more
 * capitalised title words ("BaAP"), and any document noun after them ("report", "implementation
 * report"); elsewhere in the question ("… (BaAP report)") the title words must be followed by
 * "report". When several documents share the longest run, a year the question names picks the
 * editions whose title or date holds it. Naming words with a document noun or an acronym are
 * removed from `rest`, since as search words they match every passage of the named report
 * ("regional offices" in each region's section) rather than the answer.
 *
 * @param question the question, as the user typed it (English)
 * @param documents the indexed documents (titles come from the seed manifest)
 */
export function namedDocuments(question: string, documents: DocumentInfo[]): NamedDocuments {
  const q = words(question);
  const titles = titlesOf(documents);
  const spans: Array<{ start: number; end: number }> = [];
  const named: Title[] = [];
  for (let i = 0; i < q.length; i++) {
    const led = i === 0 || LEAD_IN.has(q[i - 1]!.raw.toLowerCase());
    const at = YEAR.test(q[i]!.raw) ? i + 1 : i;
    if (at >= q.length || !q[at]!.content) continue;
    // A run of title words, or an acronym (one word standing for the longest run allowed).
    const acronym = q[at]!.raw.toLowerCase();
    const runs = titles.map((doc) => (doc.acronyms.includes(acronym) ? ACRONYM_MIN_WORDS : titleRun(q, at, doc.words)));
    const longest = Math.max(...runs);
    if (longest === 0) continue;
    const docs = titles.filter((_, n) => runs[n] === longest);
    const isAcronym = docs[0]!.acronyms.includes(acronym);
    let end = at + (isAcronym ? 1 : longest);
    // Without a lead-in ("BaAP report: …", "… (ITU report)"), the document noun must follow.
    if (!led && !(end < q.length && REPORT_NOUN.test(q[end]!.raw))) continue;
    named.push(...docs);
    // "The regional offices" may be the offices themselves, the question's topic: only a name with a
    // document noun ("regional offices report", "ITU report", "action plan") or an acronym leaves it.
    const ownNoun = DOCUMENT_NOUNS.test(q[end - 1]!.raw);
    while (end < q.length && DOCUMENT_NOUNS.test(q[end]!.raw)) end++;
    if (isAcronym || ownNoun || DOCUMENT_NOUNS.test(q[end - 1]!.raw)) spans.push({ start: q[i]!.start, end: q[end - 1]!.end });
    i = end;
  }
  const years = q.filter((w) => YEAR.test(w.raw)).flatMap((w) => w.raw.match(/(?:19|20)\d\d/g) ?? []);
  const dated = named.filter((doc) => years.some((year) => doc.dated.includes(year)));
  const files = [...new Set((dated.length > 0 ? dated : named).map((doc) => doc.file))];
  let rest = question;
  for (const span of spans.reverse()) rest = `${rest.slice(0, span.start)}${rest.slice(span.end)}`;
  return { files, rest: rest.replace(/\s+/g, ' ').trim() };
}
