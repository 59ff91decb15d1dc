// The public risk notice (风险公告, no login): the area risk level and supervision period of each town, and how many
// risk points of each colour the district has. No enterprise and no risk point is named.
import { listAreaRisk } from '@hazgov/db/risk/area-risk.repository';
import { countPointTotals } from '@hazgov/db/risk/risk-dashboard.repository';
import { SYSTEM_SCOPE } from '@hazgov/domain/orgs/scope';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';

export type PublicRiskNotices = {
  generatedAt: string; areas: { name: string; level: string; supervisionMonths: number }[]; counts: { red: number; orange: number; yellow: number; blue: number };
};

export async function getPublicRiskNotices(ctx: AppContext): Promise<PublicRiskNotices> {
  const db = ctx.database.db;
  const areas = await listAreaRisk(db, { scope: SYSTEM_SCOPE, kind: 'territory' });
  const totals = await countPointTotals(db, SYSTEM_SCOPE, chinaDateOf(ctx.now()));
  return {
    generatedAt: ctx.now().toISOString(),
    areas: areas.map((a) => ({ name: a.name, level: a.level, supervisionMonths: Number(a.supervision_months) })),
    counts: { red: Number(totals.byLevel.red), orange: Number(totals.byLevel.orange), yellow: Number(totals.byLevel.yellow), blue: Number(totals.byLevel.blue) },
  };
}
