import { SeedProblem } from './seed-problem.js';

/** A run of text on one line, apart from its neighbours by more than a word space. */
export interface Segment {
  text: string;
  x: number;
  right: number;
}

/** One printed line: its segments left to right, position from the top of the document. */
export interface PdfLine {
  page: number;
  /** Baseline, in points down from the top of the page. */
  y: number;
  size: number;
  /** Text apart by more than a word space: columns of an aligned table. */
  segments: Segment[];
  /** Text apart by more than a letter space: table cells that nearly touch. */
  runs: Segment[];
}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Items on one baseline within this many points are one line. */
const SAME_LINE = 2;

/** Items closer than this share of the font size are one segment (a word space or a style change). */
const SEGMENT_GAP = 1;
/** Items closer than this share of the font size are one run (a style change within a word or after a space). */
const RUN_GAP = 0.3;

function joinItems(items: Item[], size: number, maxGap: number): Segment[] {
  const segments: Segment[] = [];
  for (const item of items) {
    const last = segments[segments.length - 1];
    const gap = last ? item.x - last.right : Infinity;
    if (last && gap < size * maxGap) {
      last.text += gap > size * 0.15 && !/\s$/.test(last.text) ? ` ${item.str}` : item.str;
      last.right = Math.max(last.right, item.x + item.width);
    } else {
      segments.push({ text: item.str, x: item.x, right: item.x + item.width });
    }
  }
  return segments.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ').trim() })).filter((s) => s.text);
}

function toLines(page: number, items: Item[]): PdfLine[] {
  const lines: { y: number; items: Item[] }[] = [];
  for (const item of [...items].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= SAME_LINE);
    if (line) line.items.push(item);
    else lines.push({ y: item.y, items: [item] });
  }
  return lines.map(({ y, items: lineItems }) => {
    const sorted = lineItems.sort((a, b) => a.x - b.x);
    const size = Math.max(...sorted.map((i) => i.size));
    return { page, y, size, segments: joinItems(sorted, size, SEGMENT_GAP), runs: joinItems(sorted, size, RUN_GAP) };
  });
}

/**
 * A PDF's text as positioned lines, through pdfjs-dist. Throws a SeedProblem for a
 * password-protected or damaged file, and for one with no text layer (scanned pages).
 * pdfjs-dist is imported here, on the first PDF, because loading it costs about 150 MB of
 * memory that a corpus of text and Word seeds never needs.
 */
export async function readPdfLines(bytes: Buffer): Promise<PdfLine[]> {
  const { getDocument, PasswordResponses } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pdf;
  try {
    pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  } catch (error) {
    const { name, code } = error as { name?: string; code?: number };
    if (name === 'PasswordException') {
      throw new SeedProblem(code === PasswordResponses.NEED_PASSWORD ? 'password-protected PDF' : 'PDF with a wrong password');
    }
    throw new SeedProblem(`damaged PDF (${(error as Error).message})`);
  }
  try {
    const lines: PdfLine[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const height = page.view[3]!;
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) =>
        'str' in item && item.str.trim() !== ''
          ? [{ str: item.str, x: item.transform[4] as number, y: height - (item.transform[5] as number), width: item.width, size: Math.abs(item.transform[3] as number) || item.height }]
          : [],
      );
      lines.push(...toLines(number, items));
    }
    if (lines.length === 0) throw new SeedProblem('PDF with no text layer (scanned or image-only pages; it needs OCR first)');
    return lines;
  } finally {
    await pdf.destroy();
  }
}
