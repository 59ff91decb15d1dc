// The risk points in the actor's enterprise scope, filtered and paged, worst level first. "Review late" is judged
// on today's China date: next_review_on before today.
import { listRiskPointPage, type RiskPointView } from '@hazgov/db/risk/risk-points.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';

export type RiskPointQuery = {
  q?: string | undefined; enterpriseId?: string | undefined; territoryId?: string | undefined; levels?: readonly string[] | undefined;
  status?: string | undefined; kind?: string | undefined; method?: string | undefined; reviewLate?: boolean | undefined;
  publicOnly?: boolean | undefined; page: number; pageSize: number;
};

export async function listRiskPoints(ctx: AppContext, opts: { actor: Actor; query: RiskPointQuery }): Promise<{ rows: RiskPointView[]; total: number }> {
  const { reviewLate, ...q } = opts.query;
  return listRiskPointPage(ctx.database.db, {
    ...q, scope: enterpriseScopeOf(opts.actor), reviewLateOn: reviewLate ? chinaDateOf(ctx.now()) : undefined,
  });
}
