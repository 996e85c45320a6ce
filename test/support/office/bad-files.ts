import CFB from 'cfb';
import PDFDocument from 'pdfkit';

/** A .docx cut short: a zip header and then nothing a zip reader can follow. */
export function corruptDocx(): Buffer {
  return Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(600, 0x41)]);
}

/**
 * What Word writes when a document is saved with a password: an OLE compound file holding the
 * encryption header and the encrypted package instead of a zip.
 */
export function passwordProtectedDocx(): Buffer {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, 'EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  CFB.utils.cfb_add(container, 'EncryptedPackage', Buffer.alloc(4096, 0x5a));
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

/** A scanned page: drawn shapes and no text layer. */
export function imageOnlyPdf(): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  for (let line = 0; line < 40; line++) pdf.rect(60, 80 + line * 16, 300 + ((line * 37) % 160), 8).fill('#333');
  pdf.end();
  return done;
}
