// Issue 5 isolation seed (an enforcement case and a proposed blacklist entry): A's records, written straight into the database, every id and text with the token.
import type { Ids } from '../shared/isolation-probes.js';
import { ISO_TOKEN as TOKEN } from '../shared/isolation-probes.js';
import type { TestServer } from '../shared/test-server.js';

const AT = '2026-03-02T02:00:00.000Z';

export async function seedEnforcementOfA(t: TestServer, i: Ids): Promise<void> {
  const db = t.database.db;
  const enterprise = await db.selectFrom('enterprises').select(['path', 'name', 'uscc']).where('id', '=', i.enterpriseA).executeTakeFirstOrThrow();
  await db.insertInto('enforcement_cases').values({
    id: i.caseA, path: enterprise.path, enterprise_id: i.enterpriseA, organisation_id: 'org-safety-bureau', inspection_id: null,
    hazard_finding_ids_json: JSON.stringify([i.findingA]), kind: 'penalty', status: 'notified', decision_no: `罚-${TOKEN}`, facts: `违法事实-${TOKEN}`,
    legal_basis: `依据-${TOKEN}`, penalty_kinds_json: '["fine"]', amount: '10000', deadline: null, decided_on: null, closed_on: null, published_at: null,
    created_by: null, created_at: AT, updated_at: AT,
  }).execute();
  await db.insertInto('blacklist_entries').values({
    id: i.blacklistA, path: enterprise.path, party_kind: 'enterprise', enterprise_id: i.enterpriseA, party_name: enterprise.name, credit_code: enterprise.uscc,
    id_number: null, person_role: null, criteria_json: '["bl03"]', reason: `失信行为-${TOKEN}`, case_ids_json: JSON.stringify([i.caseA]), status: 'proposed',
    proposed_by: i.userA || null, proposed_at: AT, reviewed_by: null, reviewed_at: null, review_comment: null, decided_by: null, decided_at: null, decision_no: null,
    published_at: null, listed_from: null, listed_until: null, duration_months: 12, repair_applied_at: null, repair_note: null, removed_at: null, removed_reason: null,
    updated_at: AT,
  }).execute();
}
