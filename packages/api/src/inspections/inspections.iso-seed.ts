// Issue 5 isolation seed (an inspection with results and a photo): A's records, written straight into the database, every id and text with the token.
// The checklist it uses is district configuration (readable by everyone), so it carries no token; the inspection, its
// result, its photo and the sync receipt of the phone that wrote them are A's. The inspector is the district's
// (inspectors are listed district-wide), so their name carries no token either.
import { ISO_TOKEN as TOKEN, type Ids } from '../shared/isolation-probes.js';
import type { TestServer } from '../shared/test-server.js';
import { insertAttachmentOfA } from '../attachments/attachments.iso-seed.js';

const AT = '2026-03-02T02:00:00.000Z';
/** The phone's operation id (a uuid on a real phone): without the token, since the sync answer echoes the id it was sent. */
export const OP_OF_A = 'op-a-walk-0001';

export async function seedInspectionsOfA(t: TestServer, i: Ids): Promise<void> {
  const db = t.database.db;
  const path = `/440117/${i.townA}/${i.entA}/`;
  const templateId = 'tpl-iso-walk';
  const itemId = 'tpl-iso-walk-1';
  await db.insertInto('checklist_templates').values({
    id: templateId, path: '/440117/', enterprise_type: 'storage', name: '隔离检查表', name_en: null, version: 1, status: 'active', source: 'admin', created_at: AT, updated_at: AT,
  }).execute();
  await db.insertInto('checklist_items').values({
    id: itemId, template_id: templateId, sort: 1, area: '储存', content: '储罐是否设置液位报警', legal_basis: 'GB 50160', severity_hint: 'general', major_criterion: null,
  }).execute();
  const inspector = await t.addUser({ username: 'iso-field-inspector', role: 'inspector', organisationId: 'org-safety-bureau', displayName: '现场检查员' });
  await db.insertInto('inspections').values({
    id: i.inspectionA, path, enterprise_id: i.enterpriseA, territory_id: i.townA, organisation_id: i.townA, plan_id: i.inspectionPlanA || null,
    draw_id: i.drawA || null, template_id: templateId, inspector_ids_json: JSON.stringify([inspector]), scheduled_on: '2026-03-02', status: 'in_progress',
    started_at: AT, submitted_at: null, summary: `检查小结-${TOKEN}`, representative_name: `代表-${TOKEN}`, representative_confirmed_at: AT, is_demo: 0,
    version: 2, created_by: inspector, created_at: AT, updated_at: AT,
  }).execute();
  await db.insertInto('inspection_results').values({
    inspection_id: i.inspectionA, item_id: itemId, path, outcome: 'fail', note: `现场问题-${TOKEN}`, hazard_finding_id: null, recorded_at: AT,
  }).execute();
  await insertAttachmentOfA(t, { id: i.attachmentA, path, ownerKind: 'inspection_result', ownerId: i.inspectionA, itemId, fileName: `现场照片-${TOKEN}.png`, uploadedBy: inspector });
  await db.insertInto('sync_receipts').values({
    op_id: OP_OF_A, user_id: inspector, entity_id: i.inspectionA, outcome: 'applied', received_at: AT,
    response_json: JSON.stringify({ outcome: 'applied', conflicts: [], version: 2, submitted: false, change: { version: 2, userId: inspector, itemIds: [itemId], fields: ['summary'] } }),
  }).execute();
}
