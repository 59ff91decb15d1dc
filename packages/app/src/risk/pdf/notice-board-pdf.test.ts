// The notice board PDF: A3 landscape, the embedded CJK font, every point worst first with its QR address, the legend;
// and what happens to characters the committed font subset lacks.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { riskLevels } from '@hazgov/domain/risk/types';
import { readPdf } from '../../major-hazards/pdf-test-support.js';
import { SYSTEM_CJK_FONTS } from './cjk-font.js';
import { renderNoticeBoard, type NoticeBoard } from './notice-board-pdf.js';
import { BASE_URL, fixturePoint, flat, hugePoint, printedLines } from './print-fixture.js';
import { reportPhones } from './printed-point.js';

const board = (over: Partial<NoticeBoard> = {}): NoticeBoard => ({
  enterprise: { name: '广州温泉化工有限公司', territoryName: '温泉镇', address: '从化区温泉镇温泉大道1号' },
  points: [
    fixturePoint('p-blue', '原料仓库', 'blue'), fixturePoint('p-red', '甲醇储罐区', 'red'),
    fixturePoint('p-yellow', '配电房', 'yellow'), fixturePoint('p-orange', '装卸站台', 'orange'),
  ],
  phones: reportPhones(JSON.stringify([{ duty: '主要负责人', name: '张三', phone: '020-87654321' }, { duty: '安全负责人', name: '李四', phone: '13900000000' }])),
  printedOn: '2026-03-02',
  ...over,
});
const noSystemFonts = { systemFonts: [] }; // the committed subset only, as on a machine without CJK fonts
const systemFont = SYSTEM_CJK_FONTS.find((f) => fs.existsSync(f.file));

describe('notice board PDF', () => {
  it('prints the title, the legend and every point worst first with its QR address, in an embedded font on A3 landscape', async () => {
    const { pdf, missingChars, font } = await renderNoticeBoard(board(), noSystemFonts);
    expect(font).toBe('subset');
    expect(missingChars).toEqual([]);
    const facts = readPdf(pdf);
    expect(facts.header).toBe('%PDF-1.3');
    expect(facts.pageCount).toBe(1);
    expect(facts.fontNames.some((f) => /NotoSansCJKsc-Regular/.test(f))).toBe(true);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 1190\.55 841\.89\]/); // A3 turned landscape
    const text = flat(facts.text);
    for (const s of ['安全风险公告栏', '广州温泉化工有限公司', '所在镇（街）：温泉镇', '风险点4个',
      '重大风险（红）', '较大风险（橙）', '一般风险（黄）', '低风险（蓝）',
      '【工程技术措施】设置可燃气体检测报警仪', '【管理措施】执行动火作业审批', '【培训教育措施】每年开展岗位安全培训', '【个体防护措施】防静电工作服',
      '1.启动泄漏应急预案2.立即切断物料并疏散人员', '公司级', '安全环保部李明13800000001', '火灾、爆炸、中毒和窒息', '1.甲醇储罐泄漏2.静电积聚',
      '如发现险情请立即报告：安全负责人李四13900000000主要负责人张三020-87654321火警119急救120报警110', '打印日期：2026年3月2日', '第1页，共1页']) {
      expect(text, s).toContain(s);
    }
    for (const id of ['p-red', 'p-orange', 'p-yellow', 'p-blue']) expect(text).toContain(`${BASE_URL}/risk/points/${id}`);
    const order = ['甲醇储罐区', '装卸站台', '配电房', '原料仓库'].map((n) => text.indexOf(`${n}（`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    const latin = pdf.toString('latin1');
    expect((latin.match(/\/Subtype \/Image/g) ?? []).length - (latin.match(/\/SMask \d+ 0 R/g) ?? []).length).toBe(4); // one QR per point (each PNG's alpha is a soft mask)
  });

  it('breaks a long board across pages, repeating the table header', async () => {
    const points = Array.from({ length: 30 }, (_, i) => fixturePoint(`p${i}`, `风险点${i + 1}`, riskLevels[i % 4] ?? 'red'));
    const facts = readPdf((await renderNoticeBoard(board({ points }), noSystemFonts)).pdf);
    expect(facts.pageCount).toBeGreaterThan(1);
    const text = flat(facts.text);
    expect(text.split('扫码查看').length - 1).toBe(facts.pageCount);
    expect(text).toContain(`共${facts.pageCount}页`);
    for (let i = 1; i <= 30; i += 1) expect(text).toContain(`风险点${i}（`);
  });

  it('prints an enterprise without risk points as an empty board, not an error', async () => {
    const text = flat(readPdf((await renderNoticeBoard(board({ points: [] }), noSystemFonts)).pdf).text);
    expect(text).toContain('本企业尚未登记风险点');
    expect(text).toContain('风险点0个');
  });

  it('without a system CJK font, draws a character outside the subset as □ and lists it, keeping the rest', async () => {
    const points = [fixturePoint('p1', '堃源储罐区', 'red', { responsiblePerson: '王喆' })];
    const { pdf, missingChars, font } = await renderNoticeBoard(board({ points }), noSystemFonts);
    expect(font).toBe('subset');
    expect(missingChars.sort()).toEqual(['喆', '堃'].sort());
    const text = flat(readPdf(pdf).text);
    expect(text).toContain('□源储罐区');
    expect(text).toContain('王□');
    expect(text).toContain('字体未收录的字符以□代替');
    expect(text).toMatch(/U\+5803/);
    expect(text).toMatch(/U\+5586/);
  });

  it.skipIf(!systemFont)('with the system Noto Sans CJK installed, prints such a character in that font instead', async () => {
    const points = [fixturePoint('p1', '堃源储罐区', 'red', { responsiblePerson: '王喆', emergencyText: '拨打电话😀' })];
    const { pdf, missingChars, font } = await renderNoticeBoard(board({ points }));
    expect(font).toBe(systemFont?.file);
    expect(missingChars).toEqual(['😀']); // no CJK font has emoji: still marked, never dropped
    const text = flat(readPdf(pdf).text);
    expect(text).toContain('堃源储罐区');
    expect(text).toContain('王喆');
    expect(text).toContain('拨打电话□');
    expect(text).toContain('U+1F600');
  });
});

describe('notice board PDF, a point longer than a page', () => {
  it('continues the point on the next pages as (续) rows, every line printed', async () => {
    const facts = readPdf((await renderNoticeBoard(board({ points: [hugePoint(80), fixturePoint('p-small', '小风险点', 'blue')] }), noSystemFonts)).pdf);
    expect(facts.pageCount).toBeGreaterThan(1);
    const text = flat(facts.text);
    for (const line of printedLines(80)) expect(text).toContain(line);
    expect(text).toContain('重大风险（续）');
    expect(text).toContain('巨型风险点（生产/储存单元，受控）（续）');
    expect(text).not.toContain('（续）（续）');
    expect(text).toContain('小风险点（');
  });
});
