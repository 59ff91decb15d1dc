// Which enterprises carry the badge: those with an entry published or in credit repair — not proposed, decided, removed
// or expired ones — on both dialects; a page of ids larger than one chunk; a scope keeps another district out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../test-db.js';
import type { Database } from '../database.js';
import { listedEnterpriseIdsAmong, listedEnterpriseIdsIn } from './listed.repository.js';

let database: Database;
const AT = '2026-03-02T02:00:00.000Z';

beforeAll(async () => {
  database = await createTestDb();
  const db = database.db;
  await db.insertInto('organisations').values([
    { id: 'd1', parent_id: null, kind: 'district', code: null, name: '区一', name_en: null, path: '/d1/', sort: 0, created_at: AT },
    { id: 'd2', parent_id: null, kind: 'district', code: null, name: '区二', name_en: null, path: '/d2/', sort: 0, created_at: AT },
  ]).execute();
  const statuses = ['proposed', 'reviewed', 'rejected', 'decided', 'published', 'repairing', 'removed', 'expired'];
  const enterprises = [...statuses.map((st, n) => ({ id: `e-${st}`, path: `/d1/e${n}/`, territory: 'd1' })), { id: 'e-other', path: '/d2/x/', territory: 'd2' }];
  await db.insertInto('organisations').values(enterprises.map((e) => ({ id: `o-${e.id}`, parent_id: e.territory, kind: 'enterprise', code: null, name: e.id, name_en: null, path: e.path, sort: 0, created_at: AT }))).execute();
  await db.insertInto('enterprises').values(enterprises.map((e, n) => ({
    id: e.id, organisation_id: `o-${e.id}`, path: e.path, territory_id: e.territory, grid_id: null, name: e.id, uscc: `USCC${n}`, legal_representative: null,
    address: null, lng: null, lat: null, coord_input: null, industry: null, activities: '[]', status: 'operating', chemical_park: null, staff_count: null,
    contacts_json: '[]', key_processes: '[]', declaration_status: 'none', created_at: AT, updated_at: AT,
  }))).execute();
  const entry = (id: string, enterpriseId: string, path: string, status: string) => ({
    id, path, party_kind: 'enterprise', enterprise_id: enterpriseId, party_name: enterpriseId, credit_code: null, id_number: null, person_role: null,
    criteria_json: '[]', reason: 'r', case_ids_json: '[]', status, proposed_by: null, proposed_at: AT, reviewed_by: null, reviewed_at: null, review_comment: null,
    decided_by: null, decided_at: null, decision_no: null, published_at: null, listed_from: null, listed_until: null, duration_months: 12, repair_applied_at: null,
    repair_note: null, removed_at: null, removed_reason: null, updated_at: AT,
  });
  await db.insertInto('blacklist_entries').values([
    ...statuses.map((st, n) => entry(`b-${st}`, `e-${st}`, `/d1/e${n}/`, st)),
    entry('b-published-2', 'e-published', '/d1/e4/', 'published'), // a second listing of the same enterprise: still one id
    entry('b-other', 'e-other', '/d2/x/', 'published'),
  ]).execute();
});
afterAll(async () => database?.close());

describe('listed enterprises', () => {
  it('marks published and repairing only', async () => {
    const all = ['proposed', 'reviewed', 'rejected', 'decided', 'published', 'repairing', 'removed', 'expired'].map((st) => `e-${st}`);
    expect([...(await listedEnterpriseIdsAmong(database.db, all))].sort()).toEqual(['e-published', 'e-repairing']);
    expect((await listedEnterpriseIdsAmong(database.db, [])).size).toBe(0);
  });

  it('answers a page larger than one chunk', async () => {
    const many = [...Array.from({ length: 1200 }, (_, n) => `nobody-${n}`), 'e-repairing'];
    expect([...(await listedEnterpriseIdsAmong(database.db, many))]).toEqual(['e-repairing']);
  });

  it('lists a scope’s listed enterprises, another district’s kept out', async () => {
    expect(await listedEnterpriseIdsIn(database.db, { paths: ['/d1/'], all: false })).toEqual(['e-published', 'e-repairing']);
    expect(await listedEnterpriseIdsIn(database.db, { paths: ['/'], all: true })).toEqual(['e-other', 'e-published', 'e-repairing']);
  });
});
