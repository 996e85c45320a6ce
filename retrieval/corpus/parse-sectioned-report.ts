import { cleanLine, squeezeSpaces } from './clean-text.js';
import type { DocumentInfo, PassageRecord } from './records.js';
import { isCellLine } from './word-table.js';

/** `4\tAfrica – Regional Office for Africa`, `1.1.2\tWTSA-20`, `2.\tCybersecurity: …`. */
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\t\s*(\S.{0,118})$/;
/** Passages aim for this size; a paragraph longer than the maximum is split at sentences. */
const TARGET_CHARS = 700;
const MAX_CHARS = 1100;
const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

interface Heading {
  level: number;
  title: string;
}

/** A short standalone line that reads as a title rather than a sentence. */
function isTitleLine(line: string, next: string | undefined): boolean {
  if (line.length < 3 || line.length > 90) return false;
  if (/[.,;:!?]$/.test(line) || /^[·•\-–*(\d]/.test(line)) return false;
  if (!/^[A-Z]/.test(line)) return false;
  if (line.split(/\s+/).length > 14) return false;
  // A title introduces something: the next line is text, not the end of the document.
  return next !== undefined && next.length > 0;
}

function splitSentences(paragraph: string): string[] {
  if (paragraph.length <= MAX_CHARS) return [paragraph];
  const sentences = [...SENTENCES.segment(paragraph)].map((s) => s.segment);
  const parts: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current && current.length + sentence.length > TARGET_CHARS) {
      parts.push(current.trim());
      current = '';
    }
    current += sentence;
  }
  if (current.trim()) parts.push(current.trim());
  return parts.flatMap((part) =>
    part.length > MAX_CHARS ? (part.match(new RegExp(`.{1,${MAX_CHARS}}(\\s|$)`, 'g')) ?? [part]) : [part],
  );
}

/**
 * Parses a sectioned report into passages. Headings come from numbered lines and short title
 * lines; a passage never straddles two sections and keeps its heading path for citing.
 */
export function parseSectionedReport(text: string, doc: DocumentInfo): PassageRecord[] {
  const lines = text.split('\n').map(cleanLine);
  const passages: PassageRecord[] = [];
  const path: Heading[] = [];
  let numberedDepth = 0;
  let buffer: string[] = [];
  let tableRow: string[] = [];

  const flush = (): void => {
    const body = buffer.join('\n').trim();
    buffer = [];
    if (body.length < 20) return;
    passages.push({
      kind: 'passage',
      key: `passage:${doc.file}:${passages.length}`,
      document: doc.file,
      headingPath: path.map((h) => h.title),
      text: body,
    });
  };
  const addParagraph = (paragraph: string): void => {
    for (const part of splitSentences(paragraph)) {
      if (buffer.length > 0 && buffer.join('\n').length + part.length > TARGET_CHARS) flush();
      buffer.push(part);
    }
  };
  const endTableRow = (): void => {
    const cells = tableRow.filter((c) => c.length > 0);
    tableRow = [];
    if (cells.length > 0) addParagraph(cells.join(' | '));
  };
  const openHeading = (level: number, title: string): void => {
    endTableRow();
    flush();
    while (path.length > 0 && path[path.length - 1]!.level >= level) path.pop();
    path.push({ level, title });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isCellLine(line)) {
      const cell = squeezeSpaces(line);
      if (cell) tableRow.push(cell);
      continue;
    }
    const plain = squeezeSpaces(line);
    if (plain === '') {
      endTableRow();
      continue;
    }
    const numbered = NUMBERED_HEADING.exec(line.trim());
    if (numbered && /^[A-Z]/.test(numbered[2]!) && !/[.;,]$/.test(numbered[2]!.trim())) {
      numberedDepth = numbered[1]!.split('.').length;
      openHeading(numberedDepth, squeezeSpaces(numbered[2]!));
      continue;
    }
    const next = lines.slice(i + 1).map(squeezeSpaces).find((l) => l.length > 0);
    if (tableRow.length === 0 && isTitleLine(plain, next)) {
      openHeading(numberedDepth + 1, plain);
      continue;
    }
    endTableRow();
    addParagraph(plain);
  }
  endTableRow();
  flush();
  return passages;
}
