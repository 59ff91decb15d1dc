// A planner publishes a draw: the draw becomes public (portal's 双随机 results) and one `planned` inspection per drawn
// enterprise is created, assigned to the drawn inspectors, with the active checklist of the enterprise's type — all in
// one transaction with the audit rows (one for the draw, one per inspection).
import crypto from 'node:crypto';
import { findActiveTemplateOfType } from '@hazgov/db/inspections/checklist-templates.repository';
import { findDrawInScope, markDrawPublished } from '@hazgov/db/inspections/inspection-plans.repository';
import { findEnterprisesForInspection, insertPlannedInspections } from '@hazgov/db/inspections/planned-inspections.repository';
import { enterpriseTypeOf } from '@hazgov/domain/inspections/enterprise-type';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError, notFound } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { drawView, storedResult, type DrawView } from './draw-view.js';
import { planToWrite } from './plan-access.js';

export async function publishDraw(ctx: AppContext, opts: { actor: Actor; drawId: string }): Promise<DrawView> {
  const at = ctx.now().toISOString();
  return inTransaction(ctx, async (trx) => {
    const scope = enterpriseScopeOf(opts.actor);
    const draw = await findDrawInScope(trx, opts.drawId, scope);
    if (!draw) throw notFound('inspection_draw');
    const plan = await planToWrite(trx, opts.actor, draw.plan_id);
    if (draw.status !== 'drawn') throw new AppError('INSPECTION_DRAW_ALREADY_PUBLISHED', 'conflict');
    const result = storedResult(draw);
    const enterprises = new Map((await findEnterprisesForInspection(trx, result.map((r) => r.enterpriseId))).map((e) => [e.id, e]));
    const templates = new Map<string, string>();
    const rows = [];
    for (const r of result) {
      const e = enterprises.get(r.enterpriseId);
      if (!e) throw new AppError('INSPECTION_DRAW_ENTERPRISE_GONE', 'conflict', { enterpriseId: r.enterpriseId });
      const type = enterpriseTypeOf({ activities: JSON.parse(e.activities) as string[], industry: e.industry, name: e.name });
      if (!templates.has(type)) {
        const t = await findActiveTemplateOfType(trx, type);
        if (!t) throw new AppError('INSPECTION_TEMPLATE_MISSING', 'conflict', { enterpriseType: type });
        templates.set(type, t.id);
      }
      rows.push({
        id: crypto.randomUUID(), path: e.path, enterprise_id: e.id, territory_id: e.territory_id, organisation_id: plan.organisation_id,
        plan_id: plan.id, draw_id: draw.id, template_id: templates.get(type)!, inspector_ids_json: JSON.stringify(r.inspectorIds),
        scheduled_on: null, status: 'planned', started_at: null, submitted_at: null, summary: null, representative_name: null,
        representative_confirmed_at: null, created_by: opts.actor.userId, created_at: at, updated_at: at,
      });
    }
    await insertPlannedInspections(trx, rows);
    await markDrawPublished(trx, draw.id, at);
    await recordAudit(trx, { actor: opts.actor, action: 'inspection_draw.published', entity: 'inspection_draw', entityId: draw.id, before: { status: 'drawn' }, after: { status: 'published', inspections: rows.length }, at });
    for (const row of rows) {
      await recordAudit(trx, {
        actor: opts.actor, action: 'inspection.planned', entity: 'inspection', entityId: row.id,
        after: { enterpriseId: row.enterprise_id, planId: plan.id, drawId: draw.id, templateId: row.template_id, inspectorIds: JSON.parse(row.inspector_ids_json) as string[] }, at,
      });
    }
    return drawView(trx, (await findDrawInScope(trx, draw.id, scope))!);
  });
}
