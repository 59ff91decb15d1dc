import { describe, expect, it } from 'vitest';
import { descendants, parseXml, tableRows } from './docx-xml.js';
import { documentXml, docxParagraphs, loadWorkbook } from './office-test-support.js';
import { cellValueText } from './read-plan-table-xlsx.js';
import { rollupTotals, writeRollupDocx, writeRollupXlsx, type RollupInput } from './write-rollup.js';

const input: RollupInput = {
  planTitle: '从化区危险化学品安全综合治理实施方案',
  year: 2018,
  quarter: 1,
  asOf: '2018-04-02',
  units: [
    { unitName: '区安监局', expected: 10, submitted: 10, onTime: 10, late: 0, missing: 0 },
    { unitName: '区公安分局', expected: 6, submitted: 5, onTime: 4, late: 1, missing: 1 },
    { unitName: '区交通局', expected: 4, submitted: 3, onTime: 2, late: 1, missing: 1 },
    { unitName: '温泉镇', expected: 3, submitted: 3, onTime: 2, late: 1, missing: 0 },
  ],
  tasks: [
    { taskNo: 2, itemNo: 1, title: '重点排查重大危险源', units: 3, reported: 3, avgProgress: 100, status: 'done' },
    { taskNo: 3, itemNo: 1, title: '加强高危化学品管控', units: 11, reported: 9, avgProgress: 60, status: 'on_track' },
    { taskNo: 3, itemNo: 2, title: '加强高危化学品管控', units: 1, reported: 1, avgProgress: 30, status: 'waiting' },
    { taskNo: 11, itemNo: 1, title: '强化统筹协调机制', units: 5, reported: 2, avgProgress: 40, status: 'overdue' },
  ],
};

describe('rollupTotals', () => {
  it('adds up units and averages items equally', () => {
    expect(rollupTotals(input)).toEqual({
      expected: 23, submitted: 21, onTime: 18, late: 3, missing: 2, rate: 21 / 23,
      tasks: 4, taskUnits: 20, reported: 15, avgProgress: 57.5, done: 1, overdue: 1,
    });
    expect(rollupTotals({ units: [], tasks: [] })).toMatchObject({ rate: null, avgProgress: null });
  });
});

describe('writeRollupXlsx', () => {
  it('writes one sheet per section, each with a totals row that reads back', async () => {
    const wb = await loadWorkbook(await writeRollupXlsx(input));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['单位报送情况', '任务推进情况']);
    const [units, tasks] = wb.worksheets;
    if (!units || !tasks) throw new Error('sheets');
    const row = (ws: typeof units, r: number): string[] => (ws.getRow(r).values as unknown[]).slice(1).map(cellValueText);

    expect(cellValueText(units.getCell('A1').value)).toBe('从化区危险化学品安全综合治理工作进展汇总表（2018年第1季度）');
    expect(cellValueText(units.getCell('A2').value)).toBe('统计截至：2018年4月2日');
    expect(row(units, 3)).toEqual(['序号', '单位', '应报送', '已报送', '按时报送', '逾期报送', '未报送', '报送率']);
    expect(row(units, 5)).toEqual(['2', '区公安分局', '6', '5', '4', '1', '1', String(5 / 6)]);
    expect(units.rowCount).toBe(3 + 4 + 1);
    expect(row(units, 8)).toEqual(['合计', '4个单位', '23', '21', '18', '3', '2', String(21 / 23)]);
    expect(units.getCell(8, 3).value).toMatchObject({ formula: 'SUM(C4:C7)' });
    expect(units.getCell(8, 8).numFmt).toBe('0.0%');
    expect(units.getCell(8, 1).font?.bold).toBe(true);

    expect(row(tasks, 3)).toEqual(['序号', '工作任务', '责任单位数', '已报送单位数', '平均进度', '状态']);
    expect(row(tasks, 5)).toEqual(['3-1', '加强高危化学品管控', '11', '9', '60', '正常推进']);
    expect(row(tasks, 8)).toEqual(['合计', '4项', '20', '15', '57.5', '已完成1项，逾期1项']);
  });

  it('still writes totals when nothing was due', async () => {
    const wb = await loadWorkbook(await writeRollupXlsx({ ...input, units: [], tasks: [] }));
    expect(cellValueText(wb.worksheets[0]?.getCell(4, 1).value)).toBe('合计');
    expect(cellValueText(wb.worksheets[0]?.getCell(4, 3).value)).toBe('0');
  });
});

describe('writeRollupDocx', () => {
  it('writes the summary, names late and silent units, and both tables with totals', async () => {
    const file = await writeRollupDocx(input);
    const paragraphs = (await docxParagraphs(file)).filter((p) => p !== '');
    expect(paragraphs[0]).toBe('从化区危险化学品安全综合治理工作进展汇总表（2018年第1季度）');
    expect(paragraphs[1]).toBe('统计截至：2018年4月2日');
    expect(paragraphs[2]).toBe(
      '2018年第1季度共4个单位应报送工作进展23份，已报送21份（按时18份、逾期3份），未报送2份，报送率91.3%。' +
        '全部4项工作任务中，已完成1项，逾期1项，平均进度57.5%。',
    );
    expect(paragraphs[3]).toBe('未按要求报送的单位：区公安分局、区交通局；逾期报送的单位：温泉镇。');
    expect(paragraphs).toContain('一、各单位报送情况');
    expect(paragraphs).toContain('二、各项任务推进情况');

    const tables = descendants(parseXml(await documentXml(file)), 'w:tbl').map((t) => tableRows(t).map((r) => r.cells.map((c) => c.text)));
    expect(tables).toHaveLength(2);
    expect(tables[0]).toHaveLength(1 + 4 + 1);
    expect(tables[0]?.[5]).toEqual(['合计', '4个单位', '23', '21', '18', '3', '2', '91.3%']);
    expect(tables[1]?.[4]).toEqual(['11', '强化统筹协调机制', '5', '2', '40.0%', '已逾期']);
    expect(tables[1]?.[5]).toEqual(['合计', '4项', '20', '15', '57.5%', '已完成1项，逾期1项']);
  });
});
