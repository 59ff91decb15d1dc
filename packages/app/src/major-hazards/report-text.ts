// The words of the identification report (辨识与分级报告), separate from the drawing so they can be tested without
// parsing a PDF: every line of the trace as table cells (substance, q, Q and its table row, q/Q, β and its table,
// βq/Q), the S / α / R / grade statements with their exact values, and the problems of an incomplete trace.
import type { IdentificationTrace, TraceBetaSource, TraceLine, TraceNumber, TraceProblem, TraceThresholdSource } from '@hazgov/domain/major-hazards/identification-trace';

/** A number as read (truncated, marked "…" when cut) and, when cut, its exact fraction too. */
export const numberText = (n: TraceNumber): string => (n.display.endsWith('…') ? `${n.display}（精确值 ${n.exact}）` : n.display);

export function thresholdSourceText(s: TraceThresholdSource): string {
  if (s.table === 1) return `表1 第${s.serial}行 ${s.rowName}${s.matchedBy === 'serial' ? '（用户选定）' : ''}`;
  const considered = s.considered.length > 1 ? `；取 ${s.considered.map((c) => `${c.symbol}:${c.thresholdTonnes}`).join('、')} 中最小值` : '';
  return `表2 ${s.symbol} ${s.category}${considered}`;
}

export function betaSourceText(s: TraceBetaSource | null): string {
  if (!s) return '—';
  if (s.table === 3) return `表3 ${s.rowName}`;
  return `表4 ${s.symbol} ${s.category}${s.chosenBy === 'beta_symbol' ? '（用户指定）' : ''}`;
}

export const REPORT_COLUMNS = ['序号', '物质名称', 'q（t）', 'Q（t）', 'Q 的依据', 'q/Q', 'β', 'β 的依据', 'β·q/Q'] as const;

/** How a quantity was declared when not in tonnes ("3 m³ × 0.9 t/m³"), shown under q; null for tonnes. */
export function declaredQuantity(row: { quantity: string; quantity_unit: string; density: string | null; density_unit: string | null }): string | null {
  if (row.quantity_unit === 't') return null;
  const unit = row.quantity_unit === 'm3' ? 'm³' : row.quantity_unit;
  const density = row.density === null ? '' : ` × ${row.density} ${(row.density_unit ?? '').replace('m3', 'm³')}`;
  return `${row.quantity} ${unit}${density}`;
}

export function lineCells(line: TraceLine, declared: string | null = null): string[] {
  return [
    String(line.index + 1), line.name, declared ? `${numberText(line.q)}\n（${declared}）` : numberText(line.q), numberText(line.Q), thresholdSourceText(line.thresholdSource), numberText(line.ratio),
    line.beta ? numberText(line.beta) : '—', betaSourceText(line.betaSource), line.contribution ? numberText(line.contribution) : '—',
  ];
}

const PROBLEM_TEXT: Readonly<Record<string, string>> = {
  choose_table1_row: '该名称对应表1中多行（或仅对应带条件的行），请选定表1的行或确认不在表1中',
  needs_categories: '不在表1中，需填写危险性类别（表2）以确定临界量',
  unknown_table1_row: '所选表1行号不存在',
  unknown_hazard_symbols: '危险性类别符号无法识别',
  needs_categories_for_beta: '需填写危险性类别（表4）以确定校正系数 β',
  choose_beta_symbol: '各危险性类别的 β 不同，请指定 β 所依据的类别',
  beta_symbol_not_among_categories: '指定的 β 类别不在该物质的危险性类别中',
  bad_quantity: '数量无法读取或为负数',
  unknown_unit: '数量单位无法识别',
  missing_density: '以立方米计的数量需填写密度',
  bad_density: '密度无法读取',
  unknown_density_unit: '密度单位无法识别',
  bad_population: '周边 500 米人数无效',
};

export function problemText(p: TraceProblem): string {
  const where = p.index === null ? '单元' : `第 ${p.index + 1} 行`;
  const detail = p.detail.length > 0 ? `（${p.detail.join('、')}）` : '';
  return `${where}：${PROBLEM_TEXT[p.problem] ?? p.problem}${detail}`;
}

export const GRADE_TEXT = ['', '一级', '二级', '三级', '四级'] as const;

/** The result statements, in reading order. */
export function resultStatements(t: IdentificationTrace): string[] {
  switch (t.status) {
    case 'empty':
      return ['该单元未登记危险化学品存量，无法辨识。'];
    case 'incomplete':
      return ['辨识未完成：下列问题解决前不计算 S（已计算的行见上表，仅供参考）。', ...t.problems.map(problemText)];
    case 'below_threshold':
      return [`S = Σ(q/Q) = ${numberText(t.S)} < 1`, '结论：该单元不构成危险化学品重大危险源（GB 18218-2018 第 4.2 条）。'];
    case 'needs_population':
      return [`S = Σ(q/Q) = ${numberText(t.S)} ≥ 1`, '结论：该单元构成危险化学品重大危险源。', '分级待定：尚未填写厂区边界外 500 米范围内常住人数，无法确定 α（表5）。'];
    case 'graded':
      return [
        `S = Σ(q/Q) = ${numberText(t.S)} ≥ 1`,
        '结论：该单元构成危险化学品重大危险源。',
        `α = ${numberText(t.alpha.value)}（厂区边界外 500 米范围内常住人数 ${t.alpha.population} 人，表5「${t.alpha.band}」）`,
        `Σ(β·q/Q) = ${numberText(t.sumOfContributions)}`,
        `R = α × Σ(β·q/Q) = ${numberText(t.alpha.value)} × ${numberText(t.sumOfContributions)} = ${numberText(t.R)}`,
        `分级：${t.gradeLabel}重大危险源（表6：${t.gradeExpression}）`,
      ];
  }
}

export function traceLines(t: IdentificationTrace): TraceLine[] {
  return t.status === 'empty' ? [] : t.lines;
}
