// Checklist templates as use cases: list, get, create, edit (a new version; the old one retired). Reads: every
// government user (district configuration); writes: the district admin. Each write one transaction, audited under
// entity checklist_template.
import crypto from 'node:crypto';
import type { Db } from '@hazgov/db/database';
import {
  findChecklistTemplate, insertChecklistTemplate, listChecklistItems, listChecklistTemplates, retireChecklistTemplate,
  type ChecklistItemRow, type ChecklistTemplateRow, type ChecklistTemplateSummaryRow,
} from '@hazgov/db/inspections/checklist-templates.repository';
import { listOrganisationsOfKinds } from '@hazgov/db/orgs/organisations.repository';
import { checkChecklistTemplate, type ChecklistTemplateInput } from '@hazgov/domain/inspections/checklist-input';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { isGovernmentRole } from '@hazgov/domain/orgs/roles';
import { AppError, forbidden, notFound } from '@hazgov/domain/shared/app-error';
import { recordAudit, type AuditActor } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { loadInspectionSettings } from './inspection-settings.js';

export type ChecklistTemplateDetail = ChecklistTemplateRow & { items: ChecklistItemRow[] };

const mayRead = (actor: Actor): boolean => isGovernmentRole(actor.role);

export async function listTemplates(ctx: AppContext, opts: { actor: Actor; enterpriseType?: string | undefined; status?: string | undefined }): Promise<ChecklistTemplateSummaryRow[]> {
  if (!mayRead(opts.actor)) throw forbidden();
  return listChecklistTemplates(ctx.database.db, { enterpriseType: opts.enterpriseType, status: opts.status });
}

export async function getTemplate(db: Db, actor: Actor, id: string): Promise<ChecklistTemplateDetail> {
  if (!mayRead(actor)) throw forbidden();
  return templateDetail(db, id);
}

export async function templateDetail(db: Db, id: string): Promise<ChecklistTemplateDetail> {
  const t = await findChecklistTemplate(db, id);
  if (!t) throw notFound('checklist_template');
  return { ...t, items: await listChecklistItems(db, id) };
}

/** The district's path (templates are its configuration); '/' before the organisation tree is seeded. */
export async function districtPath(db: Db): Promise<string> {
  const [district] = await listOrganisationsOfKinds(db, ['district']);
  return district?.path ?? '/';
}

/** Inserts a template with its items (ids `<template>-<nn>`), audited. Callers have checked the input. */
export async function insertTemplateVersion(trx: Db, opts: {
  id: string; input: ChecklistTemplateInput; version: number; source: 'starter' | 'admin'; at: string; actor: AuditActor; action: string; before?: unknown;
}): Promise<void> {
  const { id, input, at } = opts;
  await insertChecklistTemplate(trx, {
    id, path: await districtPath(trx), enterprise_type: input.enterpriseType, name: input.name, name_en: input.nameEn ?? null,
    version: opts.version, status: 'active', source: opts.source, created_at: at, updated_at: at,
  }, input.items.map((item, i) => ({
    id: `${id}-${String(i + 1).padStart(2, '0')}`, template_id: id, sort: i + 1, area: item.area, content: item.content,
    legal_basis: item.legalBasis, severity_hint: item.severityHint, major_criterion: item.majorCriterion ?? null,
  })));
  await recordAudit(trx, {
    actor: opts.actor, action: opts.action, entity: 'checklist_template', entityId: id, before: opts.before,
    after: { enterpriseType: input.enterpriseType, name: input.name, version: opts.version, items: input.items.length }, at,
  });
}

async function checked(db: Db, input: ChecklistTemplateInput): Promise<ChecklistTemplateInput> {
  const settings = await loadInspectionSettings(db);
  return checkChecklistTemplate(input, settings.majorCriteria.map((c) => c.key));
}

export async function createTemplate(ctx: AppContext, opts: { actor: Actor; input: ChecklistTemplateInput }): Promise<ChecklistTemplateDetail> {
  if (opts.actor.role !== 'district_admin') throw forbidden();
  const input = await checked(ctx.database.db, opts.input);
  const id = crypto.randomUUID();
  const at = ctx.now().toISOString();
  return inTransaction(ctx, async (trx) => {
    await insertTemplateVersion(trx, { id, input, version: 1, source: 'admin', at, actor: opts.actor, action: 'checklist_template.created' });
    return templateDetail(trx, id);
  });
}

/** An edit makes version n+1 and retires the edited one; inspections keep the version they were filled against. */
export async function updateTemplate(ctx: AppContext, opts: { actor: Actor; id: string; input: ChecklistTemplateInput }): Promise<ChecklistTemplateDetail> {
  if (opts.actor.role !== 'district_admin') throw forbidden();
  const input = await checked(ctx.database.db, opts.input);
  const at = ctx.now().toISOString();
  return inTransaction(ctx, async (trx) => {
    const old = await findChecklistTemplate(trx, opts.id);
    if (!old) throw notFound('checklist_template');
    if (old.status !== 'active') throw new AppError('CHECKLIST_TEMPLATE_RETIRED', 'conflict', { version: old.version });
    await retireChecklistTemplate(trx, old.id, at);
    const id = crypto.randomUUID();
    await insertTemplateVersion(trx, {
      id, input, version: old.version + 1, source: 'admin', at, actor: opts.actor, action: 'checklist_template.revised',
      before: { id: old.id, version: old.version, name: old.name },
    });
    return templateDetail(trx, id);
  });
}
