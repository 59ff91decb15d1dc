// A unit declares one of its task's milestones met, on a date. A conditional milestone can only be met once the
// condition it waits on has occurred; an ongoing one (持续推进) has nothing to complete.
import crypto from 'node:crypto';
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { AppError, invalid } from '@hazgov/domain/shared/app-error';
import { findCompletion, insertCompletion, updateCompletion, type MilestoneCompletionRow } from '@hazgov/db/plans/milestone-completions.repository';
import { findMilestone, listTaskUnits } from '@hazgov/db/plans/plans.repository';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { chinaDateOf, isIsoDate } from './china-date.js';
import { requireVisiblePlan } from './plan-access.js';
import { owedCells } from './plan-snapshot.js';

export type CompleteMilestoneOptions = { actor: Actor; scope: Scope; planId: string; milestoneId: string; completedOn: string; note?: string | null | undefined };

export async function completeMilestone(ctx: AppContext, opts: CompleteMilestoneOptions): Promise<MilestoneCompletionRow> {
  if (!isIsoDate(opts.completedOn)) throw invalid('PLAN_DATE_INVALID', [{ field: 'completedOn', code: 'PLAN_DATE_INVALID' }]);
  if (opts.completedOn > chinaDateOf(ctx.now())) throw invalid('PLAN_COMPLETION_IN_FUTURE', [{ field: 'completedOn', code: 'PLAN_COMPLETION_IN_FUTURE' }]);
  return inTransaction(ctx, async (trx) => {
    const plan = await requireVisiblePlan(trx, opts.planId, opts.actor, opts.scope);
    const milestone = await findMilestone(trx, plan.id, opts.milestoneId);
    if (!milestone) throw new AppError('PLAN_MILESTONE_NOT_FOUND', 'not_found', { milestoneId: opts.milestoneId });
    const cells = owedCells(await listTaskUnits(trx, plan.id, { taskId: milestone.task_id }));
    if (!cells.some((c) => c.unitId === opts.actor.organisationId)) throw new AppError('PLAN_TASK_NOT_OWED', 'forbidden', {});
    if (milestone.kind === 'ongoing') throw new AppError('PLAN_MILESTONE_ONGOING', 'conflict');
    if (milestone.event_id && !milestone.event_occurred_on) throw new AppError('PLAN_MILESTONE_WAITING', 'conflict');
    const at = ctx.now().toISOString();
    const existing = await findCompletion(trx, milestone.id, opts.actor.organisationId);
    const fields = { completed_on: opts.completedOn, note: opts.note?.trim() || null, recorded_by: opts.actor.userId, recorded_at: at };
    let row: MilestoneCompletionRow;
    if (existing) {
      await updateCompletion(trx, existing.id, fields);
      row = { ...existing, ...fields };
    } else {
      row = { id: crypto.randomUUID(), milestone_id: milestone.id, organisation_id: opts.actor.organisationId, path: opts.actor.organisationPath, ...fields };
      await insertCompletion(trx, row);
    }
    await recordAudit(trx, { actor: opts.actor, action: 'milestone.complete', entity: 'milestone_completion', entityId: row.id, before: existing ?? undefined, after: row, at });
    return row;
  });
}
