// Reads a 完成时间 phrase into milestones. The plan's phrases are short and formulaic ("2018年3月底前取得阶段性成果，
// 2018年4月至2019年10月深化提升"); anything outside the grammar below is refused with a reason, never guessed —
// the import preview shows it and a person decides.
//
// Reading of "…前": "2017年6月12日前" and "2017年6月底前" are due ON that day (by its end), as government offices
// use the phrase (the plan's own 6月12日前 fax deadline is that day). "2017年6月前" (a month without 底/日) is
// ambiguous — before June, or by June? — and is refused.
import { isoDateOf, lastDayOfMonth } from '../shared/iso-date.js';

export const deadlineKinds = ['fixed', 'ongoing', 'interim_deepening', 'interim_ongoing', 'conditional'] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

export const milestoneKinds = ['fixed', 'interim', 'deepening', 'ongoing', 'conditional'] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

/** label: the clause of the phrase this milestone comes from, as written. */
export type Milestone =
  | { kind: 'fixed'; label: string; dueOn: string }
  | { kind: 'interim'; label: string; dueOn: string }
  | { kind: 'deepening'; label: string; startsOn: string; dueOn: string }
  | { kind: 'ongoing'; label: string }
  | { kind: 'conditional'; label: string; event: string };

export const deadlineFailures = [
  'empty',
  'unrecognised',
  'ambiguous_month',
  'invalid_date',
  'bad_range',
  'out_of_order',
  'unsupported_combination',
] as const;
export type DeadlineFailure = (typeof deadlineFailures)[number];

export type ParsedDeadline =
  | { ok: true; text: string; kind: DeadlineKind; milestones: Milestone[] }
  | { ok: false; text: string; reason: DeadlineFailure; clause?: string };

type ClauseResult = { ok: true; milestone: Milestone } | { ok: false; reason: DeadlineFailure };

const FULL_WIDTH_DIGIT = /[０-９]/gu;
const INTERIM = /阶段性成果|阶段性成效|取得成果|初见成效|初步成效/u;
const DEEPENING = /深化|提升|巩固/u;
const ONGOING = /^(持续|长期|常态化|不断)/u;
const QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

// 2018年4月至2019年10月…, 2018年4月1日至10月底…
const RANGE =
  /^(?:在|于)?(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?(?:至|到|—|–|－|-|~|～)(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日|底|末)?(.*)$/u;
// 2017年6月12日前…, 2017年6月底前…, 2017年6月…
const DAY = /^(?:在|于)?(\d{4})年(\d{1,2})月(\d{1,2})日(?:前|之前|以前)?(.*)$/u;
const MONTH = /^(?:在|于)?(\d{4})年(\d{1,2})月(底|末)?(前|之前|以前)?(.*)$/u;
// 2017年底前…, 2018年上半年…, 2018年第一季度末前…
const YEAR_END = /^(?:在|于)?(\d{4})年(?:底|末)(?:前|之前|以前)?(.*)$/u;
const HALF = /^(?:在|于)?(\d{4})年(上|下)半年(?:前|之前|以前|内)?(.*)$/u;
const QUARTER = /^(?:在|于)?(\d{4})年第([一二三四1-4])季度(?:末|底)?(?:前|之前|以前|内)?(.*)$/u;
// 省公安厅追溯体系信息系统建立后完成
const CONDITIONAL = /^(?:待)?(.+?)后(?:完成|实施|推进|开展|落实)?$/u;

function point(label: string, dueOn: string | null, rest: string): ClauseResult {
  if (dueOn === null) return { ok: false, reason: 'invalid_date' };
  return { ok: true, milestone: { kind: INTERIM.test(rest) ? 'interim' : 'fixed', label, dueOn } };
}

function parseClause(clause: string): ClauseResult {
  let m = RANGE.exec(clause);
  if (m) {
    const [, y1, m1, d1, y2, m2, d2, rest = ''] = m;
    const startYear = Number(y1);
    const endYear = y2 ? Number(y2) : startYear;
    const startsOn = isoDateOf(startYear, Number(m1), d1 ? Number(d1) : 1);
    const endMonth = Number(m2);
    const dueOn = d2 ? isoDateOf(endYear, endMonth, Number(d2)) : endMonth >= 1 && endMonth <= 12 ? lastDayOfMonth(endYear, endMonth) : null;
    if (startsOn === null || dueOn === null) return { ok: false, reason: 'invalid_date' };
    if (dueOn < startsOn) return { ok: false, reason: 'bad_range' };
    if (!DEEPENING.test(rest)) return { ok: false, reason: 'unrecognised' };
    return { ok: true, milestone: { kind: 'deepening', label: clause, startsOn, dueOn } };
  }
  m = DAY.exec(clause);
  if (m) return point(clause, isoDateOf(Number(m[1]), Number(m[2]), Number(m[3])), m[4] ?? '');
  m = MONTH.exec(clause);
  if (m) {
    const [, y, mo, end, before, rest = ''] = m;
    // "6月前" without 底: before June, or by the end of June? Refused. "6月完成" (no 前) is within June.
    if (!end && before) return { ok: false, reason: 'ambiguous_month' };
    const month = Number(mo);
    return point(clause, month >= 1 && month <= 12 ? lastDayOfMonth(Number(y), month) : null, rest);
  }
  m = YEAR_END.exec(clause);
  if (m) return point(clause, isoDateOf(Number(m[1]), 12, 31), m[2] ?? '');
  m = HALF.exec(clause);
  if (m) return point(clause, m[2] === '上' ? isoDateOf(Number(m[1]), 6, 30) : isoDateOf(Number(m[1]), 12, 31), m[3] ?? '');
  m = QUARTER.exec(clause);
  if (m) {
    const q = QUARTERS[m[2] ?? ''] ?? 0;
    return point(clause, lastDayOfMonth(Number(m[1]), q * 3), m[3] ?? '');
  }
  if (ONGOING.test(clause)) return { ok: true, milestone: { kind: 'ongoing', label: clause } };
  m = CONDITIONAL.exec(clause);
  if (m && !/\d/u.test(m[1] ?? '')) return { ok: true, milestone: { kind: 'conditional', label: clause, event: m[1] as string } };
  return { ok: false, reason: 'unrecognised' };
}

/** The deadline kind a milestone sequence has, or null when it is not one the platform tracks. */
function kindOf(milestones: readonly Milestone[]): DeadlineKind | null {
  const kinds = milestones.map((m) => m.kind);
  const last = kinds[kinds.length - 1];
  const leading = kinds.slice(0, -1);
  const allPoints = (ks: readonly MilestoneKind[]): boolean => ks.every((k) => k === 'fixed' || k === 'interim');
  if (kinds.length === 1 && (last === 'ongoing' || last === 'conditional')) return last;
  // Dated milestones ending in a 完成: "2017年6月底前完成"; earlier stages may be interim.
  if (last === 'fixed' && allPoints(leading)) return 'fixed';
  // A dated stage, then deepening or continuing work.
  if (leading.length > 0 && allPoints(leading) && last === 'deepening') return 'interim_deepening';
  if (leading.length > 0 && allPoints(leading) && last === 'ongoing') return 'interim_ongoing';
  return null;
}

function datesOf(m: Milestone): { from: string; to: string } | null {
  if (m.kind === 'fixed' || m.kind === 'interim') return { from: m.dueOn, to: m.dueOn };
  if (m.kind === 'deepening') return { from: m.startsOn, to: m.dueOn };
  return null;
}

export function parseDeadline(text: string): ParsedDeadline {
  const normalised = text
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u00a0]+/gu, '')
    .replace(/[（(]/gu, '（')
    .replace(/[)）]/gu, '）');
  const clauses = normalised.split(/[，,；;。]/u).filter((c) => c !== '');
  if (clauses.length === 0) return { ok: false, text, reason: 'empty' };

  const milestones: Milestone[] = [];
  for (const clause of clauses) {
    const result = parseClause(clause);
    if (!result.ok) return { ok: false, text, reason: result.reason, clause };
    milestones.push(result.milestone);
  }
  for (let i = 1; i < milestones.length; i += 1) {
    const before = datesOf(milestones[i - 1] as Milestone);
    const after = datesOf(milestones[i] as Milestone);
    if (before && after && after.from < before.to) return { ok: false, text, reason: 'out_of_order', clause: clauses[i] };
  }
  const kind = kindOf(milestones);
  if (!kind) return { ok: false, text, reason: 'unsupported_combination' };
  return { ok: true, text, kind, milestones };
}
