// The audit routes: district admin only; the log reads newest first and the chain verifies over HTTP.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { OFFICE, TOWN_A } from '@hazgov/app/orgs/organisation-fixture';
import { startTestServer, type TestServer } from '../shared/test-server.js';

let s: TestServer;
beforeEach(async () => {
  s = await startTestServer();
  await s.addUser({ username: 'admin', role: 'district_admin', organisationId: OFFICE });
  await s.addUser({ username: 'wq.town', role: 'territory', organisationId: TOWN_A });
});
afterEach(async () => s.close());

describe('GET /api/audit', () => {
  it('lists entries newest first, filtered by entity and id', async () => {
    const admin = await s.login('admin');
    const res = await s.app.inject({ url: '/api/audit?entity=organisation&entityId=440117&limit=5', headers: admin.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([expect.objectContaining({ action: 'organisation.create', entity: 'organisation', entityId: '440117', actorName: 'seed', after: expect.objectContaining({ path: '/440117/' }) })]);
    const latest = await s.app.inject({ url: '/api/audit?limit=1', headers: admin.headers });
    expect(latest.json().items[0].action).toBe('auth.login');
  });
  it('is 403 for anyone but a district admin, 401 without a session', async () => {
    const town = await s.login('wq.town');
    expect((await s.app.inject({ url: '/api/audit', headers: town.headers })).statusCode).toBe(403);
    expect((await s.app.inject({ url: '/api/audit/verify', headers: town.headers })).statusCode).toBe(403);
    expect((await s.app.inject({ url: '/api/audit' })).statusCode).toBe(401);
  });
});

describe('GET /api/audit/verify', () => {
  it('reports an intact chain, then the first broken entry after tampering', async () => {
    const admin = await s.login('admin');
    const ok = (await s.app.inject({ url: '/api/audit/verify', headers: admin.headers })).json();
    expect(ok.ok).toBe(true);
    expect(ok.checked).toBeGreaterThan(10);
    await sql`update audit_log set actor_name = 'someone else' where seq = 3`.execute(s.database.db);
    const broken = (await s.app.inject({ url: '/api/audit/verify', headers: admin.headers })).json();
    expect(broken).toMatchObject({ ok: false, checked: 2, firstBroken: { seq: 3, reason: 'content_changed' } });
  });
});
