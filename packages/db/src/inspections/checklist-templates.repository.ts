// Checklist templates and their items. Not scoped: templates are district configuration (path = the district's),
// readable by every signed-in government user. A template is never edited in place: an edit inserts version n+1 and
// retires the old one, so an inspection keeps the exact items it was filled against.
import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { ChecklistItemTable, ChecklistTemplateTable } from '../schema.js';

export type ChecklistTemplateRow = Selectable<ChecklistTemplateTable>;
export type ChecklistItemRow = Selectable<ChecklistItemTable>;
export type ChecklistTemplateSummaryRow = ChecklistTemplateRow & { item_count: number };

export async function countChecklistTemplates(db: Db): Promise<number> {
  const r = await db.selectFrom('checklist_templates').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function listChecklistTemplates(db: Db, filter: { enterpriseType?: string | undefined; status?: string | undefined }): Promise<ChecklistTemplateSummaryRow[]> {
  let q = db.selectFrom('checklist_templates as t')
    .selectAll('t')
    .select((eb) => eb.selectFrom('checklist_items as i').whereRef('i.template_id', '=', 't.id').select((e) => e.fn.countAll<string | number>().as('c')).as('item_count'));
  if (filter.enterpriseType) q = q.where('t.enterprise_type', '=', filter.enterpriseType);
  if (filter.status) q = q.where('t.status', '=', filter.status);
  const rows = await q.orderBy('t.enterprise_type').orderBy('t.version', 'desc').execute();
  return rows.map((r) => ({ ...r, version: Number(r.version), item_count: Number(r.item_count ?? 0) }));
}

export async function findChecklistTemplate(db: Db, id: string): Promise<ChecklistTemplateRow | undefined> {
  const r = await db.selectFrom('checklist_templates').selectAll().where('id', '=', id).executeTakeFirst();
  return r && { ...r, version: Number(r.version) };
}

/** The active template of an enterprise type (the newest active version when an admin made several). */
export async function findActiveTemplateOfType(db: Db, enterpriseType: string): Promise<ChecklistTemplateRow | undefined> {
  const r = await db.selectFrom('checklist_templates').selectAll()
    .where('enterprise_type', '=', enterpriseType).where('status', '=', 'active')
    .orderBy('version', 'desc').orderBy('id').executeTakeFirst();
  return r && { ...r, version: Number(r.version) };
}

export async function listChecklistItems(db: Db, templateId: string): Promise<ChecklistItemRow[]> {
  const rows = await db.selectFrom('checklist_items').selectAll().where('template_id', '=', templateId).orderBy('sort').orderBy('id').execute();
  return rows.map((r) => ({ ...r, sort: Number(r.sort) }));
}

export async function insertChecklistTemplate(db: Db, template: Insertable<ChecklistTemplateTable>, items: Insertable<ChecklistItemTable>[]): Promise<void> {
  await db.insertInto('checklist_templates').values(template).execute();
  for (let i = 0; i < items.length; i += 200) await db.insertInto('checklist_items').values(items.slice(i, i + 200)).execute();
}

export async function retireChecklistTemplate(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('checklist_templates').set({ status: 'retired', updated_at: at }).where('id', '=', id).execute();
}
