// A draw as the API shows it: the stored seed, pools, conflicts and result, with today's names beside the stored ids.
import type { Db } from '@hazgov/db/database';
import { enterpriseLabels } from '@hazgov/db/inspections/draw-pool.repository';
import { userNames } from '@hazgov/db/users/users.repository';
import type { InspectionDrawRow } from '@hazgov/db/inspections/inspection-plans.repository';
import type { DrawAssignment, DrawConflict } from '@hazgov/domain/inspections/types';

export type StoredPoolEntry = { id: string; weight: number; areaLevel?: string | null; enterpriseLevel?: string | null };
export type DrawView = {
  id: string; planId: string; seed: string; algorithm: string;
  enterprisePool: { id: string; name: string; weight: number; areaLevel: string | null; enterpriseLevel: string | null }[];
  inspectorPool: { id: string; name: string }[];
  conflicts: DrawConflict[];
  result: { enterprise: { id: string; name: string; territory: { id: string; name: string } | null }; inspectors: { id: string; name: string }[] }[];
  status: 'drawn' | 'published'; drawnAt: string; publishedAt: string | null;
};

export const storedResult = (d: InspectionDrawRow): DrawAssignment[] => JSON.parse(d.result_json) as DrawAssignment[];

export async function drawView(db: Db, d: InspectionDrawRow): Promise<DrawView> {
  const pool = JSON.parse(d.enterprise_pool_json) as StoredPoolEntry[];
  const inspectors = JSON.parse(d.inspector_pool_json) as { id: string }[];
  const result = storedResult(d);
  const ents = new Map((await enterpriseLabels(db, pool.map((p) => p.id))).map((e) => [e.id, e]));
  const users = await userNames(db, inspectors.map((i) => i.id));
  const userName = (id: string) => ({ id, name: users.get(id) ?? id });
  return {
    id: d.id, planId: d.plan_id, seed: d.seed, algorithm: d.algorithm,
    enterprisePool: pool.map((p) => ({ id: p.id, name: ents.get(p.id)?.name ?? p.id, weight: p.weight, areaLevel: p.areaLevel ?? null, enterpriseLevel: p.enterpriseLevel ?? null })),
    inspectorPool: inspectors.map((i) => userName(i.id)),
    conflicts: JSON.parse(d.conflicts_json) as DrawConflict[],
    result: result.map((r) => {
      const e = ents.get(r.enterpriseId);
      return { enterprise: { id: r.enterpriseId, name: e?.name ?? r.enterpriseId, territory: e ? { id: e.territory_id, name: e.territory_name } : null }, inspectors: r.inspectorIds.map(userName) };
    }),
    status: d.status as DrawView['status'], drawnAt: d.drawn_at, publishedAt: d.published_at,
  };
}
