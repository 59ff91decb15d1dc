// Draws an enterprise's 安全风险公告栏 (risk notice board) as an A3 landscape PDF: the four-colour legend, then every
// risk point worst first in a table — level colour, name, location, hazard factors, accident types, control
// measures by kind, control level, who is responsible, emergency handling — and a QR code opening the live record,
// its address printed beside it for anyone without a scanner. The table breaks across pages repeating its header.
import { levelColour, measureKinds, riskLevels, type RiskLevel } from '@hazgov/domain/risk/types';
import { codePoints, useCjkFont, type SystemFont } from './cjk-font.js';
import { footers, openDocument, qrPng } from './pdf-document.js';
import {
  CONTROL_LEVEL_NAME, KIND_NAME, LEVEL_COLOUR_NAME, LEVEL_INK, LEVEL_NAME, MEASURE_NAME, STATUS_NAME, chineseDate, textsOf, worstFirst,
  type PrintedPoint, type ReportPhone,
} from './printed-point.js';

export type NoticeBoard = {
  enterprise: { name: string; territoryName: string; address: string | null };
  points: readonly PrintedPoint[];
  phones: readonly ReportPhone[];
  printedOn: string; // China date YYYY-MM-DD
};
export type RenderedPdf = { pdf: Buffer; missingChars: string[]; font: string };

const MARGIN = 28;
const FOOT = 40; // room under the table for the footer
const HEADER = ['风险等级', '风险点名称', '位置', '主要危险因素', '可能导致的事故类型', '管控措施', '管控层级', '责任部门 / 责任人 / 电话', '应急处置措施', '扫码查看'];
// A3 landscape is 1190.55 pt wide; minus two 28 pt margins leaves 1134.
const WIDTHS = [60, 112, 82, 146, 80, 236, 54, 108, 172, 84] as const;
const QR_SIZE = 66;
const PAD = 3;
const BODY = 8.5;
/** The largest of these that keeps the board on one page; a board too long for 7 pt continues on further pages. */
const SIZES = [BODY, 8, 7.5, 7];

const numbered = (items: readonly string[]): string => (items.length === 0 ? '—' : items.length === 1 ? items[0] ?? '' : items.map((x, i) => `${i + 1}. ${x}`).join('\n'));

function cells(p: PrintedPoint): string[] {
  const measures = measureKinds.filter((k) => k !== 'emergency' && p.measures[k].length > 0)
    .map((k) => `【${MEASURE_NAME[k]}】${p.measures[k].join('；')}`).join('\n') || '—';
  const emergency = [...p.measures.emergency, ...(p.emergencyText ? [p.emergencyText] : [])];
  return [
    LEVEL_NAME[p.level],
    `${p.name}\n（${KIND_NAME[p.kind] ?? p.kind}，${STATUS_NAME[p.status] ?? p.status}）`,
    p.location ?? '—',
    numbered(p.hazardFactors),
    p.accidentTypes.join('、') || '—',
    measures,
    CONTROL_LEVEL_NAME[p.controlLevel] ?? p.controlLevel,
    [p.responsibleDepartment, p.responsiblePerson, p.responsiblePhone ?? ''].filter(Boolean).join('\n'),
    numbered(emergency),
    p.url,
  ];
}

export async function renderNoticeBoard(b: NoticeBoard, opts: { systemFonts?: readonly SystemFont[] } = {}): Promise<RenderedPdf> {
  const points = [...b.points].sort(worstFirst);
  const qrs = await Promise.all(points.map((p) => qrPng(p.url)));
  const phoneLine = `如发现险情请立即报告：${b.phones.map((p) => `${p.label} ${p.phone}`).join('　')}`;
  const { doc, done } = openDocument({
    size: 'A3', layout: 'landscape', margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: FOOT },
    info: { Title: `安全风险公告栏 ${b.enterprise.name}`, Author: 'HazGov', Subject: '安全风险分级管控' },
  });
  const font = useCjkFont(doc, [b.enterprise.name, b.enterprise.territoryName, b.enterprise.address ?? '', phoneLine, ...points.flatMap(textsOf)], opts.systemFonts);
  const { safe } = font;
  doc.info.Title = safe(doc.info.Title ?? '');
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - FOOT;

  doc.fillColor('#000000').fontSize(30).text(safe('安全风险公告栏'), MARGIN, MARGIN, { width, align: 'center' });
  doc.moveDown(0.15).fontSize(16).text(safe(b.enterprise.name), { width, align: 'center' });
  const counts = riskLevels.map((l) => `${LEVEL_NAME[l]} ${points.filter((p) => p.level === l).length} 个`).join('，');
  doc.moveDown(0.3).fontSize(10).text(safe(`所在镇（街）：${b.enterprise.territoryName}${b.enterprise.address ? `　地址：${b.enterprise.address}` : ''}　风险点 ${points.length} 个（${counts}）`), { width, align: 'center' });
  legend(doc, safe, doc.y + 8, width);

  doc.y += 10;
  doc.lineWidth(0.6).strokeColor('#000000');
  const header = () => row(doc, HEADER.map(safe), null, null, 9, true, bottom);
  const headerH = rowHeight(doc, HEADER.map(safe), false, 9);
  const rows = points.map((p, i) => ({ texts: cells(p).map(safe), level: p.level, qr: qrs[i] ?? null }));
  const room = bottom() - doc.y - headerH - 30;
  const size = SIZES.find((z) => rows.reduce((sum, r) => sum + rowHeight(doc, r.texts, r.qr !== null, z), 0) <= room) ?? SIZES[SIZES.length - 1] ?? BODY;
  header();
  if (points.length === 0) row(doc, [safe('—'), safe('本企业尚未登记风险点'), '', '', '', '', '', '', '', ''], null, null, BODY, false, bottom);
  for (const r of rows) {
    // A point too long for a whole page is cut into rows of (续) that each fit, so no text runs off a page.
    let cur = { texts: r.texts, qr: r.qr };
    while (rowHeight(doc, cur.texts, cur.qr !== null, size) > bottom() - doc.page.margins.top - headerH) {
      if (bottom() - doc.y < 150) { doc.addPage(); header(); }
      const [head, tail] = splitCells(doc, cur.texts, size, bottom() - doc.y - 2 * PAD, safe);
      row(doc, head, r.level, cur.qr, size, false, bottom, header);
      doc.addPage();
      header();
      cur = { texts: tail, qr: null };
    }
    row(doc, cur.texts, r.level, cur.qr, size, false, bottom, header);
  }

  doc.moveDown(0.8).fontSize(9).fillColor('#000000').text(safe('说明：风险等级按“红、橙、黄、蓝”四色标示（重大、较大、一般、低风险）；扫描二维码可查看该风险点的实时管控信息。'), MARGIN, doc.y, { width });
  if (font.missing.size > 0) doc.fontSize(8).text(`字体未收录的字符以 □ 代替：${codePoints(font.missing)}`, { width });

  footers(doc, MARGIN, 9, (page, count) => safe(`${phoneLine}　　打印日期：${chineseDate(b.printedOn)}　　第 ${page} 页，共 ${count} 页`));
  doc.end();
  return { pdf: await done, missingChars: [...font.missing], font: font.source };
}

/** The four colours in a row, each a filled block with its name (a legend is required on every 公告栏). */
function legend(doc: PDFKit.PDFDocument, safe: (s: string) => string, y: number, width: number): void {
  const block = 150;
  const x0 = MARGIN + (width - block * 4 - 3 * 12) / 2;
  riskLevels.forEach((l: RiskLevel, i) => {
    const x = x0 + i * (block + 12);
    doc.rect(x, y, block, 24).fillAndStroke(levelColour[l], '#000000');
    doc.fillColor(LEVEL_INK[l]).fontSize(12).text(safe(`${LEVEL_NAME[l]}（${LEVEL_COLOUR_NAME[l]}）`), x, y + 6, { width: block, align: 'center', lineBreak: false });
  });
  doc.fillColor('#000000');
  doc.x = MARGIN;
  doc.y = y + 24;
}

/** The height row() will give these cells at this type size. */
function rowHeight(doc: PDFKit.PDFDocument, texts: readonly string[], qr: boolean, size: number): number {
  const last = texts.length - 1;
  const qrCell = qr ? QR_SIZE + 2 + doc.fontSize(6).heightOfString(texts[last] ?? '', { width: (WIDTHS[last] ?? 60) - 2 * PAD }) : 0;
  doc.fontSize(size);
  return Math.max(...texts.map((t, i) => (qr && i === last ? 0 : doc.heightOfString(t, { width: (WIDTHS[i] ?? 60) - 2 * PAD }))), qrCell) + 2 * PAD;
}

/** Cuts a row's cells at `room` points of height: what fits, and the rest marked (续) for the next page. */
function splitCells(doc: PDFKit.PDFDocument, texts: readonly string[], size: number, room: number, safe: (s: string) => string): [string[], string[]] {
  doc.fontSize(size);
  const head: string[] = [];
  const tail: string[] = [];
  texts.forEach((t, i) => {
    const width = (WIDTHS[i] ?? 60) - 2 * PAD;
    const more = safe('（续）');
    if (i === 0 || i === 1) { head.push(t); tail.push(t.endsWith(more) ? t : `${t}${more}`); return; }
    if (i === texts.length - 1 || doc.heightOfString(t, { width }) <= room) { head.push(t); tail.push(''); return; }
    const fits = (n: number) => doc.heightOfString(t.slice(0, n), { width }) <= room;
    let lo = 1;
    let hi = t.length;
    while (lo < hi) { const mid = Math.ceil((lo + hi) / 2); if (fits(mid)) lo = mid; else hi = mid - 1; }
    const lineEnd = t.lastIndexOf('\n', lo);
    const cut = lineEnd > lo / 2 ? lineEnd : lo; // prefer a line boundary when it does not waste half the room
    head.push(t.slice(0, cut));
    tail.push(t.slice(cut).replace(/^\n/, ''));
  });
  return [head, tail];
}

/** One table row: the level cell filled with its colour, the last cell the QR code above its address. */
function row(
  doc: PDFKit.PDFDocument, texts: string[], level: RiskLevel | null, qr: Buffer | null, size: number, shade: boolean,
  bottom: () => number, repeatHeader?: () => void,
): void {
  const textHeight = (t: string, i: number) => doc.fontSize(size).heightOfString(t, { width: (WIDTHS[i] ?? 60) - 2 * PAD });
  const h = rowHeight(doc, texts, qr !== null, size);
  const room = bottom() - doc.page.margins.top;
  if (doc.y + h > bottom() && h <= room) { doc.addPage(); repeatHeader?.(); }
  const y = doc.y;
  let x = MARGIN;
  texts.forEach((t, i) => {
    const w = WIDTHS[i] ?? 60;
    if (shade) doc.rect(x, y, w, h).fillAndStroke('#E7E6E6', '#000000');
    else if (level && i === 0) doc.rect(x, y, w, h).fillAndStroke(levelColour[level], '#000000');
    else doc.rect(x, y, w, h).stroke();
    if (qr && i === texts.length - 1) {
      doc.image(qr, x + (w - QR_SIZE) / 2, y + PAD, { width: QR_SIZE, height: QR_SIZE });
      doc.fillColor('#000000').fontSize(6).text(t, x + PAD, y + PAD + QR_SIZE + 2, { width: w - 2 * PAD, align: 'center' });
    } else {
      const ink = level && i === 0 ? LEVEL_INK[level] : '#000000';
      const centre = shade || i === 0 || i === 6;
      const dy = i === 0 && level ? Math.max(PAD, (h - textHeight(t, i)) / 2) : PAD;
      doc.fillColor(ink).fontSize(size).text(t, x + PAD, y + dy, { width: w - 2 * PAD, align: centre ? 'center' : 'left' });
    }
    x += w;
  });
  doc.fillColor('#000000');
  doc.x = MARGIN;
  doc.y = y + h;
}
