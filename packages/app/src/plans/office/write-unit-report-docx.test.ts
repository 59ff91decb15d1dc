import { describe, expect, it } from 'vitest';
import { descendants, parseXml, tableRows } from './docx-xml.js';
import { documentXml, docxParagraphs } from './office-test-support.js';
import { writeUnitReportDocx, type UnitReportInput } from './write-unit-report-docx.js';

const input: UnitReportInput = {
  planTitle: '从化区危险化学品安全综合治理实施方案',
  unitName: '区公安分局',
  year: 2018,
  quarter: 1,
  dueOn: '2018-03-30',
  generatedOn: '2018-03-29',
  reports: [
    {
      taskNo: 3, itemNo: 1, title: '加强高危化学品管控', progress: 60, status: 'submitted', submittedAt: '2018-03-28T02:00:00Z',
      content: '对辖区12家剧毒化学品使用单位开展“回头看”检查。\n整改隐患7处。', problems: '部分企业台账不全。', nextSteps: '4月底前完成复查。',
    },
    {
      taskNo: 3, itemNo: 2, title: '加强高危化学品管控', progress: 30, status: 'draft', submittedAt: null,
      content: '追溯体系信息系统尚未建立。', problems: '', nextSteps: '待省公安厅系统上线后推进。',
    },
    {
      taskNo: 8, itemNo: 1, title: '加强危险化学品（危险货物）运输安全管控', progress: 100, status: 'accepted', submittedAt: '2018-03-20T08:00:00Z',
      content: '联合区交通局开展危运车辆检查。', problems: '', nextSteps: '常态化开展。',
    },
  ],
};

describe('writeUnitReportDocx', () => {
  it('writes the quarterly report: title, unit, summary, one table row per task, signature', async () => {
    const file = await writeUnitReportDocx(input);
    const paragraphs = (await docxParagraphs(file)).filter((p) => p !== '');
    expect(paragraphs[0]).toBe('从化区危险化学品安全综合治理工作进展情况（2018年第1季度）');
    expect(paragraphs[1]).toBe('报送单位：区公安分局　　报送期限：2018年3月30日前');
    expect(paragraphs[2]).toContain('按照《从化区危险化学品安全综合治理实施方案》要求');
    expect(paragraphs[2]).toContain('承担工作任务3项，本季度已报送进展2项，已完成1项，平均进度63%');
    expect(paragraphs.slice(-2)).toEqual(['区公安分局', '2018年3月29日']);

    const tables = descendants(parseXml(await documentXml(file)), 'w:tbl');
    expect(tables).toHaveLength(1);
    const rows = tableRows(tables[0] ?? parseXml('')).map((r) => r.cells.map((c) => c.text));
    expect(rows[0]).toEqual(['工作任务', '工作进展', '存在问题', '下步计划']);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      '3-1. 加强高危化学品管控\n进度：60%\n已报送（2018年3月28日）',
      '对辖区12家剧毒化学品使用单位开展“回头看”检查。\n整改隐患7处。',
      '部分企业台账不全。',
      '4月底前完成复查。',
    ]);
    expect(rows[2]?.[0]).toBe('3-2. 加强高危化学品管控\n进度：30%\n草稿');
    expect(rows[2]?.[2]).toBe('无');
    expect(rows[3]?.[0]).toMatch(/^8\. 加强危险化学品（危险货物）运输安全管控/);
  });

  it('sets 仿宋 / 宋体 for Chinese text, Times New Roman for digits, on A4 portrait with page numbers', async () => {
    const xml = await documentXml(await writeUnitReportDocx(input));
    expect(xml).toMatch(/w:eastAsia="宋体"/); // title
    expect(xml).toMatch(/w:eastAsia="仿宋"/); // body and table
    expect(xml).toMatch(/w:ascii="Times New Roman"/);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:tblHeader\/>/); // header repeats on each page
  });

  it('says so when the unit owes nothing this quarter', async () => {
    const file = await writeUnitReportDocx({ ...input, reports: [] });
    expect((await docxParagraphs(file)).join('')).toContain('本单位2018年第1季度无需报送进展的工作任务');
    expect(await documentXml(file)).not.toContain('<w:tbl>');
  });
});
