// Adds a production or storage unit (GB 18218 3.4 / 3.5); its identification starts 'empty' and is stored at once.
import crypto from 'node:crypto';
import { findUnit, insertUnit, nextSort, type UnitRow } from '@hazgov/db/enterprises/enterprise-parts.repository';
import { readUnitInput, type UnitInput } from '@hazgov/domain/enterprises/part-inputs';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { recomputeUnit } from '../major-hazards/recompute-unit.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { requireEditableEnterprise } from './enterprise-access.js';
import { auditEnterprise, reopenDeclarationAfterEdit } from './enterprise-audit.js';
import { inputError } from './enterprise-columns.js';
import { unitColumns } from './unit-columns.js';
import { assertInsideDistrict } from '../map/inside-district.js';

export async function addUnit(ctx: AppContext, opts: { actor: Actor; enterpriseId: string; input: UnitInput }): Promise<UnitRow> {
  return inTransaction(ctx, async (trx) => {
    const enterprise = await requireEditableEnterprise(trx, opts.actor, opts.enterpriseId);
    const { value: f, problems } = readUnitInput(opts.input);
    if (!f) throw inputError(problems);
    if (f.location) await assertInsideDistrict(trx, f.location, 'location');
    const id = crypto.randomUUID();
    await insertUnit(trx, {
      ...(await unitColumns(trx, enterprise.id, f)), id, enterprise_id: enterprise.id, path: enterprise.path,
      sort: await nextSort(trx, 'enterprise_units', enterprise.id),
    });
    await recomputeUnit(trx, ctx, { unitId: id, actor: opts.actor });
    const row = await findUnit(trx, id);
    if (!row) throw new Error('unit not readable after insert');
    const { ident_json: _trace, ...logged } = row;
    await auditEnterprise(trx, ctx, { actor: opts.actor, enterpriseId: enterprise.id, entity: 'enterprise_unit', action: 'enterprise_unit.created', after: logged });
    await reopenDeclarationAfterEdit(trx, ctx, opts.actor, enterprise);
    return row;
  });
}
