import type { CorpusIndex } from '../index/corpus-index.js';
import { keywordFields } from '../index/index-text.js';

const textCache = new WeakMap<CorpusIndex, string>();

/** All indexed text of the corpus, lower-cased, joined once per loaded index. */
function corpusText(index: CorpusIndex): string {
  let text = textCache.get(index);
  if (text === undefined) {
    text = index.records
      .map((record) => {
        const fields = keywordFields(record);
        return `${fields.title}\n${fields.body}`;
      })
      .join('\n')
      .toLowerCase()
      .replace(/\s+/g, ' ');
    textCache.set(index, text);
  }
  return text;
}

/** Whether a name (lower-cased) occurs anywhere in the corpus as a whole word. */
export function corpusMentions(index: CorpusIndex, name: string): boolean {
  const text = corpusText(index);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*');
  return new RegExp(`(?<!\\w)${escaped}(?!\\w)`).test(text);
}
