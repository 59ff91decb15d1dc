// Recomputes the area risk of the given territories / grid cells (and the territory above a grid cell) inside the
// caller's transaction, from what lies inside them. Called after every risk point write, so the map's choropleth
// and the dashboard never lag a point's new colour. Ids that are not territories or grid cells are ignored.
import type { Db } from '@hazgov/db/database';
import { factorsOfAreas, findAreasWithParents, upsertAreaRisk, type AreaRef } from '@hazgov/db/risk/area-risk.repository';
import { areaLevel } from '@hazgov/domain/risk/area-rule';
import type { AppContext } from '../shared/context.js';
import { loadRiskRules } from './risk-settings.js';

export async function recomputeAreasOf(trx: Db, ctx: AppContext, organisationIds: readonly string[]): Promise<void> {
  const ids = [...new Set(organisationIds.filter((x): x is string => typeof x === 'string' && x !== ''))];
  await recomputeAreaRows(trx, ctx, await findAreasWithParents(trx, ids));
}

/** The shared step of recomputing some or all areas: factors, the rule in force, one upsert. */
export async function recomputeAreaRows(trx: Db, ctx: AppContext, areas: readonly AreaRef[]): Promise<number> {
  if (areas.length === 0) return 0;
  const [factors, rules] = await Promise.all([factorsOfAreas(trx, areas), loadRiskRules(trx)]);
  const at = ctx.now().toISOString();
  await upsertAreaRisk(trx, areas.map((a) => {
    const f = factors.get(a.id)!;
    const r = areaLevel(f, rules.areaRule, rules.supervisionFrequency);
    return {
      organisation_id: a.id, path: a.path, kind: a.kind, level: r.level, score: r.score,
      factors_json: JSON.stringify({ ...f, reasons: r.reasons }), supervision_months: r.supervisionMonths, computed_at: at,
    };
  }));
  return areas.length;
}
