// Issue 5 isolation seed (a hazard finding with evidence): A's records, written straight into the database, every id and text with the token.
// The finding is major, listed under 挂牌督办 and overdue (deadline before the walk's day), so every filter of the list could find it.
import { TOWN_A } from '@hazgov/app/orgs/organisation-fixture';
import { ISO_TOKEN as TOKEN, type Ids } from '../shared/isolation-probes.js';
import type { TestServer } from '../shared/test-server.js';
import { insertAttachmentOfA } from '../attachments/attachments.iso-seed.js';

const AT = '2026-03-02T02:00:00.000Z';

export async function seedFindingsOfA(t: TestServer, i: Ids): Promise<void> {
  const db = t.database.db;
  const path = `/440117/${TOWN_A}/${i.entA}/`;
  await db.insertInto('hazard_findings').values({
    id: i.findingA, path, enterprise_id: i.enterpriseA, territory_id: TOWN_A, grid_id: null, industry: `行业-${TOKEN}`, inspection_id: null, item_id: null,
    source: 'inspection', category: `类别-${TOKEN}`, description: `隐患描述-${TOKEN}`, legal_basis: `依据-${TOKEN}`, severity: 'major',
    major_criteria_json: '["mh01"]', status: 'rectifying', found_on: '2026-02-01', found_by: null, deadline: '2026-02-15', plan_text: `整改方案-${TOKEN}`,
    responsible_person: `责任人-${TOKEN}`, funds: '1000.00', submitted_at: null, verified_by: null, verified_at: null, closed_at: null, return_count: 0,
    reopen_count: 0, escalation_level: 2, escalated_at: AT, supervision_status: 'listed', supervision_no: `从安督〔2026〕${TOKEN}号`,
    supervision_org_id: null, supervision_listed_at: AT, is_demo: 0, version: 1, created_at: AT, updated_at: AT,
  }).execute();
  await insertAttachmentOfA(t, { id: i.evidenceA, path, ownerKind: 'rectification', ownerId: i.findingA, itemId: null, fileName: `整改照片-${TOKEN}.png`, uploadedBy: null });
}
