// Each owing unit in scope × each submission kind: what it sent (as of a date), or that it is still missing.
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { inScope } from '@hazgov/domain/orgs/scope';
import { listSubmissions } from '@hazgov/db/plans/plan-submissions.repository';
import { listSubmissionKinds, listTaskUnits } from '@hazgov/db/plans/plans.repository';
import type { AppContext } from '../shared/context.js';
import { chinaDateOf } from './china-date.js';
import { requireVisiblePlan } from './plan-access.js';
import { owedCells } from './plan-snapshot.js';

export type SubmissionStatusRow = {
  id: string | null; kind: string; unitId: string; unitName: string; dueOn: string; submittedAt: string | null; submittedOn: string | null;
  late: boolean; missing: boolean; body: Record<string, unknown> | null; childPlanId: string | null;
};

export async function listPlanSubmissions(
  ctx: AppContext,
  opts: { actor: Actor; scope: Scope; planId: string; kind?: string | undefined; unitId?: string | undefined; asOf?: string | undefined },
): Promise<SubmissionStatusRow[]> {
  const db = ctx.database.db;
  const plan = await requireVisiblePlan(db, opts.planId, opts.actor, opts.scope);
  const asOf = opts.asOf ?? chinaDateOf(ctx.now());
  const kinds = (await listSubmissionKinds(db, plan.id)).filter((k) => !opts.kind || k.kind === opts.kind);
  const units = new Map<string, string>();
  for (const c of owedCells(await listTaskUnits(db, plan.id))) {
    if (inScope(opts.scope, c.unitPath) && (!opts.unitId || c.unitId === opts.unitId)) units.set(c.unitId, c.unitName);
  }
  const sent = await listSubmissions(db, { planId: plan.id, scope: opts.scope, kind: opts.kind, unitId: opts.unitId, submittedOn: asOf });
  const byKey = new Map(sent.map((s) => [`${s.organisation_id}|${s.kind}`, s]));
  for (const s of sent) units.set(s.organisation_id, s.unit_name);
  const rows: SubmissionStatusRow[] = [];
  for (const k of kinds) {
    for (const [unitId, unitName] of units) {
      const s = byKey.get(`${unitId}|${k.kind}`);
      rows.push({
        id: s?.id ?? null, kind: k.kind, unitId, unitName, dueOn: k.due_on, submittedAt: s?.submitted_at ?? null, submittedOn: s?.submitted_on ?? null,
        late: s ? (s.submitted_on ?? '') > k.due_on : asOf > k.due_on, missing: !s,
        body: s ? (JSON.parse(s.body_json) as Record<string, unknown>) : null, childPlanId: s?.child_plan_id ?? null,
      });
    }
  }
  return rows;
}
