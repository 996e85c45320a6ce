import type { CorpusRecord } from '../corpus/records.js';
import { keywordFields } from '../index/index-text.js';
import { keywordTerms } from '../index/keyword-index.js';
import { splitIntoSentences } from '../corpus/sentences.js';

/** Records never change once loaded, so their terms are computed once, on first use. */
const leadCache = new WeakMap<CorpusRecord, string[]>();
const allCache = new WeakMap<CorpusRecord, Set<string>>();
const textCache = new WeakMap<CorpusRecord, string>();
const sentenceCache = new WeakMap<CorpusRecord, string[]>();
const bodySentenceCache = new WeakMap<CorpusRecord, string[]>();

/** A record's searchable text (title and body) as written, for looking up names, years and figures. */
export function recordText(record: CorpusRecord): string {
  let text = textCache.get(record);
  if (text === undefined) {
    const fields = keywordFields(record);
    text = `${fields.title} ${fields.body}`;
    textCache.set(record, text);
  }
  return text;
}

/** A record's searchable text as sentences, heading first, for checks that it states what was asked. */
export function recordSentences(record: CorpusRecord): string[] {
  let sentences = sentenceCache.get(record);
  if (!sentences) {
    sentences = splitIntoSentences(recordText(record));
    sentenceCache.set(record, sentences);
  }
  return sentences;
}

/** A record's own sentences, without its heading: what the record itself says, not what its section is called. */
export function bodySentences(record: CorpusRecord): string[] {
  let sentences = bodySentenceCache.get(record);
  if (!sentences) {
    sentences = splitIntoSentences(keywordFields(record).body);
    bodySentenceCache.set(record, sentences);
  }
  return sentences;
}

/** Terms of what a record is about, in order: title, tags and the start of the body. */
export function leadTerms(record: CorpusRecord): string[] {
  let terms = leadCache.get(record);
  if (!terms) {
    const fields = keywordFields(record);
    terms = keywordTerms(`${fields.title} ${fields.tags} ${fields.body.slice(0, 600)}`);
    leadCache.set(record, terms);
  }
  return terms;
}

/** Every term of a record. */
export function recordTerms(record: CorpusRecord): Set<string> {
  let terms = allCache.get(record);
  if (!terms) {
    const fields = keywordFields(record);
    terms = new Set(keywordTerms(`${fields.title} ${fields.body} ${fields.tags}`));
    allCache.set(record, terms);
  }
  return terms;
}
