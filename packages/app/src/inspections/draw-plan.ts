// A planner makes a 双随机 draw for its plan: the candidate enterprises (operating, in the plan's jurisdiction and
// territories) weighted by area and enterprise risk level, the district's inspectors, the conflicts among them, and a
// seed (the caller's, or 32 bits from crypto). Everything the algorithm read is stored with the result, so anyone can
// re-run it (docs/inspections-draw.md; verify-draw.ts does). Not enough inspectors free of conflict → 409, nothing written.
import crypto from 'node:crypto';
import { listDrawCandidates, listInspectorsUnder } from '@hazgov/db/inspections/draw-pool.repository';
import { findDrawInScope, insertDraw } from '@hazgov/db/inspections/inspection-plans.repository';
import { conflictsOfEnterprises } from '@hazgov/db/inspections/inspector-conflicts.repository';
import { DRAW_ALGORITHM, drawWeightOf, isValidSeed, MAX_SEED, runDraw } from '@hazgov/domain/inspections/draw';
import type { DrawConflict, DrawWeights } from '@hazgov/domain/inspections/types';
import { districtPathOf, enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { candidateScopeOf, planToWrite } from './plan-access.js';
import { drawView, type DrawView, type StoredPoolEntry } from './draw-view.js';

export function parseSeed(seed: string | number | undefined): number {
  if (seed === undefined || seed === '') return crypto.randomInt(0, MAX_SEED + 1);
  const n = typeof seed === 'number' ? seed : /^\d{1,10}$/.test(seed) ? Number(seed) : NaN;
  if (!isValidSeed(n)) throw new AppError('INSPECTION_DRAW_SEED_INVALID', 'input', { max: MAX_SEED }, [{ field: 'seed', code: 'INSPECTION_DRAW_SEED_INVALID', params: { max: MAX_SEED } }]);
  return n;
}

export async function drawPlan(ctx: AppContext, opts: { actor: Actor; planId: string; seed?: string | number | undefined }): Promise<DrawView> {
  const seed = parseSeed(opts.seed);
  const at = ctx.now().toISOString();
  return inTransaction(ctx, async (trx) => {
    const plan = await planToWrite(trx, opts.actor, opts.planId);
    const weights = JSON.parse(plan.weights_json) as DrawWeights;
    const candidates = await listDrawCandidates(trx, await candidateScopeOf(trx, plan), JSON.parse(plan.territory_ids_json) as string[]);
    const pool: StoredPoolEntry[] = candidates.map((c) => ({ id: c.id, weight: drawWeightOf(weights, c.area_level, c.worst_level), areaLevel: c.area_level, enterpriseLevel: c.worst_level }));
    if (pool.every((p) => p.weight <= 0)) throw new AppError('INSPECTION_DRAW_POOL_EMPTY', 'conflict');
    const inspectorPool = (await listInspectorsUnder(trx, districtPathOf(plan.path))).map((u) => ({ id: u.id }));
    const inspectorIds = new Set(inspectorPool.map((i) => i.id));
    const conflicts: DrawConflict[] = (await conflictsOfEnterprises(trx, pool.map((p) => p.id)))
      .filter((c) => inspectorIds.has(c.inspector_id))
      .map((c) => ({ inspectorId: c.inspector_id, enterpriseId: c.enterprise_id, reason: c.reason }));
    const result = runDraw({ seed, enterprisePool: pool, inspectorPool, conflicts, sampleSize: plan.sample_size, inspectorsPerEnterprise: plan.inspectors_per_enterprise });
    const id = crypto.randomUUID();
    await insertDraw(trx, {
      id, plan_id: plan.id, path: plan.path, seed: String(seed), algorithm: DRAW_ALGORITHM, enterprise_pool_json: JSON.stringify(pool),
      inspector_pool_json: JSON.stringify(inspectorPool), conflicts_json: JSON.stringify(conflicts), result_json: JSON.stringify(result),
      status: 'drawn', drawn_at: at, drawn_by: opts.actor.userId, published_at: null,
    });
    await recordAudit(trx, {
      actor: opts.actor, action: 'inspection_draw.drawn', entity: 'inspection_draw', entityId: id,
      after: { planId: plan.id, seed: String(seed), algorithm: DRAW_ALGORITHM, pool: pool.length, inspectors: inspectorPool.length, conflicts: conflicts.length, result }, at,
    });
    return drawView(trx, (await findDrawInScope(trx, id, enterpriseScopeOf(opts.actor)))!);
  });
}
