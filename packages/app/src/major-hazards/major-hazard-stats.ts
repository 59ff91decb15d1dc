// Major hazard statistics in the actor's enterprise scope: units by grade, graded units by territory, how many
// units were identified below the threshold, and all units.
import { countGradedByTerritory, countUnitsByStatus } from '@hazgov/db/major-hazards/stats.repository';
import { majorHazardGrades, type MajorHazardGrade } from '@hazgov/domain/major-hazards/gb18218-tables';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';

export type MajorHazardStats = {
  byGrade: { grade: MajorHazardGrade; count: number }[];
  byTerritory: { territoryId: string; name: string; counts: Record<MajorHazardGrade, number> }[];
  belowThresholdUnits: number;
  totalUnits: number;
  majorHazardUnits: number;
};

export async function majorHazardStats(ctx: AppContext, opts: { actor: Actor }): Promise<MajorHazardStats> {
  const scope = enterpriseScopeOf(opts.actor);
  const db = ctx.database.db;
  const [rows, units] = await Promise.all([countGradedByTerritory(db, scope), countUnitsByStatus(db, scope)]);
  const byTerritory = new Map<string, MajorHazardStats['byTerritory'][number]>();
  const byGrade: Record<MajorHazardGrade, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const r of rows) {
    if (!majorHazardGrades.includes(r.grade as MajorHazardGrade)) continue;
    const grade = r.grade as MajorHazardGrade;
    const t = byTerritory.get(r.territory_id) ?? { territoryId: r.territory_id, name: r.territory_name, counts: { 1: 0, 2: 0, 3: 0, 4: 0 } };
    t.counts[grade] += r.n;
    byGrade[grade] += r.n;
    byTerritory.set(r.territory_id, t);
  }
  return {
    byGrade: majorHazardGrades.map((grade) => ({ grade, count: byGrade[grade] })),
    byTerritory: [...byTerritory.values()],
    belowThresholdUnits: units.belowThreshold,
    totalUnits: units.total,
    majorHazardUnits: units.major,
  };
}
