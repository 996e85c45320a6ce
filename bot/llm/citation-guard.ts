/**
 * The citation guard: a language model may only cite what retrieval handed it. It cites with
 * bracketed ids (`[44-30]`, `[P2]`, `[44-30, P1]`); every id that names no retrieved unit is
 * removed from the text, so no answer can point at an invented action item or passage.
 */

/** The outcome of guarding one model reply. */
export interface GuardedCitations {
  /** The reply with invalid citations removed and valid ones written with their labels. */
  text: string;
  /** Valid unit ids in the order the reply first cites them, each once. */
  cited: string[];
  /** Citations that named nothing retrieved, as the model wrote them. */
  removed: string[];
}

const BRACKETS = /[ \t]?\[([^\[\]\n]{1,120})\]/g;
const ITEM_TOKEN = /^(?:action\s+items?\s+)?(\d{1,2})\s*[-\u2010-\u2015\u2212]\s*(\d{2})$/i;
const PASSAGE_TOKEN = /^P\s?(\d{1,3})$/i;

/** The canonical id a bracketed token stands for (`44-30`, `P2`), or `undefined` when it cites nothing. */
export function citationId(token: string): string | undefined {
  const trimmed = token.trim();
  const item = ITEM_TOKEN.exec(trimmed);
  if (item) return `${item[1]!.padStart(2, '0')}-${item[2]}`;
  const passage = PASSAGE_TOKEN.exec(trimmed);
  if (passage) return `P${Number(passage[1])}`;
  return undefined;
}

/**
 * Checks every bracketed citation of a reply against the retrieved units. `labels` maps each
 * retrieved unit's id to how it is shown in the final text (an action item as itself, a
 * passage by its section). Brackets holding no citation-like token (`[sic]`) are left alone.
 */
export function guardCitations(reply: string, labels: ReadonlyMap<string, string>): GuardedCitations {
  const cited: string[] = [];
  const removed: string[] = [];
  const text = reply.replace(BRACKETS, (whole, inside: string) => {
    const tokens = inside.split(/[,;]/).map((t) => t.trim()).filter(Boolean);
    const ids = tokens.map(citationId);
    if (ids.every((id) => id === undefined)) return whole;
    const kept: string[] = [];
    tokens.forEach((token, i) => {
      const id = ids[i];
      if (id !== undefined && labels.has(id)) {
        if (!cited.includes(id)) cited.push(id);
        if (!kept.includes(labels.get(id)!)) kept.push(labels.get(id)!);
      } else {
        removed.push(token);
      }
    });
    // The space before a removed citation goes with it: "ongoing [99-99]." becomes "ongoing.".
    if (kept.length === 0) return '';
    return `${whole.startsWith('[') ? '' : whole[0]}[${kept.join('; ')}]`;
  });
  return { text: text.trim(), cited, removed };
}
