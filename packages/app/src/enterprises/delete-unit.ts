// Removes a unit with its inventory and register row; the audit row keeps the unit and its lines. Risk points on
// the unit are kept and re-attached to its site (or the enterprise): a hazard does not vanish with a record.
import { deleteUnitWithInventory, findUnitInScope } from '@hazgov/db/enterprises/enterprise-parts.repository';
import { listLinesOfUnit } from '@hazgov/db/enterprises/inventory.repository';
import { detachRiskPointsFrom } from '@hazgov/db/risk/risk-points.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { notFound } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { requireEditableEnterprise } from './enterprise-access.js';
import { auditEnterprise, reopenDeclarationAfterEdit } from './enterprise-audit.js';

export async function deleteUnit(ctx: AppContext, opts: { actor: Actor; unitId: string }): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    const unit = await findUnitInScope(trx, opts.unitId, enterpriseScopeOf(opts.actor));
    if (!unit) throw notFound('enterprise_unit');
    const enterprise = await requireEditableEnterprise(trx, opts.actor, unit.enterprise_id);
    const lines = await listLinesOfUnit(trx, unit.id);
    await detachRiskPointsFrom(trx, { unitId: unit.id }); // its risk points stay, as points of the site or enterprise
    await deleteUnitWithInventory(trx, unit.id);
    const { ident_json: _trace, ...logged } = unit;
    await auditEnterprise(trx, ctx, {
      actor: opts.actor, enterpriseId: enterprise.id, entity: 'enterprise_unit', action: 'enterprise_unit.deleted', before: { ...logged, lines },
    });
    await reopenDeclarationAfterEdit(trx, ctx, opts.actor, enterprise);
  });
}
