// Area risk in the actor's enterprise scope (territories and grid cells inside it; a territory user sees its own
// town and grid cells), optionally by kind, level and territory. Worst first, then the directory's order.
import { listAreaRisk } from '@hazgov/db/risk/area-risk.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { emptyAreaFactors } from '@hazgov/domain/risk/area-rule';
import { levelRank, type AreaFactors, type RiskLevel } from '@hazgov/domain/risk/types';
import type { AppContext } from '../shared/context.js';
import { narrowToTerritory } from './risk-area-scope.js';

export type AreaRiskItem = {
  organisation_id: string; name: string; kind: string; parent_id: string | null; level: string; score: number; factors: AreaFactors;
  reasons: string[]; supervision_months: number; computed_at: string; has_polygon: boolean;
};

export async function listAreaRiskFor(
  ctx: AppContext,
  opts: { actor: Actor; kind?: 'territory' | 'grid' | undefined; level?: RiskLevel | undefined; territoryId?: string | undefined },
): Promise<AreaRiskItem[]> {
  const db = ctx.database.db;
  const scope = await narrowToTerritory(db, enterpriseScopeOf(opts.actor), opts.territoryId);
  const rows = await listAreaRisk(db, { scope, kind: opts.kind, level: opts.level });
  const items = rows.map((r) => {
    const stored = JSON.parse(r.factors_json) as Partial<AreaFactors> & { reasons?: string[] };
    const base = emptyAreaFactors(null);
    const factors: AreaFactors = {
      majorHazards: { ...base.majorHazards, ...stored.majorHazards }, riskPoints: { ...base.riskPoints, ...stored.riskPoints },
      outOfControl: stored.outOfControl ?? 0, sensitiveTargets: stored.sensitiveTargets ?? 0, population: stored.population ?? null,
    };
    return {
      organisation_id: r.organisation_id, name: r.name, kind: r.kind, parent_id: r.parent_id, level: r.level, score: Number(r.score), factors,
      reasons: Array.isArray(stored.reasons) ? stored.reasons : [], supervision_months: Number(r.supervision_months), computed_at: r.computed_at,
      has_polygon: Number(r.has_polygon) === 1,
    };
  });
  const rank = (l: string) => levelRank[l as RiskLevel] ?? 5;
  // territories first, each kind worst first (the repository keeps the directory order within a level)
  return items.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'territory' ? -1 : 1) || rank(a.level) - rank(b.level));
}
