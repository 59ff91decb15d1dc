// The stateless calculator (POST /api/major-hazards/identify): the lines are checked exactly as the inventory PUT
// checks them (readInventoryLines of domain/enterprises, with the same catalog look-up), then turned into stored
// columns and back (inventoryColumnsOf → inventoryLineOf), so the trace is the one a saved inventory would get.
// Nothing is written.
import type { Db } from '@hazgov/db/database';
import { findCatalogMatches } from '@hazgov/db/enterprises/inventory.repository';
import { parseCasNumber } from '@hazgov/domain/chemicals/cas-number';
import { chemicalNameKey } from '@hazgov/domain/chemicals/chemical-name';
import { readInventoryLines, type CatalogLookup, type InventoryLineInput } from '@hazgov/domain/enterprises/inventory-line-input';
import { traceUnit, type IdentificationTrace } from '@hazgov/domain/major-hazards/identification-trace';
import { invalid } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';
import { inventoryColumnsOf, inventoryLineOf } from './inventory-line.js';

export const MAX_CALCULATOR_LINES = 500;

/** Same look-up as the inventory PUT (app/enterprises/replace-inventory.ts): catalog names, aliases and CAS. */
async function catalogLookup(db: Db, lines: readonly InventoryLineInput[]): Promise<CatalogLookup> {
  const names = [...new Set(lines.map((l) => l.chemicalName.trim()).filter((n) => n !== ''))];
  const cas = [...new Set(lines.flatMap((l) => { const p = l.cas ? parseCasNumber(l.cas) : null; return p?.ok ? [p.cas] : []; }))];
  const found = await findCatalogMatches(db, { names, cas });
  const nameKeys = new Set(found.names.map(chemicalNameKey));
  const casSet = new Set(found.cas);
  return ({ name, cas: c }) => nameKeys.has(chemicalNameKey(name)) || (c !== null && casSet.has(c));
}

export async function identifyLines(
  ctx: AppContext,
  opts: { lines: readonly InventoryLineInput[]; population500m: number | null },
): Promise<IdentificationTrace> {
  if (opts.population500m !== null && (!Number.isSafeInteger(opts.population500m) || opts.population500m < 0)) {
    throw invalid('POPULATION_INVALID', [{ field: 'population500m', code: 'POPULATION_INVALID', params: { value: opts.population500m } }]);
  }
  const { value, problems } = readInventoryLines(opts.lines, await catalogLookup(ctx.database.db, opts.lines));
  if (!value) {
    const first = problems[0];
    throw invalid(first?.code ?? 'VALIDATION_FAILED', problems, first?.params ?? {});
  }
  const lines = value.map((l) => inventoryLineOf(inventoryColumnsOf(l)));
  return traceUnit({ lines, populationWithin500m: opts.population500m });
}
