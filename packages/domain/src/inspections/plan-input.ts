// Checks an inspection plan as its organisation writes it. Each problem names its field; nothing is saved while any remains.
import { AppError, type ErrorDetail } from '../shared/app-error.js';
import { defaultDrawWeights } from './draw.js';
import { inspectionPlanKinds, type DrawWeights, type InspectionPlanKind } from './types.js';

export type PlanInput = {
  year: number; title: string; kind: InspectionPlanKind; territoryIds?: string[] | undefined; sampleSize: number;
  inspectorsPerEnterprise?: number | undefined; weights?: DrawWeights | undefined; note?: string | null | undefined;
};
export type CheckedPlan = Required<Omit<PlanInput, 'note'>> & { note: string | null };

const LEVELS = ['red', 'orange', 'yellow', 'blue', 'none'] as const;
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** `thisYear`: the China year today; a plan is for this year, last year (written late) or up to two years ahead. */
export function checkPlanInput(input: PlanInput, thisYear: number): CheckedPlan {
  const details: ErrorDetail[] = [];
  const push = (field: string, code: string, params: Record<string, string | number> = {}) => details.push({ field, code, params: { field, ...params } });
  if (!isInt(input?.year) || input.year < thisYear - 1 || input.year > thisYear + 2) push('year', 'PLAN_YEAR_RANGE', { min: thisYear - 1, max: thisYear + 2 });
  const title = typeof input?.title === 'string' ? input.title.trim() : '';
  if (!title) push('title', 'PLAN_FIELD_REQUIRED');
  else if (title.length > 200) push('title', 'PLAN_FIELD_TOO_LONG', { max: 200 });
  if (!(inspectionPlanKinds as readonly string[]).includes(input?.kind)) push('kind', 'PLAN_KIND_UNKNOWN', { value: String(input?.kind ?? '') });
  if (!isInt(input?.sampleSize) || input.sampleSize < 1 || input.sampleSize > 1000) push('sampleSize', 'PLAN_NUMBER_RANGE', { min: 1, max: 1000 });
  const perEnterprise = input?.inspectorsPerEnterprise ?? 2; // 双随机 sends at least two inspectors (执法人员不少于两人)
  if (!isInt(perEnterprise) || perEnterprise < 1 || perEnterprise > 10) push('inspectorsPerEnterprise', 'PLAN_NUMBER_RANGE', { min: 1, max: 10 });
  const territoryIds = input?.territoryIds ?? [];
  if (!Array.isArray(territoryIds) || territoryIds.some((t) => typeof t !== 'string' || !t)) push('territoryIds', 'PLAN_TERRITORIES_INVALID');
  const weights = input?.weights ?? defaultDrawWeights;
  for (const part of ['area', 'enterprise'] as const) {
    for (const l of LEVELS) {
      const v = weights?.[part]?.[l];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100) push(`weights.${part}.${l}`, 'PLAN_WEIGHT_RANGE', { min: 0, max: 100 });
    }
  }
  const note = typeof input?.note === 'string' && input.note.trim() ? input.note.trim() : null;
  if (note && note.length > 2000) push('note', 'PLAN_FIELD_TOO_LONG', { max: 2000 });
  if (details.length) throw new AppError('INSPECTION_PLAN_INVALID', 'input', {}, details);
  return { year: input.year, title, kind: input.kind, territoryIds: [...new Set(territoryIds)], sampleSize: input.sampleSize, inspectorsPerEnterprise: perEnterprise, weights, note };
}
