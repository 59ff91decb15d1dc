// The plan's division-of-work list (附件1 form) as .xlsx. Without a planId: the district's plan (the first
// top-level plan), for the CLI. The API checks the actor may see the plan before calling.
import { AppError } from '@hazgov/domain/shared/app-error';
import { findPlan, listAllPlanIds, listTasks } from '@hazgov/db/plans/plans.repository';
import type { AppContext } from '../shared/context.js';
import { writeTaskListXlsx } from './office/write-task-list-xlsx.js';

export async function exportTaskList(ctx: AppContext, opts: { planId?: string | undefined } = {}): Promise<Buffer> {
  const db = ctx.database.db;
  let planId = opts.planId;
  if (!planId) {
    for (const id of await listAllPlanIds(db)) {
      const p = await findPlan(db, id);
      if (p && !p.parent_plan_id) { planId = id; break; }
    }
  }
  const plan = planId ? await findPlan(db, planId) : undefined;
  if (!plan) throw new AppError('PLAN_NOT_FOUND', 'not_found', { planId: planId ?? '' });
  const tasks = await listTasks(db, plan.id);
  return writeTaskListXlsx({ title: plan.title, code: plan.code }, tasks.map((t) => ({
    groupNo: t.group_no, groupTitle: t.group_title, taskNo: t.task_no, itemNo: t.item_no, title: t.title, content: t.content,
    leadText: t.lead_text, responsibleText: t.responsible_text, deadlineText: t.deadline_text,
  })));
}
