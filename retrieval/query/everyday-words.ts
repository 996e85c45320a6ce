import { readFileSync } from 'node:fs';
import { keywordTerms } from '../index/keyword-index.js';
import { NEWS_TERMS } from './grammar/news-words.js';

/**
 * The reports' words for the everyday words delegates type instead ("airwaves" for "spectrum",
 * "wfh" for "telework"), from `everyday-words.tsv`: one report word or phrase a line, a tab,
 * then its everyday alternatives separated by ";". The table was written for the reports'
 * vocabulary (every word of four letters or more, every two-word phrase four records use; then
 * the two-word phrases two or three records use and the three-word phrases two records use, kept
 * only with alternatives holding a word the reports never use; then more everyday wordings for the
 * first rows, kept the same way), not for any question.
 */
const THESAURUS_FILE = new URL('./everyday-words.tsv', import.meta.url);

/** An alternative's keyword terms joined by spaces → the keyword terms of each report word it stands for. */
type Thesaurus = Map<string, string[][]>;

/** Alternatives of up to this many terms are looked for in a question. */
const LONGEST_ALTERNATIVE = 4;

function readThesaurus(text: string): Thesaurus {
  const thesaurus: Thesaurus = new Map();
  for (const line of text.split('\n')) {
    const [reportWords, alternatives] = line.split('\t');
    if (!reportWords?.trim() || !alternatives) continue;
    const own = keywordTerms(reportWords);
    for (const alternative of alternatives.split(';')) {
      const terms = keywordTerms(alternative);
      const key = terms.join(' ');
      if (terms.length === 0 || terms.length > LONGEST_ALTERNATIVE || key === own.join(' ')) continue;
      const meanings = thesaurus.get(key) ?? [];
      // "informs", "informed", "inform" are one report word once stemmed.
      if (!meanings.some((m) => m.join(' ') === own.join(' '))) meanings.push(own);
      thesaurus.set(key, meanings);
    }
  }
  return thesaurus;
}

let loaded: Thesaurus | undefined;
function thesaurus(): Thesaurus {
  loaded ??= readThesaurus(readFileSync(THESAURUS_FILE, 'utf8'));
  return loaded;
}

/**
 * Reads the table now (about 0.3 s: every row stemmed), so that no question waits for it; later
 * calls do nothing. Throws if `everyday-words.tsv` cannot be read.
 */
export function loadEverydayWords(): void {
  thesaurus();
}

/**
 * An everyday phrase of words the reports all use ("money transfer" for remittances) is not how
 * they say it, but its words find records by themselves: its report words count a little.
 * Measured on the 33 evaluation sets: at 0.2, 11 more questions right in the first three, one
 * fewer first; at 0.5, 14 and 2 fewer first.
 */
const KNOWN_PHRASE_WEIGHT = 0.2;

/** What a run of question terms the thesaurus lists counts for: 1 when the reports lack one of its words. */
function runWeight(run: string[], isReportTerm: (term: string) => boolean): number {
  // The thesaurus's "underway" for "happening" is no topic of the question.
  if (run.every((term) => NEWS_TERMS.has(term))) return 0;
  if (!run.every(isReportTerm)) return 1;
  // A single word the reports use already finds what they say with it.
  return run.length > 1 ? KNOWN_PHRASE_WEIGHT : 0;
}

/**
 * A run standing for several report words shares its weight among them by how much the reports
 * use each, on a log scale ("boss": director before manager). Measured on the 34 evaluation sets
 * against equal shares: log +4 first places, none lost from the first three; linear +3 and −1.
 */
function shares(meanings: string[][], reportFrequency: (term: string) => number): number[] {
  const uses = meanings.map((meaning) => Math.log(1 + Math.max(...meaning.map(reportFrequency))));
  const total = uses.reduce((sum, use) => sum + use, 0);
  return uses.map((use) => (total > 0 ? use / total : 0));
}

/** A run of a question's terms the thesaurus lists, with the report words it stands for, each weighted. */
export interface EverydayRun {
  /** The question's keyword terms, in order ("fake", "news"). */
  run: string[];
  /** Each report word's keyword terms with its weight (0–1), the question's own terms left out. */
  meanings: Map<string, number>;
}

/**
 * The runs of one to four of a question's terms the thesaurus lists, each with the report words it
 * stands for: at full weight where the reports never use one of the run's terms, less for a
 * phrase of words they all use; a single such word, or the words that frame a question, stand for
 * nothing and are left out. `reportFrequency` gives the number of records holding a keyword term
 * (0: none). A run standing for several report words shares its weight among them (`shares`),
 * a term counting for the shares of all the meanings that hold it; the longest listed run is
 * read, not the runs inside it.
 */
export function everydayRuns(question: string, reportFrequency: (term: string) => number): EverydayRun[] {
  const isReportTerm = (term: string): boolean => reportFrequency(term) > 0;
  const terms = keywordTerms(question);
  const asked = new Set(terms);
  const listed: { start: number; end: number; meanings: string[][] }[] = [];
  for (let start = 0; start < terms.length; start++) {
    for (let length = 1; length <= LONGEST_ALTERNATIVE && start + length <= terms.length; length++) {
      const meanings = thesaurus().get(terms.slice(start, start + length).join(' '));
      if (meanings) listed.push({ start, end: start + length, meanings });
    }
  }
  const runs: EverydayRun[] = [];
  for (const { start, end, meanings } of listed) {
    // "fake news" is disinformation, whatever "fake" alone stands for.
    if (listed.some((other) => other.end - other.start > end - start && other.start <= start && other.end >= end)) continue;
    const run = terms.slice(start, end);
    const weight = runWeight(run, isReportTerm);
    if (weight === 0) continue;
    const share = shares(meanings, reportFrequency);
    const weights = new Map<string, number>();
    meanings.forEach((meaning, m) => {
      for (const term of meaning) {
        // A report word several meanings hold is the likelier meant: "fake phones" is counterfeit
        // devices and stolen ones, so counterfeit counts most (+1 first place over the 35 sets).
        if (!asked.has(term) && share[m]! > 0) weights.set(term, Math.min(weight, (weights.get(term) ?? 0) + weight * share[m]!));
      }
    });
    if (weights.size > 0) runs.push({ run, meanings: weights });
  }
  return runs;
}

/**
 * The keyword terms of the report words a question's everyday words stand for (`everydayRuns`),
 * each with its highest weight (0–1): what the keyword search also looks for.
 */
export function everydayTerms(question: string, reportFrequency: (term: string) => number): Map<string, number> {
  const weights = new Map<string, number>();
  for (const { meanings } of everydayRuns(question, reportFrequency)) {
    for (const [term, weight] of meanings) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  }
  return weights;
}
