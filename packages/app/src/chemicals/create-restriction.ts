// The district admin adds a chemical to the restriction list (audited). Inventory lines are flagged on read.
import crypto from 'node:crypto';
import { insertRestriction, listRestrictionRows, type RestrictionRow } from '@hazgov/db/chemicals/restriction-list.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError, forbidden } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { duplicateOf, readRestrictionInput, type RestrictionInput } from './restriction-input.js';

export async function createRestriction(ctx: AppContext, opts: { actor: Actor; input: RestrictionInput }): Promise<RestrictionRow> {
  if (opts.actor.role !== 'district_admin') throw forbidden();
  const values = readRestrictionInput(opts.input);
  return inTransaction(ctx, async (trx) => {
    const existing = duplicateOf(await listRestrictionRows(trx), values);
    if (existing) throw new AppError('RESTRICTION_DUPLICATE', 'conflict', { name: existing.chemical_name }, [{ field: 'chemicalName', code: 'RESTRICTION_DUPLICATE', params: { name: existing.chemical_name } }]);
    const at = ctx.now().toISOString();
    const row: RestrictionRow = {
      id: `rl-${crypto.randomUUID()}`, chemical_name: values.chemicalName, cas: values.cas, level: values.level, note: values.note,
      created_at: at, updated_at: at, updated_by: opts.actor.userId,
    };
    await insertRestriction(trx, row);
    await recordAudit(trx, { actor: opts.actor, action: 'restriction.created', entity: 'restriction_list', entityId: row.id, after: row, at });
    return row;
  });
}
