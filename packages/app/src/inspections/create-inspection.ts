// Opens an inspection of one enterprise (on the spot, or ahead of a visit). The id may come from the phone, made
// while offline: creating the same id again by the same user for the same enterprise answers the existing record, so
// the phone's queue can replay it. The checklist defaults to the enterprise type's active template; the inspection
// keeps that version for good. Path, territory and grid come from the enterprise; the organisation is the caller's.
import crypto from 'node:crypto';
import {
  activeUsersAmong, findEnterpriseForInspection, findInspectionRow, insertInspection,
} from '@hazgov/db/inspections/inspections.repository';
import { findActiveTemplateOfType, findChecklistTemplate } from '@hazgov/db/inspections/checklist-templates.repository';
import { findPlanInScope } from '@hazgov/db/inspections/inspection-plans.repository';
import { enterpriseTypeOf } from '@hazgov/domain/inspections/enterprise-type';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError, forbidden, invalid } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import { isIsoDate } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { INSPECTION_CREATORS, inspectorIdsOf } from './inspection-access.js';

export type CreateInspectionInput = {
  id?: string | null | undefined; enterpriseId: string; templateId?: string | null | undefined; planId?: string | null | undefined;
  inspectorIds?: readonly string[] | null | undefined; scheduledOn?: string | null | undefined;
};

const CLIENT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/;
/** Roles that may be named as inspectors of a record (enterprise and agency users never inspect). */
const INSPECTING_ROLES = new Set(['inspector', 'department', 'territory', 'district_admin']);
const parseList = (json: string): string[] => {
  try { const v = JSON.parse(json) as unknown; return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []; } catch { return []; }
};
const bad = (field: string, code: string, params: Record<string, string | number> = {}) => invalid(code, [{ field, code, params }], params);

export async function createInspection(ctx: AppContext, opts: { actor: Actor; input: CreateInspectionInput; isDemo?: boolean }): Promise<string> {
  const { actor, input } = opts;
  if (!INSPECTION_CREATORS.includes(actor.role)) throw forbidden();
  if (input.id != null && !CLIENT_ID.test(input.id)) throw bad('id', 'INSPECTION_ID_INVALID');
  if (input.scheduledOn != null && input.scheduledOn !== '' && !isIsoDate(input.scheduledOn)) throw bad('scheduledOn', 'INSPECTION_DATE_INVALID', { value: input.scheduledOn });
  const scope = enterpriseScopeOf(actor);
  return inTransaction(ctx, async (trx) => {
    const enterprise = await findEnterpriseForInspection(trx, input.enterpriseId, scope);
    if (!enterprise) throw bad('enterpriseId', 'INSPECTION_ENTERPRISE_UNKNOWN');
    const id = input.id ?? crypto.randomUUID();
    const existing = input.id ? await findInspectionRow(trx, id) : undefined;
    if (existing) {
      if (existing.created_by === actor.userId && existing.enterprise_id === enterprise.id) return existing.id; // the phone's replay
      throw new AppError('INSPECTION_ID_TAKEN', 'conflict', {}, [{ field: 'id', code: 'INSPECTION_ID_TAKEN' }]);
    }
    const type = enterpriseTypeOf({ activities: parseList(enterprise.activities), industry: enterprise.industry, name: enterprise.name });
    const template = input.templateId ? await findChecklistTemplate(trx, input.templateId) : await findActiveTemplateOfType(trx, type);
    if (!template || (input.templateId && template.status !== 'active')) {
      throw bad('templateId', input.templateId ? 'INSPECTION_TEMPLATE_UNKNOWN' : 'INSPECTION_TEMPLATE_NONE', { type });
    }
    const plan = input.planId ? await findPlanInScope(trx, input.planId, enterpriseScopeOf(actor)) : undefined;
    if (input.planId && !plan) throw bad('planId', 'INSPECTION_PLAN_UNKNOWN');
    const inspectorIds = [...new Set(input.inspectorIds && input.inspectorIds.length > 0 ? input.inspectorIds : [actor.userId])];
    const users = await activeUsersAmong(trx, inspectorIds);
    inspectorIds.forEach((uid, i) => {
      const u = users.get(uid);
      if (!u || !INSPECTING_ROLES.has(u.role)) throw bad(`inspectorIds[${i}]`, 'INSPECTION_INSPECTOR_UNKNOWN');
    });
    const at = ctx.now().toISOString();
    const row = {
      id, path: enterprise.path, enterprise_id: enterprise.id, territory_id: enterprise.territory_id, organisation_id: actor.organisationId,
      plan_id: plan?.id ?? null, draw_id: null, template_id: template.id, inspector_ids_json: JSON.stringify(inspectorIds),
      scheduled_on: input.scheduledOn || null, status: 'planned', started_at: null, submitted_at: null, summary: null, representative_name: null,
      representative_confirmed_at: null, is_demo: opts.isDemo ? 1 : 0, version: 1, created_by: actor.userId, created_at: at, updated_at: at,
    };
    await insertInspection(trx, row);
    await recordAudit(trx, {
      actor, action: 'inspection.created', entity: 'inspection', entityId: id, at,
      after: { enterpriseId: enterprise.id, templateId: template.id, templateVersion: template.version, planId: row.plan_id, inspectorIds: inspectorIdsOf(row), scheduledOn: row.scheduled_on },
    });
    return id;
  });
}
