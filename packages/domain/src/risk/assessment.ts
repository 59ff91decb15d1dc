// Scoring a risk point: LEC (D = L×E×C, Graham–Kinney scales), LS (R = L×S, 1–5 each) and a 4×4 risk matrix, then the
// four colours from the bands in force (RiskBands, configurable because no national standard fixes them). Scores are
// computed in hundredths as integers (L and E have 0.5 / 0.2 / 0.1 steps), so a band edge such as D = 320 or 70 is
// met exactly, never missed by a floating-point 319.99999.
import { AppError, type ErrorDetail } from '../shared/app-error.js';
import type { AssessmentInputs, AssessmentMethod, RiskBands, RiskLevel, ScoreBand } from './types.js';

export const lecScales = {
  l: [10, 6, 3, 1, 0.5, 0.2, 0.1],
  e: [10, 6, 3, 2, 1, 0.5],
  c: [100, 40, 15, 7, 3, 1],
} as const;
export const lsScale = [1, 2, 3, 4, 5] as const;
export const matrixScale = [1, 2, 3, 4] as const;

/** The defaults and where they come from (data/standards/risk-grading-methods.json: L3, S1, A1). */
export const defaultBands: RiskBands = {
  lec: [{ level: 'red', min: 320 }, { level: 'orange', min: 160 }, { level: 'yellow', min: 70 }, { level: 'blue', min: 0 }],
  ls: [{ level: 'red', min: 20 }, { level: 'orange', min: 15 }, { level: 'yellow', min: 9 }, { level: 'blue', min: 0 }],
  matrix: [
    ['blue', 'blue', 'blue', 'yellow'],
    ['blue', 'yellow', 'yellow', 'orange'],
    ['blue', 'yellow', 'orange', 'red'],
    ['yellow', 'orange', 'red', 'red'],
  ],
  // Chinese: the text is data the district may rewrite in its own words; the web shows a translation while it is the default
  basis: 'LEC：D≥320 重大风险，160≤D<320 较大风险，70≤D<160 一般风险，D<70 低风险（Graham–Kinney 分值的常见平台映射）；LS：R≥20 重大，15–16 较大，9–12 一般，<9 低；矩阵：危险化学品企业区域 4×4 风险矩阵。国家标准未规定分级界限，本区可调整。',
};

export type Assessment = { method: AssessmentMethod; inputs: AssessmentInputs };
export type AssessmentResult = {
  method: AssessmentMethod; inputs: AssessmentInputs; score: number; level: RiskLevel;
  band: { level: RiskLevel; min: number; max: number | null } | null; basis: string;
};

function onScale(details: ErrorDetail[], field: keyof AssessmentInputs, value: unknown, scale: readonly number[]): number {
  if (typeof value !== 'number' || !scale.includes(value)) {
    details.push({ field: `inputs.${field}`, code: 'RISK_INPUT_OFF_SCALE', params: { value: String(value ?? ''), scale: scale.join(' / ') } });
    return 0;
  }
  return value;
}

const hundredths = (x: number) => Math.round(x * 100);

/** The band a score falls in: bands are sorted by min descending; the first whose min ≤ score. */
export function bandOf(bands: readonly ScoreBand[], score: number): { level: RiskLevel; min: number; max: number | null } {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const s = hundredths(score);
  for (let i = 0; i < sorted.length; i++) {
    const b = sorted[i]!;
    if (s >= hundredths(b.min)) return { level: b.level, min: b.min, max: i === 0 ? null : sorted[i - 1]!.min };
  }
  const last = sorted.at(-1)!;
  return { level: last.level, min: last.min, max: sorted.length > 1 ? sorted.at(-2)!.min : null };
}

/** Scores an assessment; inputs off their scale → AppError RISK_INPUT_OFF_SCALE naming every bad field. */
export function assess(a: Assessment, bands: RiskBands): AssessmentResult {
  const details: ErrorDetail[] = [];
  if (a.method === 'lec') {
    const l = onScale(details, 'l', a.inputs.l, lecScales.l);
    const e = onScale(details, 'e', a.inputs.e, lecScales.e);
    const c = onScale(details, 'c', a.inputs.c, lecScales.c);
    if (details.length) throw new AppError('RISK_INPUT_OFF_SCALE', 'input', {}, details);
    // L and E in tenths, C whole: D×100 = (10L)(10E)C exactly.
    const score = (Math.round(l * 10) * Math.round(e * 10) * c) / 100;
    const band = bandOf(bands.lec, score);
    return { method: 'lec', inputs: { l, e, c }, score, level: band.level, band, basis: bands.basis };
  }
  if (a.method === 'ls') {
    const l = onScale(details, 'l', a.inputs.l, lsScale);
    const s = onScale(details, 's', a.inputs.s, lsScale);
    if (details.length) throw new AppError('RISK_INPUT_OFF_SCALE', 'input', {}, details);
    const score = l * s;
    const band = bandOf(bands.ls, score);
    return { method: 'ls', inputs: { l, s }, score, level: band.level, band, basis: bands.basis };
  }
  if (a.method === 'matrix') {
    const l = onScale(details, 'l', a.inputs.l, matrixScale);
    const s = onScale(details, 's', a.inputs.s, matrixScale);
    if (details.length) throw new AppError('RISK_INPUT_OFF_SCALE', 'input', {}, details);
    const level = bands.matrix[l - 1]?.[s - 1];
    if (!level) throw new AppError('RISK_BANDS_INVALID', 'input', {}, [{ field: `bands.matrix[${l - 1}][${s - 1}]`, code: 'RISK_BANDS_INVALID' }]);
    return { method: 'matrix', inputs: { l, s }, score: l * s, level, band: null, basis: bands.basis };
  }
  throw new AppError('RISK_METHOD_UNKNOWN', 'input', { method: String(a.method) }, [{ field: 'method', code: 'RISK_METHOD_UNKNOWN' }]);
}
