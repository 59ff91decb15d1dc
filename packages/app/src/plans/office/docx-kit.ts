// The look of a Chinese government document (GB/T 9704 in spirit): A4 with the standard margins, 仿宋 body in
// 三号 with 28-point lines, 宋体 bold title, "— 1 —" page numbers. Shared by the unit report and the roll-up.
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IFontAttributesProperties,
} from 'docx';

export const FONT_BODY = '仿宋';
export const FONT_TITLE = '宋体';
export const FONT_HEADING = '黑体';

// Word picks the eastAsia font for Chinese characters and ascii/hAnsi for digits and Latin; official documents
// set digits in Times New Roman, so each run names both explicitly.
export function fonts(eastAsia: string): IFontAttributesProperties {
  return { eastAsia, ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' };
}

/** Sizes in half-points, by the names offices use. */
export const SIZE = { erhao: 44, sanhao: 32, sihao: 28, xiaosi: 24, wuhao: 21 } as const;

const mm = (v: number): number => Math.round((v / 25.4) * 1440);
const A4 = { width: mm(210), height: mm(297) };

export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 320, line: 700, lineRule: LineRuleType.AT_LEAST },
    children: [new TextRun({ text, font: fonts(FONT_TITLE), size: SIZE.erhao, bold: true })],
  });
}

export function bodyParagraph(text: string, options: { indent?: boolean; align?: 'left' | 'right' | 'center'; font?: string; bold?: boolean } = {}): Paragraph {
  const alignment = options.align === 'right' ? AlignmentType.RIGHT : options.align === 'center' ? AlignmentType.CENTER : AlignmentType.JUSTIFIED;
  return new Paragraph({
    alignment,
    // Two characters of 三号 (16 pt) first-line indent; fixed 28 pt lines as the offices print.
    indent: options.indent === false ? undefined : { firstLine: 640 },
    spacing: { line: 560, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text, font: fonts(options.font ?? FONT_BODY), size: SIZE.sanhao, bold: options.bold ?? false })],
  });
}

export function headingParagraph(text: string): Paragraph {
  return bodyParagraph(text, { font: FONT_HEADING });
}

type CellOptions = { align?: 'left' | 'center'; bold?: boolean; shade?: boolean; span?: number };

/** A table cell whose text may hold line breaks: each line becomes its own paragraph, as typed. */
export function textCell(text: string, options: CellOptions = {}): TableCell {
  const lines = text === '' ? [''] : text.split('\n');
  return new TableCell({
    verticalAlign: VerticalAlignTable.CENTER,
    columnSpan: options.span,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    shading: options.shade ? { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } : undefined,
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: options.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [new TextRun({ text: line, font: fonts(FONT_BODY), size: SIZE.wuhao, bold: options.bold ?? false })],
        }),
    ),
  });
}

/**
 * A full-width table; widths are relative weights of the text width. The header row repeats on every page and
 * rows do not split across pages, so a task's text never starts on one sheet and ends on the next.
 */
export function gridTable(
  columns: ReadonlyArray<{ header: string; weight: number; align?: 'left' | 'center' }>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  options: { textWidth: number; boldLastRow?: boolean },
): Table {
  const total = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => Math.floor((c.weight / total) * options.textWidth));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) => textCell(c.header, { bold: true, shade: true })),
  });
  const body = rows.map(
    (cells, r) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((c, i) => textCell(cells[i] ?? '', { align: c.align, bold: options.boldLastRow === true && r === rows.length - 1 })),
      }),
  );
  return new Table({ rows: [header, ...body], columnWidths: widths, width: { size: options.textWidth, type: WidthType.DXA } });
}

export type PageLayout = { landscape: boolean };

const MARGINS = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };

/** Width available to text and tables on the page, in twips. */
export function textWidth(layout: PageLayout): number {
  return (layout.landscape ? A4.height : A4.width) - MARGINS.left - MARGINS.right;
}

export async function governmentDocument(options: { title: string; layout: PageLayout; children: Array<Paragraph | Table> }): Promise<Buffer> {
  const doc = new Document({
    creator: 'HazGov',
    title: options.title,
    styles: { default: { document: { run: { font: fonts(FONT_BODY), size: SIZE.sanhao } } } },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height itself for landscape.
            size: { width: A4.width, height: A4.height, orientation: options.layout.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { ...MARGINS, header: mm(15), footer: mm(20) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fonts(FONT_TITLE), size: SIZE.sihao })],
              }),
            ],
          }),
        },
        children: options.children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
