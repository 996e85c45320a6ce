import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Block } from '../document-blocks.js';
import { loadDocx } from './docx-loader.js';
import { pdfBlocks } from './pdf-blocks.js';
import { readPdfLines } from './pdf-lines.js';
import { SeedProblem } from './seed-problem.js';

export type SeedFormat = 'text' | 'docx' | 'pdf';

/** A seed file read by the loader for its type: a text export as text, Word and PDF files as blocks. */
export type LoadedSeed = { file: string; notes: string[] } & ({ format: 'text'; text: string } | { format: 'docx' | 'pdf'; blocks: Block[] });

/** The loader a file name calls for; anything that is not Word or PDF is read as a text export. */
export function seedFormat(file: string): SeedFormat {
  const ext = extname(file).toLowerCase();
  return ext === '.docx' ? 'docx' : ext === '.pdf' ? 'pdf' : 'text';
}

/** A text export's text; a binary or non-UTF-8 file is a SeedProblem. */
export function decodeTextSeed(bytes: Buffer): string {
  if (bytes.includes(0)) throw new SeedProblem('binary file (contains NUL bytes), not a text export');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const replacements = (text.match(/\uFFFD/g) ?? []).length;
  if (replacements > text.length / 100) throw new SeedProblem('not UTF-8 text');
  return text;
}

/** Reads one seed with the loader for its type; throws a SeedProblem saying why it cannot be read. */
export async function loadSeed(seedsDir: string, file: string): Promise<LoadedSeed> {
  const bytes = readFileSync(join(seedsDir, file));
  if (bytes.length === 0) throw new SeedProblem('empty file (0 bytes)');
  const format = seedFormat(file);
  if (format === 'docx') return { file, format, ...(await loadDocx(bytes)) };
  if (format === 'pdf') {
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new SeedProblem('not a PDF file (no %PDF header)');
    return { file, format, ...pdfBlocks(await readPdfLines(bytes)) };
  }
  return { file, format, text: decodeTextSeed(bytes), notes: [] };
}

/**
 * Blocks written the way Word's text export writes them (a cell per line after a tab), so a
 * Word or PDF seed without a manifest entry is recognised as an action plan like a text export.
 */
export function seedText(seed: LoadedSeed): string {
  if (seed.format === 'text') return seed.text;
  return seed.blocks
    .map((block) => (block.kind === 'table' ? block.rows.map((row) => row.map((c) => `\t${c.text}`).join('\n')).join('\n\n') : block.text))
    .join('\n');
}
