// The findings list (GET /api/hidden-dangers): the actor's enterprise scope, the filters of the contract, paged.
// "Overdue" is as of today in China (deadline before today, the enterprise still owing work).
import { listFindingPage, type FindingView } from '@hazgov/db/hidden-dangers/hazard-findings.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';

export type FindingQuery = {
  status?: string | undefined; severity?: string | undefined; territoryId?: string | undefined; enterpriseId?: string | undefined;
  overdue?: boolean | undefined; supervision?: string | undefined; category?: string | undefined; escalationLevel?: number | undefined;
  q?: string | undefined; sort?: 'newest' | 'deadline' | 'overdue' | undefined; page: number; pageSize: number;
};

export async function listFindings(ctx: AppContext, opts: { actor: Actor; query: FindingQuery }): Promise<{ rows: FindingView[]; total: number; today: string }> {
  const today = chinaDateOf(ctx.now());
  const { overdue, ...q } = opts.query;
  const page = await listFindingPage(ctx.database.db, { ...q, scope: enterpriseScopeOf(opts.actor), overdueOn: overdue ? today : undefined });
  return { ...page, today };
}
