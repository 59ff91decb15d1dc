// The inspection context's settings, one document per key in inspection_settings. Defaults come from data/inspections
// (the criteria, with their sources and `verified` flags) and from the documented choices below.
import type { ListingCriterion, PublicFieldPolicy } from '../blacklist/types.js';
import type { EscalationRule, MajorCriterion } from '../hidden-dangers/types.js';
import { AppError, type ErrorDetail } from '../shared/app-error.js';
import { defaultPublicFields } from '../blacklist/public-fields.js';

/** Suggested rectification periods; the inspector sets each finding's deadline, these only pre-fill it. */
export type DeadlineDefaults = { generalDays: number; majorDays: number };

export type InspectionSettings = {
  majorCriteria: MajorCriterion[];
  escalation: EscalationRule;
  deadlines: DeadlineDefaults;
  blacklistCriteria: ListingCriterion[];
  publicFields: PublicFieldPolicy;
};
export const inspectionSettingKeys = ['majorCriteria', 'escalation', 'deadlines', 'blacklistCriteria', 'publicFields'] as const;
export type InspectionSettingKey = (typeof inspectionSettingKeys)[number];

/** Escalation: the territory on the first day overdue, the department after a week, the district after a month. Not set
 * by any standard; chosen so a finding cannot sit unnoticed past one monthly supervision round (docs/hidden-dangers.md). */
export const defaultEscalation: EscalationRule = { territoryDays: 1, departmentDays: 7, districtDays: 30 };
export const defaultDeadlines: DeadlineDefaults = { generalDays: 15, majorDays: 60 };

// ---- checks before a save: every problem names its field (`majorCriteria.3.text`), a bad document is refused whole ----

const KEY_PATTERN = /^[a-z0-9_-]{1,32}$/;
const TEXT_MAX = 2000;
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isText = (v: unknown, max = TEXT_MAX): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= max;

function checkCriteria(details: ErrorDetail[], name: 'majorCriteria' | 'blacklistCriteria', list: unknown): void {
  if (!Array.isArray(list) || list.length === 0 || list.length > 200) {
    details.push({ field: name, code: 'SETTINGS_CRITERIA_LIST', params: { field: name } });
    return;
  }
  const seen = new Set<string>();
  list.forEach((c: unknown, i) => {
    const item = (c ?? {}) as Record<string, unknown>;
    const at = (f: string) => `${name}.${i}.${f}`;
    if (typeof item.key !== 'string' || !KEY_PATTERN.test(item.key)) details.push({ field: at('key'), code: 'SETTINGS_CRITERION_KEY', params: { field: at('key') } });
    else if (seen.has(item.key)) details.push({ field: at('key'), code: 'SETTINGS_CRITERION_KEY_DUPLICATE', params: { field: at('key'), key: item.key } });
    else seen.add(item.key);
    if (!isText(item.text)) details.push({ field: at('text'), code: 'SETTINGS_TEXT_REQUIRED', params: { field: at('text'), max: TEXT_MAX } });
    if (!isText(item.basis)) details.push({ field: at('basis'), code: 'SETTINGS_TEXT_REQUIRED', params: { field: at('basis'), max: TEXT_MAX } });
    if (typeof item.verified !== 'boolean') details.push({ field: at('verified'), code: 'SETTINGS_BOOLEAN', params: { field: at('verified') } });
    if (name === 'blacklistCriteria' && (!isInt(item.durationMonths) || item.durationMonths < 1 || item.durationMonths > 60)) {
      details.push({ field: at('durationMonths'), code: 'SETTINGS_DURATION_RANGE', params: { field: at('durationMonths'), min: 1, max: 60 } });
    }
  });
}

/** Whole days 0–365 (the territory may be told on the day), never a later level before an earlier one. */
function checkEscalation(details: ErrorDetail[], e: unknown): void {
  const r = (e ?? {}) as Record<string, unknown>;
  const names = ['territoryDays', 'departmentDays', 'districtDays'] as const;
  for (const n of names) {
    const v = r[n];
    if (!isInt(v) || v < 0 || v > 365) details.push({ field: `escalation.${n}`, code: 'SETTINGS_DAYS_RANGE', params: { field: `escalation.${n}`, min: 0, max: 365 } });
  }
  for (let i = 1; i < names.length; i++) {
    const before = r[names[i - 1]!];
    const here = r[names[i]!];
    if (isInt(before) && isInt(here) && here <= before) {
      const field = `escalation.${names[i]}`;
      details.push({ field, code: 'SETTINGS_ESCALATION_ORDER', params: { field, value: here, before: names[i - 1]!, beforeValue: before } });
    }
  }
}

/** A deadline of 1–365 days; a major one gets at least as long as a general one (it usually needs works). */
function checkDeadlines(details: ErrorDetail[], d: unknown): void {
  const r = (d ?? {}) as Record<string, unknown>;
  for (const n of ['generalDays', 'majorDays'] as const) {
    const v = r[n];
    if (!isInt(v) || v < 1 || v > 365) details.push({ field: `deadlines.${n}`, code: 'SETTINGS_DAYS_RANGE', params: { field: `deadlines.${n}`, min: 1, max: 365 } });
  }
}

/** Only the known fields of each kind; a locked field (an ID number) can never be switched on. */
function checkPublicFields(details: ErrorDetail[], p: unknown): void {
  if (p === null || typeof p !== 'object' || Array.isArray(p)) {
    details.push({ field: 'publicFields', code: 'SETTINGS_OBJECT', params: { field: 'publicFields' } });
    return;
  }
  const policy = p as Record<string, unknown>;
  for (const kind of Object.keys(policy)) {
    const known = (defaultPublicFields as Record<string, Record<string, { public: boolean; locked?: boolean }>>)[kind];
    if (!known) { details.push({ field: `publicFields.${kind}`, code: 'SETTINGS_UNKNOWN_KEY', params: { field: `publicFields.${kind}` } }); continue; }
    const fields = policy[kind];
    if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) {
      details.push({ field: `publicFields.${kind}`, code: 'SETTINGS_OBJECT', params: { field: `publicFields.${kind}` } });
      continue;
    }
    for (const [name, flag] of Object.entries(fields as Record<string, unknown>)) {
      const field = `publicFields.${kind}.${name}`;
      if (!known[name]) { details.push({ field, code: 'SETTINGS_UNKNOWN_KEY', params: { field } }); continue; }
      const value = (flag ?? {}) as Record<string, unknown>;
      if (typeof value.public !== 'boolean') details.push({ field: `${field}.public`, code: 'SETTINGS_BOOLEAN', params: { field: `${field}.public` } });
      else if (value.public && known[name].locked) details.push({ field: `${field}.public`, code: 'SETTINGS_PUBLIC_FIELD_LOCKED', params: { field: `${field}.public` } });
    }
  }
}

/**
 * Checks the documents being saved (each key optional). Unknown keys are refused rather than ignored, so a typo
 * never silently leaves a default in force. Throws INSPECTION_SETTINGS_INVALID with one detail per problem.
 */
export function validateInspectionSettings(input: Record<string, unknown>): void {
  const details: ErrorDetail[] = [];
  for (const key of Object.keys(input)) {
    if (!(inspectionSettingKeys as readonly string[]).includes(key)) details.push({ field: key, code: 'SETTINGS_UNKNOWN_KEY', params: { field: key } });
  }
  if (input.majorCriteria !== undefined) checkCriteria(details, 'majorCriteria', input.majorCriteria);
  if (input.blacklistCriteria !== undefined) checkCriteria(details, 'blacklistCriteria', input.blacklistCriteria);
  if (input.escalation !== undefined) checkEscalation(details, input.escalation);
  if (input.deadlines !== undefined) checkDeadlines(details, input.deadlines);
  if (input.publicFields !== undefined) checkPublicFields(details, input.publicFields);
  if (details.length) throw new AppError('INSPECTION_SETTINGS_INVALID', 'input', {}, details);
}

/** A saved policy over the defaults: fields added to the code later appear with their default flag; locks always win. */
export function mergePublicFields(saved: Partial<PublicFieldPolicy> | undefined): PublicFieldPolicy {
  const out = structuredClone(defaultPublicFields);
  for (const kind of Object.keys(out) as (keyof PublicFieldPolicy)[]) {
    for (const [name, flag] of Object.entries(saved?.[kind] ?? {})) {
      const known = out[kind][name];
      if (known && !known.locked && typeof flag?.public === 'boolean') known.public = flag.public;
    }
  }
  return out;
}
