import type { DocumentInfo, PassageRecord } from './records.js';

/** Passages aim for this size; a paragraph longer than the maximum is split at sentences. */
const TARGET_CHARS = 700;
const MAX_CHARS = 1100;
const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

interface Heading {
  level: number;
  title: string;
  numbered: boolean;
}

function splitLongParagraph(paragraph: string): string[] {
  if (paragraph.length <= MAX_CHARS) return [paragraph];
  const parts: string[] = [];
  let current = '';
  for (const { segment } of SENTENCES.segment(paragraph)) {
    if (current && current.length + segment.length > TARGET_CHARS) {
      parts.push(current.trim());
      current = '';
    }
    current += segment;
  }
  if (current.trim()) parts.push(current.trim());
  return parts.flatMap((part) =>
    part.length > MAX_CHARS ? (part.match(new RegExp(`.{1,${MAX_CHARS}}(\\s|$)`, 'g')) ?? [part]) : [part],
  );
}

/** Mostly figures and separators: a table of numbers cut loose from its labels. */
function isMostlyFigures(text: string): boolean {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  return letters < text.replace(/\s/g, '').length * 0.3;
}

/** Longest line read as a title of the text after it. */
const TITLE_LINE_CHARS = 200;

/**
 * A line that belongs with the text after it: a lead-in ending in ":", or a title line without
 * closing punctuation ("Proposed Resolution [IAP-3], Use of in-person and virtual options…"
 * before the paragraph on what WTSA-20 did with it).
 */
function leadsIn(line: string): boolean {
  return /:$/.test(line) || (line.length <= TITLE_LINE_CHARS && !/[.!?;)"”»]$/.test(line.trim()));
}

/**
 * Collects a report's paragraphs into passages under their heading path, for every file type:
 * a passage never straddles two sections, keeps its heading path for citing, and a lead-in
 * ending in ":" or a title line stays with the text it introduces.
 */
export class PassageBuilder {
  readonly passages: PassageRecord[] = [];
  private readonly path: Heading[] = [];
  private buffer: string[] = [];
  /** The open entry of a section that lists them, and how deep the path was when it opened. */
  private entry?: { title: string; depth: number };

  constructor(private readonly doc: DocumentInfo) {}

  private flush(carryLeadIn: boolean): void {
    const buffer = this.buffer;
    const carried = carryLeadIn && buffer.length > 1 && leadsIn(buffer[buffer.length - 1]!) ? buffer.pop()! : undefined;
    const body = buffer.join('\n').trim();
    this.buffer = carried ? [carried] : [];
    // Under an entry, a line is an answer ("See section 1.7." is where Resolution 70's work is told).
    if (body.length < (this.entry ? 1 : 20) || isMostlyFigures(body)) return;
    this.passages.push({
      kind: 'passage',
      key: `passage:${this.doc.file}:${this.passages.length}`,
      document: this.doc.file,
      headingPath: this.path.map((h) => h.title),
      ...(this.entry ? { entry: { ...this.entry } } : {}),
      text: body,
    });
  }

  /** Adds a paragraph (or a table row rendered as text), splitting it when very long. */
  addParagraph(paragraph: string): void {
    for (const part of splitLongParagraph(paragraph)) {
      // A lone lead-in or title waits for its text, however long.
      const leadInOnly = this.buffer.length === 1 && leadsIn(this.buffer[0]!);
      if (this.buffer.length > 0 && !leadInOnly && this.buffer.join('\n').length + part.length > TARGET_CHARS) this.flush(true);
      this.buffer.push(part);
    }
  }

  /**
   * Opens a section: `level` 1 is the top; a numbered heading closes every unnumbered title above
   * it, and the open entry. An unnumbered title opened within an entry is a part of that entry.
   */
  openHeading(heading: Heading): void {
    this.flush(false);
    if (heading.numbered) this.entry = undefined;
    const path = this.path;
    while (path.length > 0 && (path[path.length - 1]!.level >= heading.level || (heading.numbered && !path[path.length - 1]!.numbered))) {
      path.pop();
    }
    path.push(heading);
  }

  /**
   * Opens an entry of the current section (a Resolution the section reports on), until the next
   * entry or numbered heading; it closes the titles opened within the entry before it.
   */
  openEntry(title: string): void {
    this.flush(false);
    const depth = this.entry?.depth ?? this.path.length;
    this.path.length = Math.min(this.path.length, depth);
    this.entry = { title, depth };
  }

  /** The passages, once the document has been read to its end. */
  finish(): PassageRecord[] {
    this.flush(false);
    return this.passages;
  }
}
