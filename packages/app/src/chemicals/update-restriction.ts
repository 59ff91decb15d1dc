// The district admin changes an entry of the restriction list (audited with before and after).
import { findRestriction, listRestrictionRows, updateRestriction as updateRow, type RestrictionRow } from '@hazgov/db/chemicals/restriction-list.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError, forbidden, notFound } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { duplicateOf, readRestrictionInput, type RestrictionInput } from './restriction-input.js';

export async function updateRestriction(ctx: AppContext, opts: { actor: Actor; id: string; input: RestrictionInput }): Promise<RestrictionRow> {
  if (opts.actor.role !== 'district_admin') throw forbidden();
  const values = readRestrictionInput(opts.input);
  return inTransaction(ctx, async (trx) => {
    const before = await findRestriction(trx, opts.id);
    if (!before) throw notFound('restriction');
    const existing = duplicateOf(await listRestrictionRows(trx), values, before.id);
    if (existing) throw new AppError('RESTRICTION_DUPLICATE', 'conflict', { name: existing.chemical_name }, [{ field: 'chemicalName', code: 'RESTRICTION_DUPLICATE', params: { name: existing.chemical_name } }]);
    const at = ctx.now().toISOString();
    const change = { chemical_name: values.chemicalName, cas: values.cas, level: values.level, note: values.note, updated_at: at, updated_by: opts.actor.userId };
    await updateRow(trx, before.id, change);
    const after = { ...before, ...change };
    await recordAudit(trx, { actor: opts.actor, action: 'restriction.updated', entity: 'restriction_list', entityId: before.id, before, after, at });
    return after;
  });
}
