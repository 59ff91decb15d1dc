// What both printed risk documents share: a pdfkit document collected into a Buffer, the QR code of a record's
// address as a PNG, and the footer written on every page once the pages are known.
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

export type OpenDocument = { doc: PDFKit.PDFDocument; done: Promise<Buffer> };

export function openDocument(opts: PDFKit.PDFDocumentOptions): OpenDocument {
  const doc = new PDFDocument({ ...opts, bufferPages: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** Medium error correction survives a crease or a smudge on a printed board; 1 module of quiet zone, the cell adds more. */
export async function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 });
}

/** Writes `line(page, count)` at the foot of every buffered page, inside the bottom margin. */
export function footers(doc: PDFKit.PDFDocument, margin: number, size: number, line: (page: number, count: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // the footer sits in the margin; without this pdfkit would open a page for it
    doc.fillColor('#000000').fontSize(size).text(line(i - range.start + 1, range.count), margin, doc.page.height - margin + 4, {
      width: doc.page.width - 2 * margin, align: 'center', lineBreak: false,
    });
  }
}
