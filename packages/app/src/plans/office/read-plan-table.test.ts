import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { groupLabel, taskLabel } from './office-text.js';
import { CONGHUA_PLAN, SEED_ITEMS, loadConghuaItems, makePlanTableDocx, type PlanTableRowText } from './office-test-support.js';
import { MAX_PLAN_TABLE_BYTES, planTableFileError, readPlanTable } from './read-plan-table.js';
import { writeTaskListXlsx, type TaskListItem } from './write-task-list-xlsx.js';

const expectedRows = (items: readonly TaskListItem[]): PlanTableRowText[] =>
  items.map((i) => ({
    mainWork: groupLabel(i.groupNo, i.groupTitle),
    task: taskLabel(i.taskNo, i.title),
    content: i.content,
    lead: i.leadText,
    responsible: i.responsibleText,
    deadline: i.deadlineText,
  }));

const withoutRow = ({ row: _row, ...rest }: { row: number } & PlanTableRowText): PlanTableRowText => rest;

async function xlsxOf(rows: ReadonlyArray<ReadonlyArray<ExcelJS.CellValue>>, build?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow([...r]);
  build?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const HEADER = ['主要工作', '工作任务', '具体内容', '牵头单位', '责任单位', '完成时间'];

describe('readPlanTable — .xlsx', () => {
  it('reads back the task list we write (title, 文号 line, merged group and task cells)', async () => {
    const file = await writeTaskListXlsx(CONGHUA_PLAN, SEED_ITEMS);
    const { rows, problems } = await readPlanTable(file, '附件1.xlsx');
    expect(problems).toEqual([]);
    // Row 1 title, row 2 文号, row 3 header: data starts on Excel row 4.
    expect(rows.map((r) => r.row)).toEqual([4, 5, 6, 7, 8]);
    expect(rows.map(withoutRow)).toEqual(expectedRows(SEED_ITEMS));
  });

  it('round-trips all 42 items of the Conghua annex through the government form', async () => {
    const items = loadConghuaItems();
    expect(items).toHaveLength(42);
    const { rows, problems } = await readPlanTable(await writeTaskListXlsx(CONGHUA_PLAN, items), 'conghua.xlsx');
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(42);
    expect(rows.map(withoutRow)).toEqual(expectedRows(items));
  });

  it('finds a header with stray spaces, full-width spaces and line breaks, with extra columns and a heading row', async () => {
    const file = await xlsxOf(
      [
        ['温泉镇危险化学品安全综合治理分工及完成时间清单'],
        [],
        ['序号', '主 要 工 作', '工作\n任务', '具体内容', '牵头　单位', ' 责任单位 ', '完成时间（截止）'],
        ['一、全面摸排'], // group heading merged across the table
        [1, '', '1.摸排风险点', '排查辖区加油站', '温泉镇', '区安监局', '2017年6月底前完成'],
        [2, '', '2.建立台账', '建立企业台账', '', '区安监局', new Date(Date.UTC(2017, 6, 31))],
        [3, '二、应急', '3.完善预案', '修订镇级预案', '温泉镇', '区公安分局', '持续推进'],
        [4, '', '', '组织演练', '温泉镇', '区公安分局', '持续推进'],
      ],
      (ws) => ws.mergeCells('A4:G4'),
    );
    const { rows, problems } = await readPlanTable(file, 'town.xlsx');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { row: 5, mainWork: '一、全面摸排', task: '1.摸排风险点', content: '排查辖区加油站', lead: '温泉镇', responsible: '区安监局', deadline: '2017年6月底前完成' },
      { row: 6, mainWork: '一、全面摸排', task: '2.建立台账', content: '建立企业台账', lead: '', responsible: '区安监局', deadline: '2017-07-31' },
      { row: 7, mainWork: '二、应急', task: '3.完善预案', content: '修订镇级预案', lead: '温泉镇', responsible: '区公安分局', deadline: '持续推进' },
      { row: 8, mainWork: '二、应急', task: '3.完善预案', content: '组织演练', lead: '温泉镇', responsible: '区公安分局', deadline: '持续推进' },
    ]);
  });

  it('carries vertically merged unit and deadline cells down, but never blank unit cells', async () => {
    const file = await xlsxOf(
      [HEADER, ['一、甲', '1.任务', '内容1', '区安监局', '区公安分局', '2018年3月底前完成'], ['', '2.任务', '内容2', '', '区环保局', ''], ['', '3.任务', '内容3', '', '区交通局', '']],
      (ws) => ws.mergeCells('F2:F3'),
    );
    const { rows } = await readPlanTable(file, 'p.xlsx');
    expect(rows.map((r) => [r.mainWork, r.lead, r.deadline])).toEqual([
      ['一、甲', '区安监局', '2018年3月底前完成'],
      ['一、甲', '', '2018年3月底前完成'],
      ['一、甲', '', ''],
    ]);
  });

  it('reports a missing column by its key and label, and still returns the rows', async () => {
    const file = await xlsxOf([HEADER.slice(0, 5), ['一、甲', '1.任务', '内容', '区安监局', '区公安分局']]);
    const { rows, problems } = await readPlanTable(file, 'p.xlsx');
    expect(problems).toEqual([{ row: 1, field: 'deadline', code: 'missing_column', params: { label: '完成时间' } }]);
    expect(rows).toEqual([{ row: 2, mainWork: '一、甲', task: '1.任务', content: '内容', lead: '区安监局', responsible: '区公安分局', deadline: '' }]);
  });

  it('answers no_plan_table for a workbook without the header, and empty_table for a header alone', async () => {
    const other = await xlsxOf([['姓名', '电话'], ['王先桂', '87958013']]);
    expect(await readPlanTable(other, 'x.xlsx')).toEqual({ rows: [], problems: [{ row: 0, code: 'no_plan_table' }] });
    const empty = await xlsxOf([HEADER]);
    expect((await readPlanTable(empty, 'x.xlsx')).problems).toEqual([{ row: 1, code: 'empty_table' }]);
  });

  it('looks past a first sheet without the table', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRow(['请按附件1填写']);
    const ws = wb.addWorksheet('附件1');
    ws.addRow(HEADER);
    ws.addRow(['一、甲', '1.任务', '内容', '区安监局', '区公安分局', '持续推进']);
    const { rows } = await readPlanTable(Buffer.from(await wb.xlsx.writeBuffer()), 'p.xlsx');
    expect(rows).toHaveLength(1);
  });
});

describe('readPlanTable — .docx', () => {
  const docRows: PlanTableRowText[] = [
    { mainWork: '一、全面摸排危险化学品风险点危险源', task: '1.全面摸排风险点危险源', content: '再排查、再整治。', lead: '', responsible: '区各有关单位按职责分工负责', deadline: '2017年6月底前完成' },
    { mainWork: '一、全面摸排危险化学品风险点危险源', task: '2.重点排查重大危险源', content: '完善重大危险源数据库。\n第二段。', lead: '区安监局', responsible: '各有关单位按职责分工负责推进', deadline: '2017年6月底前完成' },
    { mainWork: '二、有效防范遏制危险化学品较大以上事故', task: '3.加强高危化学品管控', content: '开展“回头看”。', lead: '区安监局', responsible: '区公安分局', deadline: '2018年3月底前完成' },
  ];

  it('reads a Word table with a vertically merged 主要工作 cell', async () => {
    const file = await makePlanTableDocx(docRows, { title: '附件1' });
    // The fixture really is merged: the second row's 主要工作 cell is an empty continuation.
    const xml = await (await JSZip.loadAsync(file)).file('word/document.xml')?.async('string');
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(xml).toMatch(/<w:vMerge(?: w:val="continue")?\/>/);

    const { rows, problems } = await readPlanTable(file, '方案.docx');
    expect(problems).toEqual([]);
    // Table rows as Word shows them: header is row 1.
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(rows.map(withoutRow)).toEqual(docRows);
  });

  it('walks Word XML the way Word writes it: spans, ragged rows, breaks, revisions, entities, nested tables', async () => {
    const tc = (inner: string, pr = ''): string => `<w:tc><w:tcPr>${pr}</w:tcPr>${inner}</w:tc>`;
    const p = (...runs: string[]): string => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${runs.map((r) => `<w:r><w:rPr><w:rFonts w:eastAsia="仿宋"/></w:rPr>${r}</w:r>`).join('')}</w:p>`;
    const t = (text: string): string => `<w:t xml:space="preserve">${text}</w:t>`;
    const tr = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
    const header = tr(...HEADER.map((h) => tc(p(t(h)))));
    const planTable = `<w:tbl><w:tblGrid>${'<w:gridCol/>'.repeat(6)}</w:tblGrid>
      ${tr(tc(p(t('温泉镇分工及完成时间清单')), '<w:gridSpan w:val="6"/>'))}
      ${header}
      ${tr(tc(p(t('一、摸排')), '<w:vMerge w:val="restart"/>'), tc(p(t('1.摸排'))), tc(p(t('排查加油站'), '<w:br/>', t('和燃气站'))), tc(p(t('温泉镇'))), tc(p(t('区安监局'), '<w:del><w:r><w:delText>区环保局</w:delText></w:r></w:del>')), tc(p(t('2017年6月底前完成'))))}
      ${tr(tc(p(''), '<w:vMerge/>'), tc(p(t('2.台账'))), tc(p(t('R&amp;D &#x201C;一企一档&#x201D;')) + p(t('第二段'))), tc(p(t('温泉镇'))), tc(p(t('区安监局'))), tc(p(t('持续推进'))))}
      ${header}
      <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p(t('3.预案')))}${tc(p(t('修订预案')))}${tc(p(t('温泉镇')))}${tc(p(t('区公安分局')))}${tc(p(t('尽快完成')))}</w:tr>
    </w:tbl>`;
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
      <w:tbl>${tr(tc(p(t('联系人'))), tc(p(t('电话'))))}</w:tbl>
      <w:tbl>${tr(tc(planTable))}</w:tbl>
      </w:body></w:document>`;
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('_rels/.rels', '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    zip.file('word/document.xml', xml);
    const { rows, problems } = await readPlanTable(await zip.generateAsync({ type: 'nodebuffer' }), 'hand.docx');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { row: 3, mainWork: '一、摸排', task: '1.摸排', content: '排查加油站\n和燃气站', lead: '温泉镇', responsible: '区安监局', deadline: '2017年6月底前完成' },
      { row: 4, mainWork: '一、摸排', task: '2.台账', content: 'R&D “一企一档”\n第二段', lead: '温泉镇', responsible: '区安监局', deadline: '持续推进' },
      { row: 6, mainWork: '一、摸排', task: '3.预案', content: '修订预案', lead: '温泉镇', responsible: '区公安分局', deadline: '尽快完成' },
    ]);
  });

  it('skips tables without the header and answers missing_column for a short one', async () => {
    const file = await makePlanTableDocx(docRows, { title: 't', headerLabels: HEADER.slice(0, 4) });
    const { problems } = await readPlanTable(file, 'p.docx');
    expect(problems.map((p) => p.field)).toEqual(['responsible', 'deadline']);
  });

  it('reads a .docx saved with an .xlsx name by its content', async () => {
    const file = await makePlanTableDocx(docRows, { title: 't' });
    expect((await readPlanTable(file, 'renamed.xlsx')).rows).toHaveLength(3);
  });
});

describe('readPlanTable — files it must refuse', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

  it('refuses a PNG renamed .xlsx as not_office_file (415)', async () => {
    const table = await readPlanTable(png, 'plan.xlsx');
    expect(table).toEqual({ rows: [], problems: [{ row: 0, code: 'not_office_file', params: { extension: 'xlsx' } }] });
    expect(planTableFileError(table)).toMatchObject({ code: 'NOT_OFFICE_FILE', kind: 'unsupported' });
  });

  it('refuses anything over 5 MiB as file_too_large (413), before looking inside', async () => {
    const table = await readPlanTable(Buffer.alloc(6 * 1024 * 1024), 'plan.xlsx');
    expect(table.problems).toEqual([{ row: 0, code: 'file_too_large', params: { limit: '5 MB', limitBytes: MAX_PLAN_TABLE_BYTES, sizeBytes: 6 * 1024 * 1024 } }]);
    expect(planTableFileError(table)).toMatchObject({ code: 'FILE_TOO_LARGE', kind: 'too_large' });
  });

  it('refuses other extensions, legacy .xls, and zips that are not Office documents', async () => {
    const xlsx = await writeTaskListXlsx(CONGHUA_PLAN, SEED_ITEMS);
    expect((await readPlanTable(xlsx, 'plan.csv')).problems[0]?.code).toBe('not_office_file');
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]);
    expect((await readPlanTable(ole, 'plan.xlsx')).problems[0]).toMatchObject({ code: 'not_office_file', params: { hint: 'legacy_office' } });
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    expect((await readPlanTable(await zip.generateAsync({ type: 'nodebuffer' }), 'plan.docx')).problems[0]?.code).toBe('not_office_file');
  });

  it('refuses a zip whose entries claim to unpack beyond the limit, without inflating it', async () => {
    const xlsx = Buffer.from(await writeTaskListXlsx(CONGHUA_PLAN, SEED_ITEMS));
    // Rewrite the declared unpacked size of the first central-directory entry to 2 GiB.
    const cd = xlsx.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    xlsx.writeUInt32LE(0x80000000, cd + 24);
    expect((await readPlanTable(xlsx, 'bomb.xlsx')).problems[0]).toMatchObject({ code: 'file_too_large', params: { hint: 'unpacked' } });
  });

  it('calls a truncated workbook not_office_file, never throws', async () => {
    const xlsx = await writeTaskListXlsx(CONGHUA_PLAN, SEED_ITEMS);
    const table = await readPlanTable(xlsx.subarray(0, Math.floor(xlsx.length / 2)), 'cut.xlsx');
    expect(table.problems[0]?.code).toBe('not_office_file');
    expect(planTableFileError({ rows: [], problems: [{ row: 0, code: 'no_plan_table' }] })).toBeNull();
  });
});

describe('e2e fixtures (e2e/fixtures/make-fixtures.ts)', () => {
  const fixture = (name: string): Buffer => fs.readFileSync(fileURLToPath(new URL(`../../../../../e2e/fixtures/${name}`, import.meta.url)));

  it('the town plan reads the same from .xlsx and .docx, clean in structure, faults left for the import rules', async () => {
    const xlsx = await readPlanTable(fixture('town-plan.xlsx'), 'town-plan.xlsx');
    const docx = await readPlanTable(fixture('town-plan.docx'), 'town-plan.docx');
    expect(xlsx.problems).toEqual([]);
    expect(docx.problems).toEqual([]);
    expect(xlsx.rows).toHaveLength(5);
    expect(docx.rows.map(withoutRow)).toEqual(xlsx.rows.map(withoutRow));
    expect(xlsx.rows.map((r) => r.task)).toEqual(['1.全面摸排辖区风险点危险源', '2.建立危险化学品企业档案', '3.加强加油站及燃气供应站点管控', '4.推进危险化学品监管信息共享', '5.完善镇级危险化学品事故应急预案']);
    expect(xlsx.rows.find((r) => r.responsible === '区数据局')?.row).toBe(7);
    expect(xlsx.rows.find((r) => r.deadline === '尽快完成')?.row).toBe(8);
    expect(docx.rows.find((r) => r.deadline === '尽快完成')?.row).toBe(6);
  });
});
