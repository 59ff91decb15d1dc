// What the assessment fields offer and show: each method's scales (the values from domain/risk/assessment.ts, the
// meanings as i18n keys after data/standards/risk-grading-methods.json), and the live result the form draws while
// the user picks — the same `assess` the server runs, with the bands in force. The server recomputes on save. Pure.
import { assess, lecScales, lsScale, matrixScale, type AssessmentResult } from '@hazgov/domain/risk/assessment';
import { AppError } from '@hazgov/domain/shared/app-error';
import type { AssessmentInputs, AssessmentMethod, RiskBands } from '../api/risk.types';

export type ScaleField = 'l' | 'e' | 'c' | 's';

/** The inputs each method asks for, in the order they are shown. */
export const fieldsOf: Record<AssessmentMethod, readonly ScaleField[]> = { lec: ['l', 'e', 'c'], ls: ['l', 's'], matrix: ['l', 's'] };

export function scaleOf(method: AssessmentMethod, field: ScaleField): readonly number[] {
  if (method === 'lec') return field === 's' ? [] : lecScales[field];
  if (field === 'e' || field === 'c') return [];
  return method === 'ls' ? lsScale : matrixScale;
}

/** i18n key of a scale value's meaning: `risk.scale.lec.l.0_5` (a dot would split the key). */
export const meaningKey = (method: AssessmentMethod, field: ScaleField, value: number) => `risk.scale.${method}.${field}.${String(value).replace('.', '_')}`;
/** i18n key of a field's name (L 事故发生的可能性 …). */
export const fieldKey = (method: AssessmentMethod, field: ScaleField) => `risk.scale.${method}.${field}.name`;

/** Every meaning key the form can show (checked in both languages by the dynamic-keys test). */
export function allScaleKeys(): string[] {
  return (['lec', 'ls', 'matrix'] as const).flatMap((m) => fieldsOf[m].flatMap((f) => [fieldKey(m, f), ...scaleOf(m, f).map((v) => meaningKey(m, f, v))]));
}

export type LiveResult = { result: AssessmentResult } | { missing: ScaleField[] } | { offScale: ScaleField[] };

/** The result of what is picked so far: missing inputs first, then off-scale ones, else the scored result. */
export function liveAssess(method: AssessmentMethod, inputs: Partial<Record<ScaleField, number | null | undefined>>, bands: RiskBands): LiveResult {
  const fields = fieldsOf[method];
  const missing = fields.filter((f) => inputs[f] === undefined || inputs[f] === null);
  if (missing.length) return { missing };
  const picked: AssessmentInputs = { l: inputs.l as number };
  for (const f of fields) if (f !== 'l') picked[f] = inputs[f] as number;
  try {
    return { result: assess({ method, inputs: picked }, bands) };
  } catch (e) {
    if (e instanceof AppError) return { offScale: e.details.map((d) => (d.field ?? '').replace('inputs.', '') as ScaleField).filter((f) => fields.includes(f)) };
    throw e;
  }
}

/** "D = 6 × 6 × 15 = 540" / "R = 3 × 4 = 12" / "L3 × S4": how the score came about, in numbers only. */
export function formulaOf(r: Pick<AssessmentResult, 'method' | 'inputs' | 'score'>): string {
  const i = r.inputs;
  if (r.method === 'lec') return `D = ${i.l} × ${i.e ?? '?'} × ${i.c ?? '?'} = ${r.score}`;
  if (r.method === 'ls') return `R = ${i.l} × ${i.s ?? '?'} = ${r.score}`;
  return `L${i.l} × S${i.s ?? '?'}`;
}

/** The band as a range: "D ≥ 320", "160 ≤ D < 320". */
export function bandText(r: Pick<AssessmentResult, 'method' | 'band'>): string | null {
  if (!r.band) return null;
  const sym = r.method === 'lec' ? 'D' : 'R';
  return r.band.max === null ? `${sym} ≥ ${r.band.min}` : r.band.min <= 0 ? `${sym} < ${r.band.max}` : `${r.band.min} ≤ ${sym} < ${r.band.max}`;
}
