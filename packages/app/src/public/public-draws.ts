// Published 双随机 draws (随机抽查结果公开, no login): plan, date, seed and algorithm (docs/inspections-draw.md re-runs it),
// the enterprises drawn and, once an inspection is submitted, its result. Read through the inspection context's
// listPublishedDraws (H1); inspectors are not named. No row ids: the portal names a draw by its plan and date.
import { listPublishedDraws } from '../inspections/list-published-draws.js';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';

export type PublicDraw = {
  planTitle: string; year: number; organisation: string | null; drawnOn: string; publishedOn: string | null; seed: string; algorithm: string;
  /** status: the inspection's (planned … submitted); findingCount: the failed items, each of which became a hidden-danger finding */
  enterprises: { name: string; territory: string | null; status: string; submittedOn: string | null; findingCount: number | null }[];
};

export async function listPublicDraws(ctx: AppContext): Promise<{ generatedAt: string; items: PublicDraw[] }> {
  const draws = await listPublishedDraws(ctx.database.db, { limit: 200 });
  const items = draws.map((d): PublicDraw => ({
    planTitle: d.planTitle, year: Number(d.year), organisation: d.organisation ?? null, drawnOn: chinaDateOf(d.drawnAt),
    publishedOn: d.publishedAt ? chinaDateOf(d.publishedAt) : null, seed: String(d.seed), algorithm: d.algorithm,
    enterprises: d.enterprises.map((e) => ({
      name: e.name, territory: e.territory, status: e.inspectionStatus ?? 'planned', submittedOn: e.submittedAt ? chinaDateOf(e.submittedAt) : null,
      findingCount: e.failCount === null ? null : Number(e.failCount),
    })),
  }));
  return { generatedAt: ctx.now().toISOString(), items };
}
