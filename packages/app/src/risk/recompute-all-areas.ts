// Recomputes every territory's and grid cell's area risk in one transaction (the daily job, and the admin's button:
// a unit's identification or an imported sensitive target changes an area without a risk point write).
import { listAllAreas } from '@hazgov/db/risk/area-risk.repository';
import type { Db } from '@hazgov/db/database';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { recomputeAreaRows } from './recompute-areas.js';

export async function recomputeAllAreas(ctx: AppContext): Promise<{ count: number }> {
  return inTransaction(ctx, (trx) => recomputeAllAreasIn(trx, ctx));
}

/** Inside a caller's transaction (saving the settings recomputes everything with the rules just written). */
export async function recomputeAllAreasIn(trx: Db, ctx: AppContext): Promise<{ count: number }> {
  return { count: await recomputeAreaRows(trx, ctx, await listAllAreas(trx)) };
}
