// The district admin removes an entry from the restriction list (audited: the removed row is kept in the audit).
import { deleteRestriction as deleteRow, findRestriction } from '@hazgov/db/chemicals/restriction-list.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { forbidden, notFound } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';

export async function deleteRestriction(ctx: AppContext, opts: { actor: Actor; id: string }): Promise<void> {
  if (opts.actor.role !== 'district_admin') throw forbidden();
  await inTransaction(ctx, async (trx) => {
    const before = await findRestriction(trx, opts.id);
    if (!before) throw notFound('restriction');
    await deleteRow(trx, before.id);
    await recordAudit(trx, { actor: opts.actor, action: 'restriction.deleted', entity: 'restriction_list', entityId: before.id, before, at: ctx.now().toISOString() });
  });
}
