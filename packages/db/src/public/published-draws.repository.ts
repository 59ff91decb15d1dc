// Published 双随机 draws for the public portal (no login, the whole installation): the plan, the seed and algorithm
// so anyone can re-run the draw, the result, and the inspections the draw created with their outcome once submitted.
import type { Db } from '../database.js';

export type PublishedDrawRow = {
  id: string; seed: string; algorithm: string; result_json: string; published_at: string | null; drawn_at: string;
  plan_title: string; plan_year: number; organisation_name: string | null;
};
export type DrawInspectionRow = { draw_id: string | null; enterprise_id: string; status: string; submitted_at: string | null; finding_count: number };

export async function listPublishedDraws(db: Db, limit: number): Promise<PublishedDrawRow[]> {
  return db.selectFrom('inspection_draws as d').innerJoin('inspection_plans as p', 'p.id', 'd.plan_id').leftJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select(['d.id', 'd.seed', 'd.algorithm', 'd.result_json', 'd.published_at', 'd.drawn_at', 'p.title as plan_title', 'p.year as plan_year', 'o.name as organisation_name'])
    .where('d.published_at', 'is not', null).orderBy('d.published_at', 'desc').orderBy('d.id').limit(limit).execute();
}

export async function listInspectionsOfDraws(db: Db, drawIds: readonly string[]): Promise<DrawInspectionRow[]> {
  if (drawIds.length === 0) return [];
  return db.selectFrom('inspections as i')
    .select(['i.draw_id', 'i.enterprise_id', 'i.status', 'i.submitted_at',
      (eb) => eb.selectFrom('hazard_findings as f').select((e) => e.fn.countAll<number>().as('n')).whereRef('f.inspection_id', '=', 'i.id').as('finding_count')])
    .where('i.draw_id', 'in', [...drawIds]).execute() as Promise<DrawInspectionRow[]>;
}
