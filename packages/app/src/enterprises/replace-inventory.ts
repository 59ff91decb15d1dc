// Replaces a unit's inventory and recomputes its GB 18218 identification in the same transaction: every line is
// checked first and, when any is malformed, nothing is written (400, each problem naming its row and column).
// Lines the identification cannot settle yet (which 硝化棉 row, which β) are saved; the trace shows what to resolve.
import crypto from 'node:crypto';
import { findUnit, findUnitInScope, type UnitRow } from '@hazgov/db/enterprises/enterprise-parts.repository';
import { listLinesOfUnit, replaceUnitLines } from '@hazgov/db/enterprises/inventory.repository';
import { readInventoryLines, type InventoryLineInput } from '@hazgov/domain/enterprises/inventory-line-input';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { notFound } from '@hazgov/domain/shared/app-error';
import { recomputeUnit } from '../major-hazards/recompute-unit.js';
import { catalogLookup } from '../chemicals/catalog-lookup.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { requireEditableEnterprise } from './enterprise-access.js';
import { auditEnterprise, reopenDeclarationAfterEdit } from './enterprise-audit.js';
import { inputError } from './enterprise-columns.js';

export const MAX_INVENTORY_LINES = 500;

export async function replaceInventory(ctx: AppContext, opts: { actor: Actor; unitId: string; lines: readonly InventoryLineInput[] }): Promise<UnitRow> {
  return inTransaction(ctx, async (trx) => {
    const unit = await findUnitInScope(trx, opts.unitId, enterpriseScopeOf(opts.actor));
    if (!unit) throw notFound('enterprise_unit');
    const enterprise = await requireEditableEnterprise(trx, opts.actor, unit.enterprise_id);
    const { value: lines, problems } = readInventoryLines(opts.lines, await catalogLookup(trx, opts.lines));
    if (!lines) throw inputError(problems);

    const before = await listLinesOfUnit(trx, unit.id);
    const rows = lines.map((l, sort) => ({
      id: crypto.randomUUID(), unit_id: unit.id, enterprise_id: enterprise.id, path: unit.path, sort, chemical_name: l.chemicalName, cas: l.cas,
      table1_serial: l.table1Serial, outside_table1: l.outsideTable1 ? 1 : 0, hazard_symbols: l.hazardSymbols.length > 0 ? l.hazardSymbols.join(',') : null,
      beta_symbol: l.betaSymbol, quantity: l.quantity, quantity_unit: l.quantityUnit, density: l.density, density_unit: l.densityUnit,
      physical_state: l.physicalState, container_type: l.containerType,
    }));
    await replaceUnitLines(trx, unit.id, rows);
    const { after: identification } = await recomputeUnit(trx, ctx, { unitId: unit.id, actor: opts.actor });
    await auditEnterprise(trx, ctx, {
      actor: opts.actor, enterpriseId: enterprise.id, entity: 'inventory', action: 'inventory.replaced',
      before: { unitId: unit.id, unitName: unit.name, lines: before }, after: { unitId: unit.id, unitName: unit.name, lines: rows, identification },
    });
    await reopenDeclarationAfterEdit(trx, ctx, opts.actor, enterprise);
    const saved = await findUnit(trx, unit.id);
    if (!saved) throw new Error('unit not readable after inventory save');
    return saved;
  });
}
