// Enforcement cases in my enterprise scope, newest first, filtered and paged.
import { listCasePage, type CaseView } from '@hazgov/db/enforcement/enforcement-cases.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';
import { requireCaseInScope } from './case-access.js';

export type CaseQuery = { kind?: string | undefined; status?: string | undefined; enterpriseId?: string | undefined; published?: boolean | undefined; page: number; pageSize: number };

export async function listCases(ctx: AppContext, opts: { actor: Actor; query: CaseQuery }): Promise<{ rows: CaseView[]; total: number }> {
  return listCasePage(ctx.database.db, { scope: enterpriseScopeOf(opts.actor), ...opts.query });
}

export async function getCase(ctx: AppContext, opts: { actor: Actor; caseId: string }): Promise<CaseView> {
  return requireCaseInScope(ctx.database.db, opts.actor, opts.caseId);
}
