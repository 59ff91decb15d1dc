import { describe, expect, it } from 'vitest';
import { cellValueText } from './read-plan-table-xlsx.js';
import { CONGHUA_PLAN, SEED_ITEMS, loadConghuaItems, loadWorkbook } from './office-test-support.js';
import { writeTaskListXlsx } from './write-task-list-xlsx.js';

describe('writeTaskListXlsx', () => {
  it('writes the 附件1 form: title, 文号, header, one row per item with numbered group and task', async () => {
    const wb = await loadWorkbook(await writeTaskListXlsx(CONGHUA_PLAN, SEED_ITEMS));
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const text = (r: number, c: number): string => cellValueText(ws.getCell(r, c).value);

    expect(text(1, 1)).toBe('从化区危险化学品安全综合治理分工及完成时间清单');
    expect(text(2, 1)).toBe('（从府办〔2017〕26号）');
    expect([1, 2, 3, 4, 5, 6].map((c) => text(3, c))).toEqual(['主要工作', '工作任务', '具体内容', '牵头单位', '责任单位', '完成时间']);
    expect(ws.rowCount).toBe(3 + SEED_ITEMS.length);
    expect([1, 2, 3, 4, 5, 6].map((c) => text(6, c))).toEqual([
      '二、有效防范遏制危险化学品较大以上事故',
      '3.加强高危化学品管控',
      SEED_ITEMS[2]?.content,
      '区安监局',
      SEED_ITEMS[2]?.responsibleText,
      '2018年3月底前完成',
    ]);
    // Second item of task 3: its own content, lead left blank as in the annex.
    expect([3, 4, 6].map((c) => text(7, c))).toEqual([SEED_ITEMS[3]?.content, '', '省公安厅追溯体系信息系统建立后完成']);
  });

  it('writes the 42 items of the Conghua annex as 42 data rows under the header, in the annex columns', async () => {
    const items = loadConghuaItems();
    const wb = await loadWorkbook(await writeTaskListXlsx(CONGHUA_PLAN, items));
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect(ws.rowCount - 3).toBe(42);
    const data = Array.from({ length: 42 }, (_, i) => [1, 2, 3, 4, 5, 6].map((c) => cellValueText(ws.getCell(4 + i, c).value)));
    expect(data[0]?.slice(0, 2)).toEqual(['一、全面摸排危险化学品风险点危险源', '1.全面摸排风险点危险源']);
    expect(data[41]?.slice(0, 2)).toEqual(['十、加强危险化学品安全宣传教育和人才培养', '41.加快化工产业工人培训']);
    expect(data.map((r) => r.slice(2))).toEqual(items.map((i) => [i.content, i.leadText, i.responsibleText, i.deadlineText]));
    // Ten groups, each merged over its rows (all have more than one item), plus task 3's two items.
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges.filter((m) => m.startsWith('A') && m !== 'A1:F1' && m !== 'A2:F2')).toHaveLength(10);
    expect(merges.filter((m) => m.startsWith('B'))).toEqual(['B6:B7']);
  });

  it('merges 主要工作 and 工作任务 down where they repeat, and nothing else', async () => {
    const wb = await loadWorkbook(await writeTaskListXlsx(CONGHUA_PLAN, SEED_ITEMS));
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const merges = (ws.model as unknown as { merges: string[] }).merges.sort();
    // A1:F1 title, A2:F2 文号, group 一 over rows 4–5, group 二 over 6–8, task 3's two items over 6–7.
    expect(merges).toEqual(['A1:F1', 'A2:F2', 'A4:A5', 'A6:A8', 'B6:B7'].sort());
  });

  it('sets up the sheet for printing and reading: frozen header, A4 landscape, wrapped text, widths', async () => {
    const wb = await loadWorkbook(await writeTaskListXlsx({ title: '温泉镇危险化学品安全综合治理工作方案' }, SEED_ITEMS));
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect(cellValueText(ws.getCell(1, 1).value)).toBe('温泉镇危险化学品安全综合治理分工及完成时间清单');
    // Without a 文号 the header is row 2.
    expect(cellValueText(ws.getCell(2, 1).value)).toBe('主要工作');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '2:2' });
    expect(ws.getCell(3, 3).alignment).toMatchObject({ wrapText: true, horizontal: 'left' });
    expect(ws.getCell(3, 3).border?.top?.style).toBe('thin');
    expect(ws.getColumn(3).width).toBeGreaterThan(ws.getColumn(1).width ?? 0);
  });

  it('does not double a number already typed into a title', async () => {
    const item = { ...SEED_ITEMS[1], groupTitle: '一、全面摸排危险化学品风险点危险源', title: '2.重点排查重大危险源' } as (typeof SEED_ITEMS)[number];
    const wb = await loadWorkbook(await writeTaskListXlsx(CONGHUA_PLAN, [item]));
    const ws = wb.worksheets[0];
    expect(cellValueText(ws?.getCell(4, 1).value)).toBe('一、全面摸排危险化学品风险点危险源');
    expect(cellValueText(ws?.getCell(4, 2).value)).toBe('2.重点排查重大危险源');
  });
});
