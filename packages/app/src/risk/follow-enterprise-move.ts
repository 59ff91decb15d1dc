// When enterprises move to another town or grid cell (a regulator's edit, or import rows), their risk points, with
// comments and confirmations, move with them, and every area left or joined is re-graded once — in the caller's
// transaction, after the enterprise rows themselves have moved.
import type { Db } from '@hazgov/db/database';
import { moveRiskPointsOfEnterprise } from '@hazgov/db/risk/risk-points.repository';
import type { AppContext } from '../shared/context.js';
import { recomputeAreasOf } from './recompute-areas.js';

export type EnterprisePlace = { territoryId: string; gridId: string | null };
export type EnterpriseMove = { enterpriseId: string; path: string; from: EnterprisePlace; to: EnterprisePlace };

export async function followEnterpriseMoves(trx: Db, ctx: AppContext, moves: readonly EnterpriseMove[]): Promise<void> {
  const areas = new Set<string>();
  for (const m of moves) {
    const left = await moveRiskPointsOfEnterprise(trx, { enterpriseId: m.enterpriseId, path: m.path, territoryId: m.to.territoryId, gridId: m.to.gridId });
    for (const id of [...left, m.from.territoryId, m.from.gridId, m.to.territoryId, m.to.gridId]) if (id) areas.add(id);
  }
  if (areas.size > 0) await recomputeAreasOf(trx, ctx, [...areas]);
}
