// Checklist templates, what every template use case shares: the detail shape, who may read (every government user:
// templates are district configuration), the district path they carry, and inserting one version with its audit row.
// The use cases: list-templates.ts, get-template.ts, create-template.ts, update-template.ts.
import type { Db } from '@hazgov/db/database';
import { findChecklistTemplate, insertChecklistTemplate, listChecklistItems, type ChecklistItemRow, type ChecklistTemplateRow } from '@hazgov/db/inspections/checklist-templates.repository';
import { listOrganisationsOfKinds } from '@hazgov/db/orgs/organisations.repository';
import { checkChecklistTemplate, type ChecklistTemplateInput } from '@hazgov/domain/inspections/checklist-input';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { isGovernmentRole } from '@hazgov/domain/orgs/roles';
import { notFound } from '@hazgov/domain/shared/app-error';
import { recordAudit, type AuditActor } from '../audit/audit-chain.js';
import { loadInspectionSettings } from './inspection-settings.js';

export type ChecklistTemplateDetail = ChecklistTemplateRow & { items: ChecklistItemRow[] };

export const mayReadTemplates = (actor: Actor): boolean => isGovernmentRole(actor.role);

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

/** The input checked against the major criteria in force. */
export async function checkedTemplate(db: Db, input: ChecklistTemplateInput): Promise<ChecklistTemplateInput> {
  const settings = await loadInspectionSettings(db);
  return checkChecklistTemplate(input, settings.majorCriteria.map((c) => c.key));
}
