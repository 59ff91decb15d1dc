// Draws the identification report (危险化学品重大危险源辨识与分级报告) as an A4 PDF with pdfkit, embedding the
// committed Noto Sans SC subset (data/fonts/, OFL) so it prints Chinese on any machine; pdfkit subsets it again per
// document and writes a ToUnicode map, so the text can be searched and copied. A character the font lacks is drawn
// as □ and listed by code point at the end, never dropped silently.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import type { IdentificationTrace } from '@hazgov/domain/major-hazards/identification-trace';
import type { Requirement } from '@hazgov/domain/major-hazards/monitoring-requirements';
import { lineCells, REPORT_COLUMNS, resultStatements, traceLines } from './report-text.js';
import { woff2ToSfnt } from './woff2-to-sfnt.js';

const FONT_FILE = fileURLToPath(new URL('../../../../data/fonts/NotoSansSC-Regular-GB2312.woff2', import.meta.url));
const CHARS_FILE = fileURLToPath(new URL('../../../../data/fonts/NotoSansSC-Regular-GB2312.chars.txt', import.meta.url));
let font: { data: Buffer; chars: Set<string> } | null = null;
function loadFont(): { data: Buffer; chars: Set<string> } {
  if (!font) {
    const woff2 = fs.readFileSync(FONT_FILE);
    font = { data: woff2ToSfnt(woff2) ?? woff2, chars: new Set(fs.readFileSync(CHARS_FILE, 'utf8')) };
  }
  return font;
}

export type IdentificationReport = {
  enterprise: { name: string; uscc: string; address: string | null };
  territoryName: string;
  unit: { name: string; kind: string; facility: string | null; population500m: number | null; populationSource: string | null };
  identification: IdentificationTrace;
  /** By line index: how the quantity was declared when not in tonnes (declaredQuantity). */
  declaredQuantities?: readonly (string | null)[];
  identifiedAt: string | null;
  register: { filingStatus: string; filingNumber: string | null; filedOn: string | null; persons: { duty: string; name: string | null; phone: string | null }[] } | null;
  monitoring: readonly Requirement[];
  generatedAt: string;
};

const KIND: Record<string, string> = { production: '生产单元', storage: '储存单元' };
const FACILITY: Record<string, string> = { tank_farm: '罐区', warehouse: '库区（仓库）', process: '生产装置', other: '其他' };
const FILING: Record<string, string> = { not_filed: '未备案', filed: '已备案', refile_needed: '需重新备案' };
const chinaDate = (iso: string | null): string =>
  iso ? new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(iso)) : '—';

// Column widths (pt) of the line table; A4 minus 45 pt margins is 505 pt.
const WIDTHS = [24, 80, 48, 40, 92, 50, 28, 85, 58] as const;
const MARGIN = 45;
/** Flowing text stops this far above the page's foot, leaving room for the page-number footer. */
const BOTTOM_MARGIN = 62;

export async function renderIdentificationReport(r: IdentificationReport): Promise<Buffer> {
  const { data, chars } = loadFont();
  const missing = new Set<string>();
  const safe = (text: string): string => [...text].map((c) => {
    if (c === '\n' || chars.has(c)) return c;
    missing.add(c);
    return '□';
  }).join('');

  const doc = new PDFDocument({
    size: 'A4', margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: BOTTOM_MARGIN }, bufferPages: true,
    info: { Title: safe(`重大危险源辨识与分级报告 ${r.enterprise.name} ${r.unit.name}`), Author: 'HazGov', Subject: 'GB 18218-2018', CreationDate: new Date(r.generatedAt) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('cjk', data);
  doc.font('cjk');
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - BOTTOM_MARGIN;
  const ensure = (h: number) => { if (doc.y + h > bottom()) doc.addPage(); };
  const heading = (text: string) => { ensure(40); doc.moveDown(0.6).fontSize(12).text(safe(text)).moveDown(0.3).fontSize(9.5); };
  const para = (text: string) => { doc.fontSize(9.5).text(safe(text), { width }); };
  const pairs = (rows: [string, string][]) => { for (const [k, v] of rows) para(`${k}：${v}`); };

  doc.fontSize(16).text(safe('危险化学品重大危险源辨识与分级报告'), { align: 'center' });
  doc.moveDown(0.2).fontSize(9.5).text(safe(`依据 ${'GB 18218-2018《危险化学品重大危险源辨识》'}`), { align: 'center' });

  heading('一、基本情况');
  pairs([
    ['企业名称', r.enterprise.name], ['统一社会信用代码', r.enterprise.uscc], ['地址', r.enterprise.address ?? '—'], ['所在镇（街）', r.territoryName],
    ['辨识单元', `${r.unit.name}（${KIND[r.unit.kind] ?? r.unit.kind}${r.unit.facility ? `，${FACILITY[r.unit.facility] ?? r.unit.facility}` : ''}）`],
    ['厂区边界外 500 米范围内常住人数', r.unit.population500m === null ? '未填写' : `${r.unit.population500m} 人${r.unit.populationSource === 'layer' ? '（人口图层统计）' : '（填报）'}`],
  ]);

  heading('二、危险化学品存量、临界量与校正系数');
  const lines = traceLines(r.identification);
  drawTable(doc, REPORT_COLUMNS.map(safe), lines.map((l) => lineCells(l, r.declaredQuantities?.[l.index] ?? null).map(safe)), bottom);
  doc.fontSize(8).text(safe('注：q 为设计最大量（GB 18218-2018 第 4.2.2 条），单位吨；Q 取自表1（列名物质）或表2（按危险性类别，取最小值）；β 取自表3（毒性气体）或表4（按危险性类别）。数值按截断显示，标“…”者另附精确分数。'), MARGIN, doc.y + 4, { width });

  heading('三、辨识与分级结果');
  for (const s of resultStatements(r.identification)) para(s);

  heading('四、重大危险源登记');
  if (!r.register) para('尚无登记信息。');
  else {
    pairs([['备案状态', FILING[r.register.filingStatus] ?? r.register.filingStatus], ['备案编号', r.register.filingNumber ?? '—'], ['备案日期', r.register.filedOn ?? '—']]);
    for (const p of r.register.persons) para(`${p.duty}：${p.name ?? '未填写'}${p.phone ? `（${p.phone}）` : ''}`);
  }
  if (r.monitoring.length > 0) {
    heading('五、监测监控与管理要求');
    r.monitoring.forEach((m, i) => para(`${i + 1}. ${m.zh}${m.basis ? `〔依据：${m.basis}〕` : ''}`));
  }

  doc.moveDown(1);
  pairs([['辨识日期', chinaDate(r.identifiedAt)], ['报告生成', chinaDate(r.generatedAt)], ['依据标准', 'GB 18218-2018《危险化学品重大危险源辨识》']]);
  doc.fontSize(8).text(safe('本报告由 HazGov 平台根据已登记的存量数据按标准自动计算，供辨识、备案和监管参考。'), { width });
  if (missing.size > 0) {
    doc.fontSize(8).text(`字体未收录的字符以 □ 代替：${[...missing].map((c) => `U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`).join(' ')}`, { width });
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // the footer sits in the margin; without this pdfkit would open a page for it
    doc.fontSize(8).text(safe(`第 ${i + 1} 页，共 ${range.count} 页`), MARGIN, doc.page.height - MARGIN, { width, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}

/** A grid table that wraps cell text, breaks across pages and repeats its header. */
function drawTable(doc: PDFKit.PDFDocument, header: string[], rows: string[][], bottom: () => number): void {
  const x0 = MARGIN;
  const pad = 2.5;
  const rowHeight = (cells: string[], size: number) => {
    doc.fontSize(size);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: (WIDTHS[i] ?? 40) - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], size: number, shade: boolean) => {
    const h = rowHeight(cells, size);
    if (doc.y + h > bottom()) { doc.addPage(); if (!shade) drawRow(header, 8, true); }
    const y = doc.y;
    let x = x0;
    cells.forEach((c, i) => {
      const w = WIDTHS[i] ?? 40;
      if (shade) doc.rect(x, y, w, h).fillAndStroke('#f0f0f0', '#000000').fillColor('#000000');
      else doc.rect(x, y, w, h).stroke();
      doc.fontSize(size).text(c, x + pad, y + pad, { width: w - 2 * pad });
      x += w;
    });
    doc.x = x0;
    doc.y = y + h;
  };
  doc.lineWidth(0.5);
  drawRow(header, 8, true);
  if (rows.length === 0) drawRow(['—', '（无存量记录）', '', '', '', '', '', '', ''], 8, false);
  for (const row of rows) drawRow(row, 8, false);
}
