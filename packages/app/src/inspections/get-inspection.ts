// One inspection as the phone and the office read it: the record, its checklist version with every item, the results
// with their photos, the inspection's own photos, and the findings its submission made.
import { listAttachmentsOf, type AttachmentRow } from '@hazgov/db/attachments/attachments.repository';
import { listedEnterpriseIdsAmong } from '@hazgov/db/blacklist/listed.repository';
import type { Db } from '@hazgov/db/database';
import {
  listFindingsOfInspection, listResults, type InspectionFindingRow, type InspectionResultRow, type InspectionView,
} from '@hazgov/db/inspections/inspections.repository';
import { findChecklistTemplate, listChecklistItems, type ChecklistItemRow, type ChecklistTemplateRow } from '@hazgov/db/inspections/checklist-templates.repository';
import { userNames } from '@hazgov/db/users/users.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { notFound } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';
import { inspectorIdsOf, mayRecord, requireInspectionInScope } from './inspection-access.js';

export type InspectionDetail = {
  row: InspectionView; blacklisted: boolean; inspectors: { id: string; name: string }[]; template: ChecklistTemplateRow; items: ChecklistItemRow[];
  results: InspectionResultRow[]; photos: AttachmentRow[]; findings: InspectionFindingRow[]; canRecord: boolean;
};

export async function loadInspectionDetail(db: Db, actor: Actor, row: InspectionView): Promise<InspectionDetail> {
  const template = await findChecklistTemplate(db, row.template_id);
  if (!template) throw notFound('checklist_template');
  const ids = inspectorIdsOf(row);
  const [items, results, photos, findings, names, listed] = await Promise.all([
    listChecklistItems(db, template.id), listResults(db, row.id),
    listAttachmentsOf(db, 'inspection_result', [row.id]).then(async (r) => [...(await listAttachmentsOf(db, 'inspection', [row.id])), ...r]),
    listFindingsOfInspection(db, row.id), userNames(db, ids), listedEnterpriseIdsAmong(db, [row.enterprise_id]),
  ]);
  // the findings in checklist order (they were made in one statement, so their times tie)
  const sortOf = new Map(items.map((i) => [i.id, i.sort]));
  findings.sort((a, b) => (sortOf.get(a.item_id ?? '') ?? 1e9) - (sortOf.get(b.item_id ?? '') ?? 1e9) || a.created_at.localeCompare(b.created_at));
  return {
    row, blacklisted: listed.has(row.enterprise_id), inspectors: ids.map((id) => ({ id, name: names.get(id) ?? id })), template, items, results,
    photos, findings, canRecord: mayRecord(actor, row) && row.status !== 'submitted' && row.status !== 'cancelled',
  };
}

export async function getInspection(ctx: AppContext, opts: { actor: Actor; inspectionId: string }): Promise<InspectionDetail> {
  const db = ctx.database.db;
  return loadInspectionDetail(db, opts.actor, await requireInspectionInScope(db, opts.actor, opts.inspectionId));
}
