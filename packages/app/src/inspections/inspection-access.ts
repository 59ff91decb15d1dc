// Who may do what with a field inspection (docs/api-contract.md § Inspections): everyone reads what lies in their
// enterprise scope (outside it: 404), so the enterprise sees the record its representative confirmed. Recording
// (results, photos, submission) is for the inspection's own inspectors, the organisation that runs it (a department
// or town user of that organisation) and the district admin. Creating one is a regulator's act.
import type { Db } from '@hazgov/db/database';
import { findInspectionInScope, type InspectionRow, type InspectionView } from '@hazgov/db/inspections/inspections.repository';
import type { Role } from '@hazgov/domain/orgs/roles';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError, forbidden, notFound } from '@hazgov/domain/shared/app-error';

export const INSPECTION_CREATORS: readonly Role[] = ['district_admin', 'department', 'inspector', 'territory'];

export const inspectorIdsOf = (row: Pick<InspectionRow, 'inspector_ids_json'>): string[] => {
  try {
    const ids = JSON.parse(row.inspector_ids_json) as unknown;
    return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

export function mayRecord(actor: Actor, row: Pick<InspectionRow, 'inspector_ids_json' | 'organisation_id'>): boolean {
  if (actor.role === 'district_admin') return true;
  if (inspectorIdsOf(row).includes(actor.userId)) return true;
  return (actor.role === 'department' || actor.role === 'territory') && actor.organisationId === row.organisation_id;
}

export async function requireInspectionInScope(db: Db, actor: Actor, id: string): Promise<InspectionView> {
  const row = await findInspectionInScope(db, id, enterpriseScopeOf(actor));
  if (!row) throw notFound('inspection');
  return row;
}

/** In scope, the caller may record, and the record is still open (a submitted one is never edited again). */
export async function requireRecordable(db: Db, actor: Actor, id: string, opts: { allowSubmitted?: boolean } = {}): Promise<InspectionView> {
  const row = await requireInspectionInScope(db, actor, id);
  if (!mayRecord(actor, row)) throw forbidden();
  if (row.status === 'cancelled') throw new AppError('INSPECTION_CANCELLED', 'conflict');
  if (row.status === 'submitted' && !opts.allowSubmitted) throw new AppError('INSPECTION_SUBMITTED', 'conflict');
  return row;
}
