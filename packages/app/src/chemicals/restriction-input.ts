// Checking a restriction-list entry as typed: a name, an optional CAS (check digit verified), a level, a note.
import { parseCasNumber } from '@hazgov/domain/chemicals/cas-number';
import { chemicalNameKey } from '@hazgov/domain/chemicals/chemical-name';
import { restrictionLevels, type RestrictionLevel } from '@hazgov/domain/chemicals/restriction';
import { invalid, type ErrorDetail } from '@hazgov/domain/shared/app-error';
import type { RestrictionRow } from '@hazgov/db/chemicals/restriction-list.repository';

export type RestrictionInput = { chemicalName: string; cas?: string | null; level: string; note?: string | null };
export type RestrictionValues = { chemicalName: string; cas: string | null; level: RestrictionLevel; note: string | null };

export function readRestrictionInput(input: RestrictionInput): RestrictionValues {
  const details: ErrorDetail[] = [];
  const chemicalName = input.chemicalName.trim();
  if (chemicalName === '') details.push({ field: 'chemicalName', code: 'RESTRICTION_NAME_REQUIRED' });
  let cas: string | null = null;
  const casText = (input.cas ?? '').trim();
  if (casText !== '') {
    const parsed = parseCasNumber(casText);
    if (parsed.ok) cas = parsed.cas;
    else details.push({ field: 'cas', code: parsed.problem === 'check_digit' ? 'CAS_CHECK_DIGIT' : 'CAS_FORMAT', params: { cas: casText } });
  }
  const level = (restrictionLevels as readonly string[]).includes(input.level) ? (input.level as RestrictionLevel) : null;
  if (!level) details.push({ field: 'level', code: 'RESTRICTION_LEVEL_UNKNOWN', params: { value: input.level } });
  const first = details[0];
  if (first || !level) throw invalid(first?.code ?? 'VALIDATION_FAILED', details, first?.params ?? {});
  const note = (input.note ?? '').trim();
  return { chemicalName, cas, level, note: note === '' ? null : note };
}

/** Another entry naming the same chemical (same name as typed-compared, and same CAS or none). */
export function duplicateOf(rows: readonly RestrictionRow[], values: RestrictionValues, exceptId?: string): RestrictionRow | undefined {
  const key = chemicalNameKey(values.chemicalName);
  return rows.find((r) => r.id !== exceptId && chemicalNameKey(r.chemical_name) === key && (r.cas ?? null) === values.cas);
}
