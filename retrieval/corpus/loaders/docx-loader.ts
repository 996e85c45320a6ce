import mammoth from 'mammoth';
import type { Block } from '../document-blocks.js';
import { htmlToBlocks } from './html-blocks.js';
import { SeedProblem } from './seed-problem.js';

const ZIP = Buffer.from('PK\x03\x04', 'latin1');
const OLE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
/** An encrypted Office file is an OLE container holding an "EncryptedPackage" stream. */
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');

/**
 * A Word file as blocks, through mammoth: tables keep their rows and merged cells, headings come
 * from Word's heading styles, Wingdings ticks become ✓. mammoth leaves out reviewer comments and
 * tracked deletions; footnotes are removed here. Throws a SeedProblem saying why a file
 * cannot be read (password-protected, a legacy .doc, not a Word file at all, damaged).
 */
export async function loadDocx(bytes: Buffer): Promise<{ blocks: Block[]; notes: string[] }> {
  if (bytes.subarray(0, 8).equals(OLE)) {
    throw new SeedProblem(
      bytes.includes(ENCRYPTED_STREAM)
        ? 'password-protected Word file: save it without a password'
        : 'a Word 97–2003 (.doc) file, not .docx: save it as .docx',
    );
  }
  if (!bytes.subarray(0, 4).equals(ZIP)) throw new SeedProblem('not a Word file (.docx is a zip archive; this is not one)');
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    ({ value: html, messages } = await mammoth.convertToHtml({ buffer: bytes }));
  } catch (error) {
    throw new SeedProblem(`damaged Word file (${(error as Error).message.split('\n')[0]})`);
  }
  const blocks = htmlToBlocks(html);
  if (blocks.length === 0) throw new SeedProblem('Word file with no text');
  // mammoth reports styles it has no mapping for; only real read problems are worth a note.
  const notes = messages.filter((m) => m.type === 'error').map((m) => m.message);
  return { blocks, notes };
}
