// One unit's quarterly progress report (季度工作进展情况) as the .docx it would otherwise type by hand and send
// to the district safety committee office: an opening paragraph, a task table, then the unit and date.
import { bodyParagraph, governmentDocument, gridTable, textWidth, titleParagraph } from './docx-kit.js';
import { chinaDay, chineseDate, itemNumbers, percent, planSubject, quarterLabel, statusLabel } from './office-text.js';

export type UnitReportRow = {
  taskNo: number;
  itemNo: number;
  title: string;
  /** 0–100 */
  progress: number;
  content: string;
  problems: string;
  nextSteps: string;
  status: string;
  submittedAt: string | null;
};

export type UnitReportInput = {
  planTitle: string;
  unitName: string;
  year: number;
  quarter: number;
  /** YYYY-MM-DD */
  dueOn: string;
  /** YYYY-MM-DD; passed in so the same data always prints the same document. */
  generatedOn: string;
  reports: readonly UnitReportRow[];
};

const LAYOUT = { landscape: false } as const;

export function unitReportTitle(planTitle: string, year: number, quarter: number): string {
  return `${planSubject(planTitle)}工作进展情况（${quarterLabel(year, quarter)}）`;
}

function statusLine(r: UnitReportRow): string {
  return r.submittedAt === null ? statusLabel(r.status) : `${statusLabel(r.status)}（${chineseDate(chinaDay(r.submittedAt))}）`;
}

function summary(input: UnitReportInput): string {
  const n = input.reports.length;
  if (n === 0) return `按照《${input.planTitle}》要求，本单位${quarterLabel(input.year, input.quarter)}无需报送进展的工作任务。`;
  const submitted = input.reports.filter((r) => r.submittedAt !== null).length;
  const done = input.reports.filter((r) => r.progress >= 100).length;
  const avg = input.reports.reduce((s, r) => s + r.progress, 0) / n;
  return (
    `按照《${input.planTitle}》要求，现将本单位${quarterLabel(input.year, input.quarter)}综合治理工作进展情况报告如下：` +
    `本单位承担工作任务${n}项，本季度已报送进展${submitted}项，已完成${done}项，平均进度${percent(avg)}。`
  );
}

export async function writeUnitReportDocx(input: UnitReportInput): Promise<Buffer> {
  const title = unitReportTitle(input.planTitle, input.year, input.quarter);
  const numbers = itemNumbers(input.reports);
  const rows = input.reports.map((r, i) => [
    [`${numbers[i] ?? ''}. ${r.title}`, `进度：${percent(r.progress)}`, statusLine(r)].join('\n'),
    r.content,
    r.problems === '' ? '无' : r.problems,
    r.nextSteps,
  ]);

  const children = [
    titleParagraph(title),
    bodyParagraph(`报送单位：${input.unitName}　　报送期限：${chineseDate(input.dueOn)}前`, { indent: false }),
    bodyParagraph(summary(input)),
  ];
  const table =
    rows.length > 0
      ? [
          gridTable(
            [
              { header: '工作任务', weight: 22 },
              { header: '工作进展', weight: 34, align: 'left' },
              { header: '存在问题', weight: 22, align: 'left' },
              { header: '下步计划', weight: 22, align: 'left' },
            ],
            rows,
            { textWidth: textWidth(LAYOUT) },
          ),
        ]
      : [];

  return governmentDocument({
    title,
    layout: LAYOUT,
    children: [
      ...children,
      ...table,
      bodyParagraph('', { indent: false }),
      bodyParagraph(input.unitName, { align: 'right', indent: false }),
      bodyParagraph(chineseDate(input.generatedOn), { align: 'right', indent: false }),
    ],
  });
}
