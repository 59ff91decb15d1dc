// Published 双随机 draws (随机抽查结果公开, no login): plan, date, seed and algorithm (docs/inspections-draw.md re-runs it),
// the enterprises drawn and, once an inspection is submitted, its result (the number of hidden dangers found).
// Inspectors are not named on the public list (a published draw names them to the enterprise, not to the world).
import { listInspectionsOfDraws, listPublishedDraws } from '@hazgov/db/public/published-draws.repository';
import type { AppContext } from '../shared/context.js';
import { chinaDateOf } from '../plans/china-date.js';
import { PUBLIC_LIMIT } from './public-blacklist.js';

/** No row ids: the portal names a draw by its plan and date (the ids of a town's records stay inside the platform). */
export type PublicDraw = {
  planTitle: string; year: number; organisation: string | null; drawnOn: string; publishedOn: string | null; seed: string; algorithm: string;
  enterprises: { name: string; territory: string | null; status: string; submittedOn: string | null; findingCount: number | null }[];
};

type ResultItem = { enterprise?: { id?: string; name?: string; territory?: string | { name?: string } | null } };

export async function listPublicDraws(ctx: AppContext): Promise<{ generatedAt: string; items: PublicDraw[] }> {
  const db = ctx.database.db;
  const draws = await listPublishedDraws(db, PUBLIC_LIMIT);
  const inspections = await listInspectionsOfDraws(db, draws.map((d) => d.id));
  const items = draws.map((d): PublicDraw => {
    const result = (JSON.parse(d.result_json) as ResultItem[]) ?? [];
    return {
      planTitle: d.plan_title, year: Number(d.plan_year), organisation: d.organisation_name, drawnOn: chinaDateOf(d.drawn_at),
      publishedOn: d.published_at ? chinaDateOf(d.published_at) : null, seed: d.seed, algorithm: d.algorithm,
      enterprises: result.map((r) => {
        const e = r.enterprise ?? {};
        const i = inspections.find((x) => x.draw_id === d.id && x.enterprise_id === e.id);
        const submitted = i?.status === 'submitted' || i?.submitted_at != null;
        return {
          name: e.name ?? '', territory: typeof e.territory === 'string' ? e.territory : (e.territory?.name ?? null), status: i?.status ?? 'planned',
          submittedOn: i?.submitted_at ? chinaDateOf(i.submitted_at) : null, findingCount: submitted ? Number(i!.finding_count) : null,
        };
      }),
    };
  });
  return { generatedAt: ctx.now().toISOString(), items };
}
