import { cleanLine, squeezeSpaces } from './clean-text.js';
import type { Block } from './document-blocks.js';
import { PassageBuilder } from './passage-builder.js';
import type { DocumentInfo, PassageRecord } from './records.js';
import { isNoiseLine } from './report-headings.js';
import { renderTableRow } from './report-table-row.js';

/**
 * A report read from blocks (a Word file's styles, a PDF's type sizes) into passages: headings
 * open sections at their level, paragraphs and table rows fill them, a table's first row labels
 * its marks. Returns undefined when the document has no headings at all, so the caller can fall
 * back to reading headings from the text as in a text export.
 */
export function parseReportBlocks(blocks: Block[], doc: DocumentInfo): PassageRecord[] | undefined {
  if (!blocks.some((block) => block.kind === 'heading')) return undefined;
  const builder = new PassageBuilder(doc);
  for (const block of blocks) {
    if (block.kind === 'heading') {
      builder.openHeading({ level: block.level, title: squeezeSpaces(cleanLine(block.text)), numbered: true });
    } else if (block.kind === 'paragraph') {
      const text = squeezeSpaces(cleanLine(block.text));
      if (!isNoiseLine(text)) builder.addParagraph(text);
    } else {
      const rows = block.rows.map((row) => row.map((c) => cleanLine(c.text.replace(/\n/g, ' '))));
      rows.forEach((row, i) => {
        const text = renderTableRow(row, i > 0 ? rows[0] : undefined);
        if (text) builder.addParagraph(text);
      });
    }
  }
  return builder.finish();
}
