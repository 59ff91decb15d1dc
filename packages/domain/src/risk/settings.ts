// Checks of the district's risk settings before they are saved: score bands (RiskBands), the area rule and the
// supervision frequencies. Each problem names its field (e.g. `bands.lec.2.min`) so the form can mark it; a bad
// document is refused whole (RISK_BANDS_INVALID / RISK_AREA_RULE_INVALID / RISK_FREQUENCY_INVALID).
import { AppError, type ErrorDetail } from '../shared/app-error.js';
import { riskLevels, type AreaRule, type RiskBands, type SupervisionFrequency } from './types.js';

const isLevel = (v: unknown): boolean => typeof v === 'string' && (riskLevels as readonly string[]).includes(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function checkScoreBands(details: ErrorDetail[], name: 'lec' | 'ls', bands: unknown): void {
  const field = `bands.${name}`;
  const method = name.toUpperCase(); // named in the message, with the band's number (1 = red … 4 = blue)
  if (!Array.isArray(bands) || bands.length !== riskLevels.length) {
    details.push({ field, code: 'RISK_BANDS_COUNT', params: { field, method, count: riskLevels.length } });
    return;
  }
  bands.forEach((b: unknown, i) => {
    const band = (b ?? {}) as { level?: unknown; min?: unknown };
    const expected = riskLevels[i]!;
    if (band.level !== expected) details.push({ field: `${field}.${i}.level`, code: 'RISK_BANDS_ORDER', params: { field: `${field}.${i}.level`, method, n: i + 1, expected } });
    if (!isNum(band.min) || band.min < 0) {
      details.push({ field: `${field}.${i}.min`, code: 'RISK_BAND_MIN_INVALID', params: { field: `${field}.${i}.min`, method, n: i + 1 } });
      return;
    }
    const prev = (bands[i - 1] as { min?: unknown } | undefined)?.min;
    if (i > 0 && isNum(prev) && prev >= 0 && band.min >= prev) {
      details.push({ field: `${field}.${i}.min`, code: 'RISK_BANDS_NOT_DESCENDING', params: { field: `${field}.${i}.min`, method, n: i + 1, value: band.min, above: prev } });
    }
    if (i === bands.length - 1 && band.min !== 0) {
      details.push({ field: `${field}.${i}.min`, code: 'RISK_BANDS_LOWEST_NOT_ZERO', params: { field: `${field}.${i}.min`, method, n: i + 1, value: band.min } });
    }
  });
}

/** The bands must be red → blue with strictly descending minimums down to 0 (so they cover the scale), the matrix 4×4 of levels. */
export function validateBands(b: RiskBands): void {
  const details: ErrorDetail[] = [];
  checkScoreBands(details, 'lec', b?.lec);
  checkScoreBands(details, 'ls', b?.ls);
  const m = b?.matrix as unknown;
  if (!Array.isArray(m) || m.length !== 4 || m.some((row) => !Array.isArray(row) || row.length !== 4)) {
    details.push({ field: 'bands.matrix', code: 'RISK_MATRIX_SHAPE', params: { field: 'bands.matrix' } });
  } else {
    m.forEach((row: unknown[], i) => row.forEach((cell, j) => {
      if (!isLevel(cell)) details.push({ field: `bands.matrix.${i}.${j}`, code: 'RISK_MATRIX_CELL_INVALID', params: { field: `bands.matrix.${i}.${j}`, l: i + 1, s: j + 1 } });
    }));
  }
  if (typeof b?.basis !== 'string' || b.basis.length > 2000) details.push({ field: 'bands.basis', code: 'RISK_BASIS_INVALID', params: { field: 'bands.basis' } });
  if (details.length) throw new AppError('RISK_BANDS_INVALID', 'input', {}, details);
}

/** Weights are numbers ≥ 0; thresholds red > orange > yellow ≥ 0; floors are levels. */
export function validateAreaRule(r: AreaRule): void {
  const details: ErrorDetail[] = [];
  const weight = (field: string, v: unknown) => {
    if (!isNum(v) || v < 0) details.push({ field, code: 'RISK_WEIGHT_INVALID', params: { field } });
  };
  const w = r?.weights;
  for (const g of ['1', '2', '3', '4'] as const) weight(`areaRule.weights.majorHazard.${g}`, w?.majorHazard?.[g]);
  for (const l of riskLevels) weight(`areaRule.weights.riskPoint.${l}`, w?.riskPoint?.[l]);
  weight('areaRule.weights.sensitiveTarget', w?.sensitiveTarget);
  weight('areaRule.weights.populationPer10k', w?.populationPer10k);
  const t = r?.thresholds;
  const names = ['red', 'orange', 'yellow'] as const;
  for (const n of names) {
    const field = `areaRule.thresholds.${n}`;
    if (!isNum(t?.[n]) || t[n] < 0) details.push({ field, code: 'RISK_THRESHOLD_INVALID', params: { field } });
  }
  if (t && isNum(t.red) && isNum(t.orange) && t.red <= t.orange) {
    details.push({ field: 'areaRule.thresholds.red', code: 'RISK_THRESHOLDS_NOT_DESCENDING', params: { field: 'areaRule.thresholds.red', value: t.red, below: t.orange } });
  }
  if (t && isNum(t.orange) && isNum(t.yellow) && t.orange <= t.yellow) {
    details.push({ field: 'areaRule.thresholds.orange', code: 'RISK_THRESHOLDS_NOT_DESCENDING', params: { field: 'areaRule.thresholds.orange', value: t.orange, below: t.yellow } });
  }
  for (const f of ['grade1MajorHazard', 'redRiskPoint', 'outOfControlPoint'] as const) {
    if (!isLevel(r?.floors?.[f])) details.push({ field: `areaRule.floors.${f}`, code: 'RISK_FLOOR_INVALID', params: { field: `areaRule.floors.${f}` } });
  }
  if (typeof r?.basis !== 'string' || r.basis.length > 2000) details.push({ field: 'areaRule.basis', code: 'RISK_BASIS_INVALID', params: { field: 'areaRule.basis' } });
  if (details.length) throw new AppError('RISK_AREA_RULE_INVALID', 'input', {}, details);
}

/** Whole months 1–24, never visiting a worse area less often: red ≤ orange ≤ yellow ≤ blue. */
export function validateSupervisionFrequency(f: SupervisionFrequency): void {
  const details: ErrorDetail[] = [];
  for (const l of riskLevels) {
    const v = f?.[l];
    const field = `supervisionFrequency.${l}`;
    if (!Number.isInteger(v) || v < 1 || v > 24) details.push({ field, code: 'RISK_FREQUENCY_RANGE', params: { field } });
  }
  for (let i = 1; i < riskLevels.length; i++) {
    const worse = f?.[riskLevels[i - 1]!];
    const here = f?.[riskLevels[i]!];
    if (Number.isInteger(worse) && Number.isInteger(here) && here < worse) {
      const field = `supervisionFrequency.${riskLevels[i]}`;
      details.push({ field, code: 'RISK_FREQUENCY_ORDER', params: { field, value: here, worse: riskLevels[i - 1]!, worseValue: worse } });
    }
  }
  if (details.length) throw new AppError('RISK_FREQUENCY_INVALID', 'input', {}, details);
}
