import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  SymbolRun,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import type { ActionItemRecord } from '../../../retrieval/corpus/records.js';
import { numberCell, type ResolutionModel } from './action-plan-model.js';

const HEADER = ['Action Item', 'Action', 'Milestone', 'Periodic goals met', 'Completed'];
/** The item that carries a reviewer comment, a footnote and a tracked deletion. */
const ANNOTATED = '44-30';

const cell = (children: Paragraph[], columnSpan = 1): TableCell => new TableCell({ children, columnSpan });
const text = (value: string): Paragraph[] => [new Paragraph(value)];

/** Periodic goals met as a typed √, completed as a Wingdings tick (Insert › Symbol), as TSB's files mix them. */
function mark(on: boolean, wingdings: boolean): Paragraph[] {
  if (!on) return [new Paragraph('')];
  return [new Paragraph({ children: [wingdings ? new SymbolRun({ char: 'F0FC', symbolfont: 'Wingdings' }) : new TextRun('√')] })];
}

function actionCell(item: ActionItemRecord): Paragraph[] {
  if (item.id !== ANNOTATED) return text(item.action);
  return [
    new Paragraph({
      children: [
        new CommentRangeStart(0),
        new TextRun(item.action),
        new CommentRangeEnd(0),
        new TextRun({ children: [new CommentReference(0)] }),
        new FootnoteReferenceRun(1),
      ],
    }),
  ];
}

function statusCell(item: ActionItemRecord): Paragraph[] {
  return item.status.split('\n').map((line, i) =>
    item.id === ANNOTATED && i === 0
      ? new Paragraph({ children: [new TextRun(line), new DeletedTextRun({ text: ' DELETED IN REVIEW', id: 7, author: 'TSB', date: '2022-01-10T00:00:00Z' })] })
      : new Paragraph(line),
  );
}

function itemRows(item: ActionItemRecord): TableRow[] {
  return [
    new TableRow({
      children: [cell(text(numberCell(item))), cell(actionCell(item)), cell(text(item.milestone)), cell(mark(item.goalsMet, false)), cell(mark(item.completed, true))],
    }),
    // The status narrative: one cell merged across the four columns after the number.
    new TableRow({ children: [cell(text('')), cell(statusCell(item), 4)] }),
  ];
}

/**
 * The action plan as TSB publishes it in Word: per Resolution a heading (Heading 1 style), the
 * "Resolution N" line, the operative text and a real table of its items, with √ and Wingdings
 * marks, merged status cells, a reviewer comment, a footnote and a tracked deletion.
 */
export async function actionPlanDocx(model: ResolutionModel[]): Promise<Buffer> {
  const children = model.flatMap(({ resolution, items }) => [
    new Paragraph({ text: `Resolution ${resolution.number} - ${resolution.title}`, heading: HeadingLevel.HEADING_1 }),
    new Paragraph(`Resolution ${resolution.number}`),
    ...resolution.operativeText.split('\n').map((line) => new Paragraph(line)),
    new Table({ rows: [new TableRow({ tableHeader: true, children: HEADER.map((h) => cell(text(h))) }), ...items.flatMap(itemRows)] }),
  ]);
  const document = new Document({
    comments: { children: [{ id: 0, author: 'Reviewer', date: new Date('2022-01-10'), children: [new Paragraph('REVIEWER COMMENT: check the figures')] }] },
    footnotes: { 1: { children: [new Paragraph('FOOTNOTE BODY: see Council document C21/35')] } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
