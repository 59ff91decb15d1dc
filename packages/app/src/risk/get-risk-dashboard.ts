// The risk dashboard in the actor's enterprise scope (optionally one territory): counts by level, status, territory,
// industry and kind, late reviews, the 12-month trend from the daily snapshots, the red and orange points needing
// attention (50 at most) and the areas by level. Every figure is one grouped query, run side by side.
import {
  countAreasByLevel, countByIndustry, countByKind, countByTerritory, countPointTotals, listAttention, snapshotTrend,
  type AttentionRow, type IndustryLevels, type LevelCounts, type PointTotals, type TerritoryLevels, type TrendMonth,
} from '@hazgov/db/risk/risk-dashboard.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { narrowToTerritory } from './risk-area-scope.js';

export const ATTENTION_LIMIT = 50;

export type RiskDashboard = PointTotals & {
  byTerritory: TerritoryLevels[]; byIndustry: IndustryLevels[]; byKind: { kind: string; count: number }[];
  trend: TrendMonth[]; attention: (AttentionRow & { review_late: boolean })[]; areas: LevelCounts;
};

/** The first month of the 12 ending with today's: 2026-03 → 2025-04. */
export function trendStartMonth(today: string): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const idx = y * 12 + (m - 1) - 11;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

export async function getRiskDashboard(ctx: AppContext, opts: { actor: Actor; territoryId?: string | undefined }): Promise<RiskDashboard> {
  const db = ctx.database.db;
  const scope = await narrowToTerritory(db, enterpriseScopeOf(opts.actor), opts.territoryId);
  const today = chinaDateOf(ctx.now());
  const [totals, byTerritory, byIndustry, byKind, trend, attention, areas] = await Promise.all([
    countPointTotals(db, scope, today), countByTerritory(db, scope), countByIndustry(db, scope), countByKind(db, scope),
    snapshotTrend(db, scope, trendStartMonth(today)), listAttention(db, scope, today, ATTENTION_LIMIT), countAreasByLevel(db, scope),
  ]);
  return {
    ...totals, byTerritory, byIndustry, byKind, trend,
    attention: attention.map((a) => ({ ...a, review_late: a.next_review_on < today })),
    areas,
  };
}
