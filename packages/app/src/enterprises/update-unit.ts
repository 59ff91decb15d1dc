// Changes a unit; a change of the population within 500 m recomputes its grade (α) in the same transaction.
import { findUnit, findUnitInScope, updateUnit as saveUnit, type UnitRow } from '@hazgov/db/enterprises/enterprise-parts.repository';
import { readUnitInput, type UnitInput } from '@hazgov/domain/enterprises/part-inputs';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { notFound } from '@hazgov/domain/shared/app-error';
import { recomputeUnit } from '../major-hazards/recompute-unit.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { requireEditableEnterprise } from './enterprise-access.js';
import { auditEnterprise, reopenDeclarationAfterEdit } from './enterprise-audit.js';
import { inputError } from './enterprise-columns.js';
import { unitColumns } from './unit-columns.js';
import { assertInsideDistrict } from '../map/inside-district.js';

export async function updateUnit(ctx: AppContext, opts: { actor: Actor; unitId: string; input: UnitInput }): Promise<UnitRow> {
  return inTransaction(ctx, async (trx) => {
    const before = await findUnitInScope(trx, opts.unitId, enterpriseScopeOf(opts.actor));
    if (!before) throw notFound('enterprise_unit');
    const enterprise = await requireEditableEnterprise(trx, opts.actor, before.enterprise_id);
    const { value: f, problems } = readUnitInput(opts.input);
    if (!f) throw inputError(problems);
    if (f.location) await assertInsideDistrict(trx, f.location, 'location');
    const columns = await unitColumns(trx, enterprise.id, f);
    await saveUnit(trx, before.id, columns);
    if (columns.population_500m !== before.population_500m) await recomputeUnit(trx, ctx, { unitId: before.id, actor: opts.actor });
    const after = await findUnit(trx, before.id);
    if (!after) throw new Error('unit not readable after update');
    const { ident_json: _b, ...loggedBefore } = before;
    const { ident_json: _a, ...loggedAfter } = after;
    await auditEnterprise(trx, ctx, {
      actor: opts.actor, enterpriseId: enterprise.id, entity: 'enterprise_unit', action: 'enterprise_unit.updated', before: loggedBefore, after: loggedAfter,
    });
    await reopenDeclarationAfterEdit(trx, ctx, opts.actor, enterprise);
    return after;
  });
}
