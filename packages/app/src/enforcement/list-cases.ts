// Enforcement cases in my enterprise scope, newest first, filtered and paged.
import { listCaseAudit, listCasePage, type CaseView } from '@hazgov/db/enforcement/enforcement-cases.repository';
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

export type CaseTimelineEntry = { at: string; action: string; actor: string; fromStatus: string | null; toStatus: string | null };

/** One case with its history from the audit chain (created, each step, publication, the scheduler's overdue mark). */
export async function getCaseWithTimeline(ctx: AppContext, opts: { actor: Actor; caseId: string }): Promise<{ row: CaseView; timeline: CaseTimelineEntry[] }> {
  const row = await requireCaseInScope(ctx.database.db, opts.actor, opts.caseId);
  const status = (json: string | null): string | null => (json ? ((JSON.parse(json) as { status?: string }).status ?? null) : null);
  const timeline = (await listCaseAudit(ctx.database.db, row.id)).map((a) => ({
    at: a.at, action: a.action.replace(/^enforcement_case\./, ''), actor: a.actor_name, fromStatus: status(a.before_json), toStatus: status(a.after_json),
  }));
  return { row, timeline };
}
