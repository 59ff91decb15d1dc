// Issue 5 isolation seed (plans, draws, conflicts): A's records, written straight into the database, every id and text with the token.
// Town A's own plan (path = the town's), a published draw of it that drew A's enterprise, and a conflict of interest on A's
// enterprise (path = the enterprise's). The inspector named is a safety-bureau inspector (not A's: no token in the name).
import { ISO_TOKEN, type Ids } from '../shared/isolation-probes.js';
import type { TestServer } from '../shared/test-server.js';

const AT = '2026-03-02T02:00:00.000Z';

export async function seedInspectionPlansOfA(t: TestServer, i: Ids): Promise<void> {
  const db = t.database.db;
  const townPath = `/440117/${i.townA}/`;
  const entPath = `${townPath}${i.entA}/`;
  const inspectorId = await t.addUser({ username: 'iso-plan-inspector', role: 'inspector', organisationId: 'org-safety-bureau', displayName: '抽查检查员' });
  const weights = { area: { red: 4, orange: 3, yellow: 2, blue: 1, none: 1 }, enterprise: { red: 4, orange: 3, yellow: 2, blue: 1, none: 1 } };
  await db.insertInto('inspection_plans').values({
    id: i.inspectionPlanA, path: townPath, organisation_id: i.townA, year: 2026, title: `温泉镇双随机计划-${ISO_TOKEN}`, kind: 'double_random',
    territory_ids_json: JSON.stringify([i.townA]), sample_size: 1, inspectors_per_enterprise: 1, weights_json: JSON.stringify(weights),
    status: 'published', note: `备注-${ISO_TOKEN}`, created_by: i.userA || null, created_at: AT, updated_at: AT, published_at: AT,
  }).execute();
  await db.insertInto('inspection_draws').values({
    id: i.drawA, plan_id: i.inspectionPlanA, path: townPath, seed: '20260302', algorithm: 'hazgov-draw-v1',
    enterprise_pool_json: JSON.stringify([{ id: i.enterpriseA, weight: 16, areaLevel: 'red', enterpriseLevel: 'red' }]),
    inspector_pool_json: JSON.stringify([{ id: inspectorId }]), conflicts_json: '[]',
    result_json: JSON.stringify([{ enterpriseId: i.enterpriseA, inspectorIds: [inspectorId] }]),
    status: 'published', drawn_at: AT, drawn_by: i.userA || null, published_at: AT,
  }).execute();
  await db.insertInto('inspector_conflicts').values({
    id: i.conflictA, path: entPath, inspector_id: inspectorId, enterprise_id: i.enterpriseA, reason: `亲属关系-${ISO_TOKEN}`, created_by: i.userA || null, created_at: AT,
  }).execute();
}
