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

const mentionCache = new WeakMap<CorpusIndex, Map<string, boolean>>();
/** Names come from users' questions: the cache starts over rather than grow without end. */
const MAX_CACHED_NAMES = 10_000;

/** Whether a name (lower-cased) occurs anywhere in the corpus as a whole word; each name is scanned for once per index. */
export function corpusMentions(index: CorpusIndex, name: string): boolean {
  let known = mentionCache.get(index);
  if (!known) {
    known = new Map();
    mentionCache.set(index, known);
  }
  let found = known.get(name);
  if (found === undefined) {
    // "COVID 19" is the reports' "COVID-19", "Release 20" their "Release-20".
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]*');
    found = new RegExp(`(?<!\\w)${escaped}(?!\\w)`).test(corpusText(index));
    if (known.size >= MAX_CACHED_NAMES) known.clear();
    known.set(name, found);
  }
  return found;
}
