import { parse, type HTMLElement, NodeType, type Node } from 'node-html-parser';
import { cell, type Block, type TableCell } from '../document-blocks.js';

/** Footnote and endnote references and bodies, as mammoth writes them: never part of a record. */
const NOTE_REFERENCE = 'a[href^="#footnote-"], a[href^="#endnote-"]';
const NOTE_BODY = 'li[id^="footnote-"], li[id^="endnote-"]';
const HEADING = /^h([1-6])$/;

const isElement = (node: Node): node is HTMLElement => node.nodeType === NodeType.ELEMENT_NODE;
const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A cell's text: one line per paragraph or list item inside it. */
function cellText(element: HTMLElement): string {
  const parts = element.querySelectorAll('p, li');
  const lines = parts.length > 0 ? parts.filter((p) => !p.querySelector('p, li')).map((p) => squeeze(p.text)) : [squeeze(element.text)];
  return lines.filter((line) => line !== '').join('\n');
}

function tableRows(table: HTMLElement): TableCell[][] {
  // Rows of this table only: a table nested in a cell is read as that cell's text.
  const rows = table.querySelectorAll('tr').filter((tr) => tr.closest('table') === table);
  return rows.map((tr) =>
    tr.childNodes.filter(isElement).filter((c) => c.rawTagName === 'td' || c.rawTagName === 'th')
      .map((td) => cell(cellText(td), Number(td.getAttribute('colspan') ?? 1) || 1)),
  );
}

function collect(nodes: Node[], blocks: Block[]): void {
  for (const node of nodes) {
    if (!isElement(node)) {
      const text = squeeze(node.text);
      if (text) blocks.push({ kind: 'paragraph', text });
      continue;
    }
    const tag = node.rawTagName?.toLowerCase() ?? '';
    const heading = HEADING.exec(tag);
    if (heading) {
      const text = squeeze(node.text);
      if (text) blocks.push({ kind: 'heading', level: Number(heading[1]), text });
    } else if (tag === 'table') {
      blocks.push({ kind: 'table', rows: tableRows(node) });
    } else if (tag === 'ul' || tag === 'ol') {
      for (const item of node.querySelectorAll('li')) {
        const own = squeeze(item.childNodes.filter((c) => !(isElement(c) && /^(ul|ol)$/.test(c.rawTagName))).map((c) => c.text).join(''));
        if (own) blocks.push({ kind: 'paragraph', text: own });
      }
    } else if (tag === 'p') {
      const text = squeeze(node.text);
      if (text) blocks.push({ kind: 'paragraph', text });
    } else {
      collect(node.childNodes, blocks);
    }
  }
}

/**
 * mammoth's HTML as blocks: headings (from Word heading styles), paragraphs, list items and
 * tables with merged cells kept as spans. Footnote markers and bodies are removed first.
 */
export function htmlToBlocks(html: string): Block[] {
  const root = parse(html);
  for (const element of root.querySelectorAll(`${NOTE_REFERENCE}, ${NOTE_BODY}`)) {
    // The marker sits in a <sup>; drop it whole so no stray brackets remain.
    (element.parentNode?.rawTagName === 'sup' ? element.parentNode : element).remove();
  }
  for (const list of root.querySelectorAll('ol, ul')) if (list.childNodes.filter(isElement).length === 0) list.remove();
  const blocks: Block[] = [];
  collect(root.childNodes, blocks);
  return blocks;
}
