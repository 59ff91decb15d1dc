// The plan table as government offices lay it out (附件1 of the Conghua plan): six columns, found by their header
// labels wherever they sit, so the .xlsx and .docx readers share one notion of "header", "row" and "problem".

export const PLAN_COLUMNS = ['mainWork', 'task', 'content', 'lead', 'responsible', 'deadline'] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

/** Printed header labels, in column order; the writers use these, the readers also accept the aliases. */
export const PLAN_COLUMN_LABELS: Record<PlanColumn, string> = {
  mainWork: '主要工作',
  task: '工作任务',
  content: '具体内容',
  lead: '牵头单位',
  responsible: '责任单位',
  deadline: '完成时间',
};

// Town and department copies of the form may rename a column slightly; only synonyms are accepted. Anything
// that changes the meaning (e.g. "配合单位", or "工作内容", which could be either of two columns) is not.
const ALIASES: Record<PlanColumn, readonly string[]> = {
  mainWork: ['主要工作', '重点工作'],
  task: ['工作任务', '任务'],
  content: ['具体内容', '具体措施', '工作措施'],
  lead: ['牵头单位', '牵头部门'],
  responsible: ['责任单位', '责任部门'],
  deadline: ['完成时间', '完成时限', '完成期限', '时间要求'],
};

/** One data row of the source table, before any rule about units or deadlines is applied. */
export type RawPlanRow = {
  /** 1-based row number as the user sees it: the Excel row number, or the row's position in the Word table. */
  row: number;
  mainWork: string;
  task: string;
  content: string;
  lead: string;
  responsible: string;
  deadline: string;
};

/**
 * A structural problem. row 0 means the whole file. Codes: not_office_file, file_too_large, no_plan_table,
 * missing_column (field = the column key, params.label = its printed name), empty_table, too_many_rows.
 */
export type TableProblem = { row: number; field?: string; code: string; params?: Record<string, string | number> };

/** A table row as read from the file: text per grid column, merged cells already resolved by the reader. */
export type SourceRow = { row: number; cells: readonly string[] };

export type PlanHeader = { row: number; index: number; columns: Partial<Record<PlanColumn, number>> };

/** Header cells are matched without any whitespace (full-width spaces, line breaks, "主 要 工 作"). */
export function normaliseLabel(text: string): string {
  return text.replace(/[\s\u3000\u00a0*＊]/gu, '');
}

/** Cell values keep their inner line breaks (content paragraphs) but lose padding and Windows line ends. */
export function cleanCellText(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, '');
}

function columnOfLabel(cell: string): PlanColumn | null {
  const label = normaliseLabel(cell);
  if (label === '') return null;
  for (const column of PLAN_COLUMNS) {
    // A bracketed note after the label ("完成时间（截止）") still names the column; other suffixes do not, so a
    // data cell that merely starts with "任务…" is never taken for a header.
    if (ALIASES[column].some((alias) => label === alias || (label.startsWith(alias) && /^[（(]/u.test(label.slice(alias.length))))) return column;
  }
  return null;
}

function matchHeader(cells: readonly string[]): Partial<Record<PlanColumn, number>> {
  const columns: Partial<Record<PlanColumn, number>> = {};
  cells.forEach((cell, index) => {
    const column = columnOfLabel(cell);
    if (column && columns[column] === undefined) columns[column] = index;
  });
  return columns;
}

const GROUP_HEADING = /^[（(]?[一二三四五六七八九十]+[)）]?[、.．]/u;

// Three of six labels is a header with columns missing (reported as such); fewer is some other table.
const MIN_HEADER_LABELS = 3;

export function findPlanHeader(rows: readonly SourceRow[], scanRows = 30): PlanHeader | null {
  for (let index = 0; index < Math.min(rows.length, scanRows); index += 1) {
    const source = rows[index];
    if (!source) continue;
    const columns = matchHeader(source.cells);
    if (Object.keys(columns).length >= MIN_HEADER_LABELS) return { row: source.row, index, columns };
  }
  return null;
}

/**
 * Turns the rows under a header into plan rows. Blank 主要工作 / 工作任务 cells continue the group and task above
 * (that is how the form reads, merged or not); blank unit and deadline cells stay blank, because the Conghua
 * annex leaves 牵头单位 empty on purpose where there is no lead.
 */
export function collectPlanRows(rows: readonly SourceRow[], header: PlanHeader): { rows: RawPlanRow[]; problems: TableProblem[] } {
  const problems: TableProblem[] = [];
  for (const column of PLAN_COLUMNS) {
    if (header.columns[column] === undefined) {
      problems.push({ row: header.row, field: column, code: 'missing_column', params: { label: PLAN_COLUMN_LABELS[column] } });
    }
  }
  const cell = (source: SourceRow, column: PlanColumn): string => {
    const index = header.columns[column];
    return index === undefined ? '' : cleanCellText(source.cells[index] ?? '');
  };

  const out: RawPlanRow[] = [];
  let mainWork = '';
  let task = '';
  for (const source of rows.slice(header.index + 1)) {
    const values = Object.fromEntries(PLAN_COLUMNS.map((c) => [c, cell(source, c)])) as Record<PlanColumn, string>;
    // Tables that run over several pages often repeat the header row.
    if (Object.keys(matchHeader(source.cells)).length >= MIN_HEADER_LABELS) continue;
    // A group heading line ("二、…" merged across the table, possibly starting in a 序号 column) opens the
    // group for the rows below and is not a task of its own.
    const texts = source.cells.map(cleanCellText).filter((t) => t !== '');
    if (texts.length === 1 && GROUP_HEADING.test(texts[0] ?? '')) {
      if (texts[0] !== mainWork) task = '';
      mainWork = texts[0] ?? '';
      continue;
    }
    const filled = PLAN_COLUMNS.filter((c) => values[c] !== '');
    if (filled.length === 0) continue;
    if (values.mainWork !== '') {
      if (values.mainWork !== mainWork) task = '';
      mainWork = values.mainWork;
    }
    // Only 主要工作 filled, whatever its wording: also a heading line.
    if (filled.length === 1 && filled[0] === 'mainWork') continue;
    if (values.task !== '') task = values.task;
    out.push({ row: source.row, mainWork, task, content: values.content, lead: values.lead, responsible: values.responsible, deadline: values.deadline });
  }
  if (out.length === 0) problems.push({ row: header.row, code: 'empty_table' });
  return { rows: out, problems };
}
