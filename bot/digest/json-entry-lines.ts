/**
 * Line numbers of the entries of one array in a JSON text, so a problem with entry 3 of
 * `meetings.json` can be reported as `meetings.json:27`. `JSON.parse` keeps no positions;
 * this walks the tokens of text that `JSON.parse` has already accepted.
 */

interface Token {
  kind: 'string' | 'punct' | 'literal';
  value: string;
  offset: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '"') {
      const start = i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      tokens.push({ kind: 'string', value: JSON.parse(text.slice(start, i)) as string, offset: start });
    } else if ('{}[]:,'.includes(ch)) {
      tokens.push({ kind: 'punct', value: ch, offset: i++ });
    } else {
      const start = i;
      while (i < text.length && !/[\s{}[\]:,"]/.test(text[i]!)) i++;
      tokens.push({ kind: 'literal', value: text.slice(start, i), offset: start });
    }
  }
  return tokens;
}

/** Index of the token after the value starting at `at`. */
function skipValue(tokens: Token[], at: number): number {
  const open = tokens[at]!;
  if (open.kind !== 'punct' || (open.value !== '{' && open.value !== '[')) return at + 1;
  let depth = 0;
  for (let i = at; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct') continue;
    if (t.value === '{' || t.value === '[') depth++;
    else if (t.value === '}' || t.value === ']') depth--;
    if (depth === 0) return i + 1;
  }
  return tokens.length;
}

/**
 * Line numbers of increasing offsets, counting each newline once: a calendar of thousands of
 * entries costs one pass over the text, not one per entry.
 */
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let at = 0;
  return (offset) => {
    for (; at < offset; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}

/**
 * 1-based line of each entry of the array under the top-level key `key` of a JSON object
 * (`{"meetings": [ {…}, {…} ]}` → the lines where each `{` stands), of the first `max`
 * entries at most; empty when there is none.
 */
export function arrayEntryLines(text: string, key: string, max = Infinity): number[] {
  const tokens = tokenize(text);
  if (tokens[0]?.value !== '{') return [];
  let i = 1;
  while (i < tokens.length && tokens[i]!.value !== '}') {
    const name = tokens[i]!;
    const valueAt = i + 2;
    if (name.kind === 'string' && name.value === key && tokens[valueAt]?.value === '[') {
      const lines: number[] = [];
      const lineAt = lineCounter(text);
      let j = valueAt + 1;
      while (j < tokens.length && tokens[j]!.value !== ']' && lines.length < max) {
        lines.push(lineAt(tokens[j]!.offset));
        j = skipValue(tokens, j);
        if (tokens[j]?.value === ',') j++;
      }
      return lines;
    }
    i = skipValue(tokens, valueAt);
    if (tokens[i]?.value === ',') i++;
  }
  return [];
}
