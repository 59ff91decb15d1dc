// The stateless calculator (POST /api/major-hazards/identify): the lines are checked exactly as the inventory PUT
// checks them (readInventoryLines of domain/enterprises, with the same catalog look-up), then turned into stored
// columns and back (inventoryColumnsOf → inventoryLineOf), so the trace is the one a saved inventory would get.
// Nothing is written.
import { readInventoryLines, type InventoryLineInput } from '@hazgov/domain/enterprises/inventory-line-input';
import { traceUnit, type IdentificationTrace } from '@hazgov/domain/major-hazards/identification-trace';
import { invalid } from '@hazgov/domain/shared/app-error';
import { catalogLookup } from '../chemicals/catalog-lookup.js';
import type { AppContext } from '../shared/context.js';
import { inventoryColumnsOf, inventoryLineOf } from './inventory-line.js';

export const MAX_CALCULATOR_LINES = 500;

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
