import { Document, HeadingLevel, Packer, Paragraph, SymbolRun, Table, TableCell, TableRow } from 'docx';

const YEARS = ['2014', '2015', '2016', '2017', '2018', '2019', '2020'];
const cell = (children: Paragraph[]): TableCell => new TableCell({ children });
const wingdings = (char: string): Paragraph => new Paragraph({ children: [new SymbolRun({ char, symbolfont: 'Wingdings' })] });

/**
 * A report in Word with heading styles and the ITU report's results table, whose marks are
 * Wingdings ticks (F0FC) and crosses (F0FB).
 */
export function ituReportDocx(): Promise<Buffer> {
  const row = (label: string, marks: string[]): TableRow => new TableRow({ children: [cell([new Paragraph(label)]), ...marks.map((m) => cell([wingdings(m)]))] });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Annex 2 Outcomes of the work of the Union', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Enablers', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('E.1 Ensure efficient and effective use of human, financial and capital resources.'),
          new Table({
            rows: [
              new TableRow({ children: [cell([new Paragraph('')]), ...YEARS.map((y) => cell([new Paragraph(y)]))] }),
              row('IPSAS Compliance (or Annual Audit of accounts is unqualified)', ['F0FC', 'F0FC', 'F0FC', 'F0FC', 'F0FB', 'F0FB', 'F0FB']),
              row('Budget implementation (not overspent)', YEARS.map(() => 'F0FC')),
            ],
          }),
          new Paragraph({ text: 'Regional presence', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('ITU has thirteen field offices that bring the work of the Union closer to its members.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
