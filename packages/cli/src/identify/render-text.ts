// The readable report of `hazgov identify`: per unit, a table of its lines (q, Q and where Q came from, q/Q, β and
// its table, βq/Q), then S, whether it is a major hazard, α with the population band, R, the grade and the Table 6
// expression it satisfies. Decimals are the trace's display form: exact, or cut (never rounded) and marked "…",
// with the exact fraction after S and R when they are cut, so "0.9999…" is never mistaken for 1.
import type { IdentificationTrace, TraceBetaSource, TraceNumber, TraceThresholdSource } from '@hazgov/domain/major-hazards/identification-trace';
import type { UnitResult } from './identify-units.js';
import { unitProblemText, type Lang } from './messages.js';

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Terminal columns of a string: CJK and full-width characters take two. */
export const displayWidth = (text: string): number => [...text].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0);
const pad = (text: string, width: number, right: boolean) => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
};

/** Columns padded to their widest cell; numeric columns right-aligned. */
export function table(head: readonly string[], rows: readonly string[][], numeric: readonly boolean[]): string[] {
  const widths = head.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ''))));
  const line = (cells: readonly string[]) => cells.map((cell, c) => pad(cell, widths[c] ?? 0, numeric[c] ?? false)).join('  ').trimEnd();
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

const L = {
  'zh-CN': {
    unit: '单元', rows: '行', head: ['行', '物质 substance', 'q (t)', 'Q (t)', 'Q 来源 source', 'q/Q', 'β', 'β 来源 source', 'βq/Q'],
    t1: (s: number) => `表1 第${s}行`, t2: (sym: string) => `表2 ${sym}`, t3: (name: string) => `表3 ${name}`, t4: (sym: string) => `表4 ${sym}`,
    yes: '是 yes', no: '否 no', undecided: '未定 undecided（见下列问题）',
    major: '重大危险源 major hazard', people: (n: number) => `厂区边界外 500 m 内 ${n} 人`, grade: '级别 grade', problems: '问题 problems：',
  },
  en: {
    unit: 'Unit', rows: 'rows', head: ['row', 'substance', 'q (t)', 'Q (t)', 'Q from', 'q/Q', 'β', 'β from', 'βq/Q'],
    t1: (s: number) => `Table 1 row ${s}`, t2: (sym: string) => `Table 2 ${sym}`, t3: (name: string) => `Table 3 ${name}`, t4: (sym: string) => `Table 4 ${sym}`,
    yes: 'yes', no: 'no', undecided: 'undecided (see the problems below)',
    major: 'Major hazard', people: (n: number) => `${n} people within 500 m of the plant boundary`, grade: 'Grade', problems: 'Problems:',
  },
} as const;

const GRADE_EN: Record<string, string> = { 一级: 'grade 1', 二级: 'grade 2', 三级: 'grade 3', 四级: 'grade 4' };
const cut = (n: TraceNumber) => (n.display.endsWith('…') ? `${n.display} (= ${n.exact})` : n.display);

function sourceText(s: TraceThresholdSource | null, lang: Lang): string {
  if (!s) return '—';
  return s.table === 1 ? L[lang].t1(s.serial) : L[lang].t2(s.symbol);
}
function betaText(s: TraceBetaSource | null, lang: Lang): string {
  if (!s) return '—';
  return s.table === 3 ? L[lang].t3(s.rowName) : L[lang].t4(s.symbol);
}

function summary(u: UnitResult, trace: IdentificationTrace, lang: Lang): string[] {
  const l = L[lang];
  const out: string[] = [];
  const S = 'S' in trace ? cut(trace.S) : u.S;
  if (S !== null) out.push(`S = Σq/Q = ${S} ${u.isMajorHazard ? '≥' : '<'} 1`);
  out.push(`${l.major}${lang === 'en' ? ': ' : '：'}${u.isMajorHazard === null ? l.undecided : u.isMajorHazard ? l.yes : l.no}`);
  if (trace.status === 'graded') {
    const a = trace.alpha;
    out.push(lang === 'en' ? `α = ${a.value.display} (${l.people(a.population)}, band ${a.band})` : `α = ${a.value.display}（${l.people(a.population)}，${a.band}）`);
    out.push(`R = α × Σβq/Q = ${a.value.display} × ${cut(trace.sumOfContributions)} = ${cut(trace.R)}`);
    const label = lang === 'en' ? (GRADE_EN[trace.gradeLabel] ?? trace.gradeLabel) : trace.gradeLabel;
    out.push(lang === 'en' ? `${l.grade}: ${label} (${trace.gradeExpression})` : `${l.grade}：${label}（${trace.gradeExpression}）`);
  }
  return out;
}

export function renderUnit(u: UnitResult, lang: Lang): string {
  const l = L[lang];
  const rows = u.lines.map((line) => {
    const t = u.trace.status === 'empty' ? undefined : u.trace.lines.find((tl) => u.lines[tl.index] === line);
    const substance = line.cas ? `${line.name} ${line.cas}` : line.name;
    return [
      String(line.row), substance, t?.q.display ?? line.q, t?.Q.display ?? '—', sourceText(line.thresholdSource, lang),
      t?.ratio.display ?? '—', t?.beta?.display ?? '—', betaText(line.betaSource, lang), t?.contribution?.display ?? '—',
    ];
  });
  const rowList = u.lines.map((line) => line.row).join(', ');
  // β columns only once the unit is graded (or a β is known): below the threshold there is no β to show
  const width = u.lines.some((line) => line.beta !== null) ? l.head.length : 6;
  const numeric = [true, false, true, true, false, true, true, false, true];
  const out = [
    lang === 'en' ? `━━ ${l.unit}: ${u.unit} (${u.lines.length === 1 ? 'row' : 'rows'} ${rowList})` : `━━ ${l.unit}：${u.unit}（${l.rows} ${rowList}）`,
    ...table(l.head.slice(0, width), rows.map((r) => r.slice(0, width)), numeric),
  ];
  out.push('', ...summary(u, u.trace, lang));
  if (u.problems.length > 0) out.push(l.problems, ...u.problems.map((p) => `  ${unitProblemText(p, lang)}`));
  return out.join('\n');
}

export function renderReport(units: readonly UnitResult[], lang: Lang): string {
  const head = lang === 'en' ? 'GB 18218-2018 identification of major hazard installations' : 'GB 18218-2018 危险化学品重大危险源辨识与分级';
  return `${[head, '', ...units.map((u) => `${renderUnit(u, lang)}\n`)].join('\n')}\n`;
}
