// The district office records that a condition a milestone waits on has occurred (省公安厅追溯体系信息系统建立),
// or clears it (occurredOn null) when it was recorded by mistake.
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { AppError, invalid } from '@hazgov/domain/shared/app-error';
import { bumpStructureRev, findEvent, setEventOccurred, type PlanEventRow } from '@hazgov/db/plans/plans.repository';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { chinaDateOf, isIsoDate } from './china-date.js';
import { requireDistrictAdmin, requireVisiblePlan } from './plan-access.js';

export async function markPlanEventOccurred(
  ctx: AppContext,
  opts: { actor: Actor; scope: Scope; planId: string; eventId: string; occurredOn: string | null },
): Promise<PlanEventRow> {
  requireDistrictAdmin(opts.actor);
  if (opts.occurredOn !== null && !isIsoDate(opts.occurredOn)) throw invalid('PLAN_DATE_INVALID', [{ field: 'occurredOn', code: 'PLAN_DATE_INVALID' }]);
  if (opts.occurredOn !== null && opts.occurredOn > chinaDateOf(ctx.now())) {
    throw invalid('PLAN_EVENT_IN_FUTURE', [{ field: 'occurredOn', code: 'PLAN_EVENT_IN_FUTURE' }]);
  }
  return inTransaction(ctx, async (trx) => {
    const plan = await requireVisiblePlan(trx, opts.planId, opts.actor, opts.scope);
    const event = await findEvent(trx, plan.id, opts.eventId);
    if (!event) throw new AppError('PLAN_EVENT_NOT_FOUND', 'not_found', { eventId: opts.eventId });
    await setEventOccurred(trx, event.id, opts.occurredOn);
    await bumpStructureRev(trx, [plan.id]);
    const after = { ...event, occurred_on: opts.occurredOn };
    await recordAudit(trx, { actor: opts.actor, action: 'plan_event.occurred', entity: 'plan_event', entityId: event.id, before: event, after });
    return after;
  });
}
