// The published 双随机 draws for the public portal (H4 presents them): plan title, organisation, date, seed and
// algorithm (so anyone can re-run it), the enterprises drawn and, once an inspection is submitted, its outcome.
// Published means public: not scoped. Inspector names are not given (the public sees that inspectors were drawn, not who).
import type { Db } from '@hazgov/db/database';
import { enterpriseLabels } from '@hazgov/db/inspections/draw-pool.repository';
import { listPublishedDraws as listRows } from '@hazgov/db/inspections/inspection-plans.repository';
import { inspectionsOfDraws } from '@hazgov/db/inspections/planned-inspections.repository';
import { storedResult } from './draw-view.js';

export type PublishedDraw = {
  id: string; planTitle: string; year: number; organisation: string; publishedAt: string; drawnAt: string; seed: string; algorithm: string;
  poolSize: number;
  enterprises: { name: string; territory: string | null; inspectionStatus: string | null; submittedAt: string | null; failCount: number | null }[];
};

export async function listPublishedDraws(db: Db, opts: { limit?: number } = {}): Promise<PublishedDraw[]> {
  const draws = await listRows(db, opts.limit ?? 50);
  const results = draws.map((d) => ({ d, result: storedResult(d) }));
  const names = new Map((await enterpriseLabels(db, [...new Set(results.flatMap((x) => x.result.map((r) => r.enterpriseId)))])).map((e) => [e.id, e]));
  const inspections = await inspectionsOfDraws(db, draws.map((d) => d.id));
  return results.map(({ d, result }) => ({
    id: d.id, planTitle: d.plan_title, year: d.plan_year, organisation: d.organisation_name, publishedAt: d.published_at ?? d.drawn_at,
    drawnAt: d.drawn_at, seed: d.seed, algorithm: d.algorithm, poolSize: (JSON.parse(d.enterprise_pool_json) as unknown[]).length,
    enterprises: result.map((r) => {
      const i = inspections.find((x) => x.draw_id === d.id && x.enterprise_id === r.enterpriseId);
      const submitted = i?.status === 'submitted';
      return {
        name: names.get(r.enterpriseId)?.name ?? '', territory: names.get(r.enterpriseId)?.territory_name ?? null,
        inspectionStatus: i?.status ?? null, submittedAt: submitted ? i.submitted_at : null, failCount: submitted ? i.fail_count : null,
      };
    }),
  }));
}
