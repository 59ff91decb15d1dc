// Re-runs a stored draw from its stored seed, pools and conflicts and compares with the stored result: the check
// anyone can make that nobody picked the enterprises or inspectors by hand.
import { DRAW_ALGORITHM, runDraw, sameResult } from '@hazgov/domain/inspections/draw';
import type { DrawAssignment, DrawConflict } from '@hazgov/domain/inspections/types';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError } from '@hazgov/domain/shared/app-error';
import type { InspectionDrawRow } from '@hazgov/db/inspections/inspection-plans.repository';
import type { AppContext } from '../shared/context.js';
import { drawToRead } from './get-draw.js';
import { storedResult, type StoredPoolEntry } from './draw-view.js';

export type DrawVerification = { ok: boolean; algorithm: string; recomputed: DrawAssignment[]; stored: DrawAssignment[] };

/** Pure over the stored row: the sample size and inspectors per enterprise are read back from the stored result's shape. */
export function recomputeDraw(d: InspectionDrawRow): DrawVerification {
  if (d.algorithm !== DRAW_ALGORITHM) throw new AppError('INSPECTION_DRAW_ALGORITHM_UNKNOWN', 'unsupported', { algorithm: d.algorithm });
  const stored = storedResult(d);
  let recomputed: DrawAssignment[];
  try {
    recomputed = runDraw({
      seed: Number(d.seed), enterprisePool: JSON.parse(d.enterprise_pool_json) as StoredPoolEntry[], inspectorPool: JSON.parse(d.inspector_pool_json) as { id: string }[],
      conflicts: JSON.parse(d.conflicts_json) as DrawConflict[], sampleSize: stored.length, inspectorsPerEnterprise: stored[0]?.inspectorIds.length ?? 0,
    });
  } catch (e) {
    if (e instanceof AppError && e.code === 'INSPECTION_DRAW_NOT_ENOUGH_INSPECTORS') recomputed = []; // a tampered pool: not the stored result
    else throw e;
  }
  return { ok: sameResult(recomputed, stored), algorithm: d.algorithm, recomputed, stored };
}

export async function verifyDraw(ctx: AppContext, opts: { actor: Actor; drawId: string }): Promise<DrawVerification> {
  return recomputeDraw(await drawToRead(ctx.database.db, opts.actor, opts.drawId));
}
