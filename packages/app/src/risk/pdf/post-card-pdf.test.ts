// The post cards PDF (明白卡): one A4 page per post with the post's points, the emergency phones and the QR address.
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../major-hazards/pdf-test-support.js';
import { renderPostCards, type PostCards } from './post-card-pdf.js';
import { BASE_URL, fixturePoint, flat, hugePoint, printedLines } from './print-fixture.js';
import { reportPhones } from './printed-point.js';

const red = fixturePoint('p-red', '甲醇储罐区', 'red');
const yellow = fixturePoint('p-yellow', '配电房', 'yellow', { posts: ['电工'] });
const blue = fixturePoint('p-blue', '装卸站台', 'blue', { posts: ['装卸工'] });
const cards = (over: Partial<PostCards> = {}): PostCards => ({
  ownerName: '广州温泉化工有限公司',
  cards: [{ post: '装卸工', points: [blue, red] }, { post: '电工', points: [yellow] }],
  phones: reportPhones(JSON.stringify([{ duty: '安全负责人', name: '李四', phone: '13900000000' }])),
  printedOn: '2026-03-02',
  ...over,
});

describe('post card PDF', () => {
  it('prints one A4 page per post with its points worst first, PPE, emergency handling, phones and QR addresses', async () => {
    const { pdf } = await renderPostCards(cards(), { systemFonts: [] });
    const facts = readPdf(pdf);
    expect(facts.pageCount).toBe(2);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(facts.fontNames.some((f) => /NotoSansCJKsc-Regular/.test(f))).toBe(true);
    const text = flat(facts.text);
    expect(text.split('岗位安全风险告知卡').length - 1).toBe(2);
    for (const s of ['（明白卡）', '岗位：装卸工', '岗位：电工', '单位：广州温泉化工有限公司', '本岗位最高风险等级：重大风险；涉及风险点2个',
      '【重大风险】甲醇储罐区（储罐区东侧）', '【低风险】装卸站台', '【一般风险】配电房', '个体防护防静电工作服', '可能导致的事故火灾、爆炸、中毒和窒息',
      '1.设置可燃气体检测报警仪2.执行动火作业审批3.每年开展岗位安全培训', '应急处置1.启动泄漏应急预案2.立即切断物料并疏散人员',
      '应急电话：安全负责人李四13900000000火警119急救120报警110', '签字：', '打印日期：2026年3月2日']) {
      expect(text, s).toContain(s);
    }
    expect(text.indexOf('【重大风险】甲醇储罐区')).toBeLessThan(text.indexOf('【低风险】装卸站台'));
    for (const id of ['p-red', 'p-yellow', 'p-blue']) expect(text).toContain(`${BASE_URL}/risk/points/${id}`);
    expect(text.indexOf('岗位：电工')).toBeGreaterThan(text.indexOf('【低风险】装卸站台'));
  });

  it('still fits one page for a post with four points', async () => {
    const four = ['red', 'orange', 'yellow', 'blue'].map((l, i) => fixturePoint(`p${i}`, `风险点${i}`, l as 'red'));
    expect(readPdf((await renderPostCards(cards({ cards: [{ post: '罐区操作工', points: four }] }), { systemFonts: [] })).pdf).pageCount).toBe(1);
  });

  it('prints a point that names no post as one card marked 未指定岗位', async () => {
    const text = flat(readPdf((await renderPostCards(cards({ cards: [{ post: null, points: [red] }] }), { systemFonts: [] })).pdf).text);
    expect(text).toContain('岗位：未指定岗位');
    expect(text).toContain('甲醇储罐区');
  });
});

describe('post card PDF, a point longer than a page', () => {
  it('flows onto a second page with every line and the rows after it in order', async () => {
    const facts = readPdf((await renderPostCards(cards({ cards: [{ post: '罐区操作工', points: [hugePoint(90)] }] }), { systemFonts: [] })).pdf);
    expect(facts.pageCount).toBe(2);
    const text = flat(facts.text);
    for (const line of printedLines(90)) expect(text).toContain(line);
    expect(text.indexOf('可能导致的事故')).toBeGreaterThan(text.indexOf('90.第90项'));
    expect(text.indexOf('应急电话')).toBeGreaterThan(text.indexOf('管控责任'));
  });
});
