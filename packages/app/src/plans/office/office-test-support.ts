// Test and fixture helpers: seed items typed from the Conghua annex, a Word plan table built the way offices
// build it (vertically merged 主要工作 / 工作任务), and readers that open our output the way a user's tools would.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { descendants, parseXml } from './docx-xml.js';
import { PLAN_COLUMN_LABELS, PLAN_COLUMNS, type RawPlanRow } from './plan-table.js';
import type { TaskListItem } from './write-task-list-xlsx.js';

const G1 = '全面摸排危险化学品风险点危险源';
const G2 = '有效防范遏制危险化学品较大以上事故';

/** Items 1–4 of 附件1 (task 3 has two items, task 1 no lead unit), copied from the seed text. */
export const SEED_ITEMS: readonly TaskListItem[] = [
  {
    groupNo: 1, groupTitle: G1, taskNo: 1, itemNo: 1, title: '全面摸排风险点危险源',
    content: '在前期排查基础上，对各行业领域危险化学品风险点危险源进行再排查、再整治，建立本部门的危险化学品风险点危险源数据库。',
    leadText: '', responsibleText: '区各有关单位按职责分工负责，各镇（街、场、园区）组织完成辖区内摸排工作', deadlineText: '2017年6月底前完成',
  },
  {
    groupNo: 1, groupTitle: G1, taskNo: 2, itemNo: 1, title: '重点排查重大危险源',
    content: '认真组织开展危险化学品重大危险源排查，完善重大危险源数据库。',
    leadText: '区安监局', responsibleText: '各有关单位按职责分工负责推进', deadlineText: '2017年6月底前完成',
  },
  {
    groupNo: 2, groupTitle: G2, taskNo: 3, itemNo: 1, title: '加强高危化学品管控',
    content: '加强高危化学品生产、储存、使用、经营、运输和废弃处置全过程管控，在2016年专项整治基础上，对相关企业开展“回头看”。',
    leadText: '区安监局', responsibleText: '区科工商信局、区教育局、区公安分局、区环保局、区交通局、区卫计局、区农业局、区水务局、区邮政局、从化海关等按职责分工负责', deadlineText: '2018年3月底前完成',
  },
  {
    groupNo: 2, groupTitle: G2, taskNo: 3, itemNo: 2, title: '加强高危化学品管控',
    content: '运用追溯体系信息系统，加强爆炸品、易制毒化学品和剧毒化学品全过程管理。',
    leadText: '', responsibleText: '区公安分局负责', deadlineText: '省公安厅追溯体系信息系统建立后完成',
  },
  {
    groupNo: 2, groupTitle: G2, taskNo: 4, itemNo: 1, title: '加强风险点危险源分级管控',
    content: '按照“分区域、分级别、网格化”的原则，结合实际提出科学有效的管控措施，实施有针对性、差异化监管。',
    leadText: '', responsibleText: '区各有关单位按职责分工负责，各镇（街、场、园区）负责本行政区域内管控', deadlineText: '持续推进',
  },
];

export const CONGHUA_PLAN = { title: '从化区危险化学品安全综合治理实施方案', code: '从府办〔2017〕26号' } as const;

/** The 42 items of the Conghua annex as data/plans/conghua-2017.json holds them (extracted from the seed). */
export function loadConghuaItems(): TaskListItem[] {
  const file = fileURLToPath(new URL('../../../../../data/plans/conghua-2017.json', import.meta.url));
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    groups: Array<{ no: number; title: string }>;
    items: Array<Omit<TaskListItem, 'groupTitle'>>;
  };
  return data.items.map((i) => ({ ...i, groupTitle: data.groups.find((g) => g.no === i.groupNo)?.title ?? '' }));
}

export type PlanTableRowText = Omit<RawPlanRow, 'row'>;

function paragraphsOf(text: string): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] }));
}

/**
 * A .docx holding a title paragraph and the plan table. 主要工作 and 工作任务 cells that repeat the row above are
 * written as vertical-merge continuations (empty cells with <w:vMerge/>), as Word saves a merged column.
 */
export async function makePlanTableDocx(rows: readonly PlanTableRowText[], options: { title: string; headerLabels?: readonly string[] }): Promise<Buffer> {
  const labels = options.headerLabels ?? PLAN_COLUMNS.map((c) => PLAN_COLUMN_LABELS[c]);
  const merged = new Set<keyof PlanTableRowText>(['mainWork', 'task']);
  const header = new TableRow({ tableHeader: true, children: labels.map((l) => new TableCell({ children: paragraphsOf(l) })) });
  const body = rows.map(
    (row, i) =>
      new TableRow({
        children: PLAN_COLUMNS.slice(0, labels.length).map((column) => {
          const value = row[column];
          const above = rows[i - 1]?.[column];
          const below = rows[i + 1]?.[column];
          if (merged.has(column) && value !== '' && above === value) {
            return new TableCell({ verticalMerge: VerticalMergeType.CONTINUE, children: [new Paragraph('')] });
          }
          const starts = merged.has(column) && value !== '' && below === value;
          return new TableCell({ ...(starts ? { verticalMerge: VerticalMergeType.RESTART } : {}), children: paragraphsOf(value) });
        }),
      }),
  );
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun(options.title)] }),
          new Table({ rows: [header, ...body], width: { size: 100, type: WidthType.PERCENTAGE } }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export async function documentXml(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('no word/document.xml');
  return xml;
}

/** The document's paragraphs as plain text, in order (table cells included). */
export async function docxParagraphs(docx: Buffer): Promise<string[]> {
  const root = parseXml(await documentXml(docx));
  return descendants(root, 'w:p').map((p) => descendants(p, 'w:t').map((t) => t.text).join(''));
}

export async function loadWorkbook(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  return workbook;
}
