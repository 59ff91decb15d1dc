// Draws 岗位安全风险告知卡 (明白卡): one A4 portrait page per post, for the people working it — the risk points the
// post is exposed to (each with its colour, hazards, accident types, what to do at the post, protective equipment and
// emergency handling, and a QR code opening the live record), the emergency phones, and a line for the worker's
// signature (岗位安全风险确认). A post with so many points that they overflow continues on a second page.
import { levelColour, type RiskLevel } from '@hazgov/domain/risk/types';
import { codePoints, useCjkFont, type SystemFont } from './cjk-font.js';
import type { RenderedPdf } from './notice-board-pdf.js';
import { footers, openDocument, qrPng } from './pdf-document.js';
import { CONTROL_LEVEL_NAME, LEVEL_INK, LEVEL_NAME, chineseDate, textsOf, worstFirst, type PrintedPoint, type ReportPhone } from './printed-point.js';

export type PostCard = { post: string | null; points: readonly PrintedPoint[] };
export type PostCards = {
  ownerName: string; // the enterprise, or for a public place the territory and the place
  cards: readonly PostCard[];
  phones: readonly ReportPhone[];
  printedOn: string;
};

const MARGIN = 36;
const FOOT = 40;
const QR = 54;
const LABEL = 78;
const BODY = 8.5;
const SIZES = [BODY, 8, 7.5, 7, 6.5];

export async function renderPostCards(c: PostCards, opts: { systemFonts?: readonly SystemFont[] } = {}): Promise<RenderedPdf> {
  const cards = c.cards.map((card) => ({ post: card.post, points: [...card.points].sort(worstFirst) }));
  const qrByUrl = new Map<string, Buffer>();
  for (const p of cards.flatMap((k) => k.points)) if (!qrByUrl.has(p.url)) qrByUrl.set(p.url, await qrPng(p.url));
  const phoneLine = c.phones.map((p) => `${p.label} ${p.phone}`).join('　');
  const { doc, done } = openDocument({
    size: 'A4', margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: FOOT }, autoFirstPage: false,
    info: { Title: `岗位安全风险告知卡 ${c.ownerName}`, Author: 'HazGov', Subject: '安全风险分级管控' },
  });
  const font = useCjkFont(doc, [c.ownerName, phoneLine, ...cards.map((k) => k.post ?? ''), ...cards.flatMap((k) => k.points.flatMap(textsOf))], opts.systemFonts);
  const { safe } = font;
  doc.info.Title = safe(doc.info.Title ?? '');

  for (const card of cards) {
    doc.addPage();
    const width = doc.page.width - 2 * MARGIN;
    const bottom = doc.page.height - FOOT;
    const worst = card.points[0]?.level;
    doc.rect(MARGIN, MARGIN, width, 6).fill(worst ? levelColour[worst] : '#999999');
    doc.fillColor('#000000').fontSize(20).text(safe('岗位安全风险告知卡'), MARGIN, MARGIN + 12, { width, align: 'center' });
    doc.fontSize(10).text(safe('（明白卡）'), { width, align: 'center' });
    doc.moveDown(0.3).fontSize(12).text(safe(`岗位：${card.post ?? '未指定岗位'}`), MARGIN, doc.y, { width });
    doc.fontSize(10.5).text(safe(`单位：${c.ownerName}`), { width });
    if (worst) doc.text(safe(`本岗位最高风险等级：${LEVEL_NAME[worst]}；涉及风险点 ${card.points.length} 个`), { width });
    doc.moveDown(0.3);

    const blocks = card.points.map((p) => ({ p, title: safe(`【${LEVEL_NAME[p.level]}】${p.name}${p.location ? `（${p.location}）` : ''}`), rows: pointRows(p).map(([k, v]) => [safe(k), safe(v)] as const) }));
    // The largest type that keeps the card on one page; a post with very many points continues on the next page.
    const phones = safe(`应急电话：${phoneLine}`);
    const boxH = doc.fontSize(10.5).heightOfString(phones, { width: width - 12 }) + 14;
    const closing = boxH + 40; // the phones box and the signature line
    const room = bottom - doc.y - closing;
    const size = SIZES.find((s) => blocks.reduce((sum, b) => sum + pointHeight(doc, b.title, b.rows, s, width), 0) <= room) ?? SIZES[SIZES.length - 1] ?? BODY;
    for (const b of blocks) {
      if (doc.y + pointHeight(doc, b.title, b.rows, size, width) > bottom && doc.y > doc.page.margins.top + 150) doc.addPage();
      drawPoint(doc, b.p, b.title, b.rows, size, qrByUrl.get(b.p.url) ?? null, width);
    }
    if (card.points.length === 0) doc.fontSize(10).text(safe('本岗位尚无登记的风险点。'), MARGIN, doc.y, { width });

    if (doc.y + closing > bottom) doc.addPage();
    doc.moveDown(0.5).lineWidth(0.8).rect(MARGIN, doc.y, width, boxH).stroke();
    const y = doc.y;
    doc.fillColor('#C00000').fontSize(10.5).text(phones, MARGIN + 6, y + 7, { width: width - 12 });
    doc.fillColor('#000000').fontSize(10).text(safe('岗位人员确认：本人已知晓本岗位安全风险及防范、应急措施。　签字：＿＿＿＿＿＿　日期：＿＿＿＿＿＿'), MARGIN, y + boxH + 10, { width });
  }
  if (font.missing.size > 0) doc.fontSize(8).text(`字体未收录的字符以 □ 代替：${codePoints(font.missing)}`, MARGIN, doc.y + 4, { width: doc.page.width - 2 * MARGIN });

  footers(doc, MARGIN, 8, (page, count) => safe(`打印日期：${chineseDate(c.printedOn)}　扫描二维码查看风险点实时管控信息　第 ${page} 页，共 ${count} 页`));
  doc.end();
  return { pdf: await done, missingChars: [...font.missing], font: font.source };
}

function pointRows(p: PrintedPoint): [string, string][] {
  const m = p.measures;
  const post = [...m.engineering, ...m.management, ...m.training];
  const emergency = [...m.emergency, ...(p.emergencyText ? [p.emergencyText] : [])];
  const list = (xs: readonly string[]) => (xs.length === 0 ? '—' : xs.length === 1 ? xs[0] ?? '' : xs.map((x, i) => `${i + 1}. ${x}`).join('\n'));
  return [
    ['主要危险因素', list(p.hazardFactors)],
    ['可能导致的事故', p.accidentTypes.join('、') || '—'],
    ['岗位操作要点\n（管控措施）', list(post)],
    ['个体防护', list(m.ppe)],
    ['应急处置', list(emergency)],
    ['管控责任', `${CONTROL_LEVEL_NAME[p.controlLevel] ?? p.controlLevel}　${p.responsibleDepartment}　${p.responsiblePerson}${p.responsiblePhone ? `　${p.responsiblePhone}` : ''}`],
  ];
}

type Rows = readonly (readonly [string, string])[];
const valueWidth = (width: number) => width - LABEL - 8 - QR - 10;

/** Exactly the height drawPoint will take at this type size. */
function pointHeight(doc: PDFKit.PDFDocument, title: string, rows: Rows, size: number, width: number): number {
  const titleH = doc.fontSize(size + 2.5).heightOfString(title, { width: width - 12 }) + 8;
  doc.fontSize(size);
  const body = rows.reduce((sum, [label, value]) => sum + Math.max(doc.heightOfString(label, { width: LABEL }), doc.heightOfString(value, { width: valueWidth(width) })) + 2, 0);
  const qr = QR + 1 + doc.fontSize(5.5).heightOfString('x'.repeat(60), { width: QR + 6 });
  return titleH + 4 + Math.max(body, qr) + 6;
}

function drawPoint(doc: PDFKit.PDFDocument, p: PrintedPoint, title: string, rows: Rows, size: number, qr: Buffer | null, width: number): void {
  const x = MARGIN;
  const top = doc.y;
  const level: RiskLevel = p.level;
  const titleH = doc.fontSize(size + 2.5).heightOfString(title, { width: width - 12 }) + 8;
  doc.rect(x, top, width, titleH).fill(levelColour[level]);
  doc.fillColor(LEVEL_INK[level]).fontSize(size + 2.5).text(title, x + 6, top + 4.5, { width: width - 12 });
  doc.fillColor('#000000');
  let y = top + titleH + 4;
  let qrBottom = y;
  if (qr) {
    doc.image(qr, x + width - QR, y, { width: QR, height: QR });
    doc.fontSize(5.5).text(p.url, x + width - QR - 6, y + QR + 1, { width: QR + 6, align: 'center' });
    qrBottom = doc.y;
  }
  const firstPage = doc.page;
  for (const [label, value] of rows) {
    doc.fontSize(size).fillColor('#444444').text(label, x, y, { width: LABEL });
    const lh = doc.y - y;
    const page = doc.page;
    doc.fillColor('#000000').fontSize(size).text(value, x + LABEL + 8, y, { width: valueWidth(width) });
    // A value longer than the page flows onto the next one (pdfkit opens it); carry on below it there.
    y = (doc.page === page ? Math.max(doc.y, y + lh) : doc.y) + 2;
  }
  if (doc.page === firstPage) y = Math.max(y, qrBottom);
  doc.lineWidth(0.5).strokeColor('#999999').moveTo(x, y + 2).lineTo(x + width, y + 2).stroke().strokeColor('#000000');
  doc.x = x;
  doc.y = y + 6;
}
