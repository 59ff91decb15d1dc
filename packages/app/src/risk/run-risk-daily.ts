// The risk context's daily work, run by the scheduler after the licence check: warn about late reviews, recompute
// every area's level (a unit's identification may have changed), and keep one snapshot per territory per day.
// Each step is idempotent and fails on its own without stopping the others.
import type { AppContext } from '../shared/context.js';
import { runRiskReviewCheck } from './run-risk-review-check.js';
import { recomputeAllAreas } from './recompute-all-areas.js';
import { takeRiskSnapshot } from './take-risk-snapshot.js';

export async function runRiskDaily(ctx: AppContext, asOf: string, onError: (step: string, err: unknown) => void): Promise<void> {
  await runRiskReviewCheck(ctx, asOf).catch((e: unknown) => onError('risk review check', e));
  await recomputeAllAreas(ctx).catch((e: unknown) => onError('area risk', e));
  await takeRiskSnapshot(ctx, asOf).catch((e: unknown) => onError('risk snapshot', e));
}
