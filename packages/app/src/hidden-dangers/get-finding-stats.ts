// Statistics of hidden dangers (GET /api/hidden-dangers/stats): one GROUP BY pass per breakdown over the actor's scope.
// closureRate = closed / found; onTimeRate = closed by the deadline / closed (null when nothing to divide).
import { findingStats, type FindingStats } from '@hazgov/db/hidden-dangers/hazard-findings.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';

export type FindingStatsResult = FindingStats & { closureRate: number | null; onTimeRate: number | null };

const ratio = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 10000) / 10000);

export async function getFindingStats(ctx: AppContext, opts: { actor: Actor; territoryId?: string | undefined; from?: string | undefined; to?: string | undefined }): Promise<FindingStatsResult> {
  const stats = await findingStats(ctx.database.db, {
    scope: enterpriseScopeOf(opts.actor), territoryId: opts.territoryId, from: opts.from, to: opts.to, today: chinaDateOf(ctx.now()),
  });
  return { ...stats, closureRate: ratio(stats.totals.closed, stats.totals.found), onTimeRate: ratio(stats.totals.onTime, stats.totals.closed) };
}
