// A plan as the API shows it: the row, its draws and how many of its inspections are done.
import type { Db } from '@hazgov/db/database';
import { countInspectionsOfPlans, listDrawsOfPlans, type InspectionPlanRow } from '@hazgov/db/inspections/inspection-plans.repository';
import type { DrawWeights, InspectionPlanKind, InspectionPlanStatus } from '@hazgov/domain/inspections/types';

export type PlanView = {
  id: string; organisation: { id: string; name: string }; year: number; title: string; kind: InspectionPlanKind; territoryIds: string[];
  sampleSize: number; inspectorsPerEnterprise: number; weights: DrawWeights; status: InspectionPlanStatus; note: string | null;
  draws: { id: string; seed: string; status: string; drawnAt: string; count: number }[]; inspectionCount: number; doneCount: number;
  createdAt: string; updatedAt: string; publishedAt: string | null;
};

export async function planViews(db: Db, plans: readonly InspectionPlanRow[]): Promise<PlanView[]> {
  const ids = plans.map((p) => p.id);
  const [draws, counts] = await Promise.all([listDrawsOfPlans(db, ids), countInspectionsOfPlans(db, ids)]);
  return plans.map((p) => {
    const c = counts.find((x) => x.plan_id === p.id);
    return {
      id: p.id, organisation: { id: p.organisation_id, name: p.organisation_name }, year: p.year, title: p.title, kind: p.kind as InspectionPlanKind,
      territoryIds: JSON.parse(p.territory_ids_json) as string[], sampleSize: p.sample_size, inspectorsPerEnterprise: p.inspectors_per_enterprise,
      weights: JSON.parse(p.weights_json) as DrawWeights, status: p.status as InspectionPlanStatus, note: p.note,
      draws: draws.filter((d) => d.plan_id === p.id).map((d) => ({ id: d.id, seed: d.seed, status: d.status, drawnAt: d.drawn_at, count: (JSON.parse(d.result_json) as unknown[]).length })),
      inspectionCount: c?.total ?? 0, doneCount: c?.done ?? 0, createdAt: p.created_at, updatedAt: p.updated_at, publishedAt: p.published_at,
    };
  });
}

export async function planView(db: Db, plan: InspectionPlanRow): Promise<PlanView> {
  return (await planViews(db, [plan]))[0]!;
}
