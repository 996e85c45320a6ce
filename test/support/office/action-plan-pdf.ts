import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { ActionItemRecord } from '../../../retrieval/corpus/records.js';
import { numberCell, type ResolutionModel } from './action-plan-model.js';

/** DejaVu Sans has √ and ✓; pdfkit's built-in fonts have neither. */
export const FONT = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

const SIZE = 8;
const PAD = 4;
const BOTTOM = 800;
/** Left edges and widths of the five columns (A4, 40 pt margins). */
const COLUMNS = [
  { x: 40, width: 50, label: 'Action Item' },
  { x: 94, width: 206, label: 'Action' },
  { x: 304, width: 86, label: 'Milestone' },
  { x: 394, width: 86, label: 'Periodic goals met' },
  { x: 484, width: 70, label: 'Completed' },
];
const STATUS = { x: COLUMNS[1]!.x, width: COLUMNS[4]!.x + COLUMNS[4]!.width - COLUMNS[1]!.x };

type Pdf = InstanceType<typeof PDFDocument>;

function drawRow(pdf: Pdf, texts: string[]): void {
  const height = Math.max(...texts.map((t, i) => pdf.heightOfString(t || ' ', { width: COLUMNS[i]!.width }))) + 2 * PAD;
  if (pdf.y + height > BOTTOM) pdf.addPage();
  const top = pdf.y + PAD;
  texts.forEach((t, i) => {
    if (t) pdf.text(t, COLUMNS[i]!.x, top, { width: COLUMNS[i]!.width });
  });
  pdf.y = top + height - PAD;
}

function drawItem(pdf: Pdf, item: ActionItemRecord): void {
  drawRow(pdf, [numberCell(item), item.action, item.milestone, item.goalsMet ? '√' : '', item.completed ? '✓' : '']);
  // The status spans the four columns after the number; long ones flow onto the next page.
  pdf.y += PAD;
  if (pdf.y + 3 * SIZE > BOTTOM) pdf.addPage();
  pdf.text(item.status, STATUS.x, pdf.y, { width: STATUS.width, paragraphGap: 4 });
  pdf.y += PAD;
}

/**
 * The same action plan as a PDF printed from Word: headings set larger than the body, the
 * table drawn with its columns, item rows and status rows merged across the columns.
 */
export function actionPlanPdf(model: ResolutionModel[]): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margins: { top: 40, bottom: 40, left: 40, right: 40 } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  pdf.registerFont('body', FONT);
  for (const { resolution, items } of model) {
    pdf.font('body').fontSize(14).text(`Resolution ${resolution.number} - ${resolution.title}`, 40, pdf.y, { width: 515, paragraphGap: 8 });
    pdf.fontSize(SIZE).text(`Resolution ${resolution.number}`, 40, pdf.y, { paragraphGap: 8 });
    pdf.text(resolution.operativeText, 40, pdf.y, { width: 515, paragraphGap: 6 });
    pdf.y += 6;
    drawRow(pdf, COLUMNS.map((c) => c.label));
    for (const item of items) drawItem(pdf, item);
    pdf.addPage();
  }
  pdf.end();
  return done;
}
