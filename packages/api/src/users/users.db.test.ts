// Users and organisations over HTTP: who may create accounts, who sees which accounts and organisations.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OFFICE, TOWN_A, TOWN_B } from '@hazgov/app/orgs/organisation-fixture';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';

let s: TestServer;
let admin: Session;
let townA: Session;

beforeEach(async () => {
  s = await startTestServer();
  await s.addUser({ username: 'admin', role: 'district_admin', organisationId: OFFICE });
  await s.addUser({ username: 'wq.town', role: 'territory', organisationId: TOWN_A });
  await s.addUser({ username: 'wq.grid', role: 'territory', organisationId: `${TOWN_A}-g1` });
  await s.addUser({ username: 'lk.town', role: 'territory', organisationId: TOWN_B });
  admin = await s.login('admin');
  townA = await s.login('wq.town');
});
afterEach(async () => s.close());

const newUser = { username: 'lk.grid', displayName: '良口网格员', role: 'territory', organisationId: `${TOWN_B}-g1`, password: 'Liangkou2017Grid' };
const auditCount = async () => Number((await s.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('POST /api/users', () => {
  it('a district admin creates a user; the row is audited and the response carries no hash', async () => {
    const res = await s.app.inject({ method: 'POST', url: '/api/users', headers: admin.headers, payload: newUser });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'lk.grid', role: 'territory', organisation: { id: `${TOWN_B}-g1`, name: '良口镇第一网格' }, active: true, locked: false });
    expect(res.body).not.toContain('argon2');
    const audit = await s.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.create').where('entity_id', '=', res.json().id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_name).toBe('admin');
    expect(audit[0]?.after_json).not.toContain('Liangkou2017Grid');
    expect((await s.login('lk.grid', 'Liangkou2017Grid')).csrfToken).toBeTruthy();
  });

  it('anyone else gets 403 and nothing is written', async () => {
    const before = await auditCount();
    const res = await s.app.inject({ method: 'POST', url: '/api/users', headers: townA.headers, payload: newUser });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    expect(await auditCount()).toBe(before);
  });

  it('validates: duplicate username 409, role/organisation mismatch 400, password rules 400', async () => {
    const dup = await s.app.inject({ method: 'POST', url: '/api/users', headers: admin.headers, payload: { ...newUser, username: 'wq.town' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'USERNAME_TAKEN', message: '用户名 wq.town 已被使用' });
    const mismatch = await s.app.inject({ method: 'POST', url: '/api/users', headers: admin.headers, payload: { ...newUser, role: 'department' } });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.details[0]).toMatchObject({ field: 'role', code: 'ROLE_ORGANISATION_MISMATCH' });
    const weak = await s.app.inject({ method: 'POST', url: '/api/users', headers: admin.headers, payload: { ...newUser, password: 'lk.grid12345' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details.map((d: { code: string }) => d.code)).toEqual(['PASSWORD_CONTAINS_USERNAME']);
    const unknownOrg = await s.app.inject({ method: 'POST', url: '/api/users', headers: admin.headers, payload: { ...newUser, organisationId: 'nowhere' } });
    expect(unknownOrg.statusCode).toBe(400);
    const badShape = await s.app.inject({ method: 'POST', url: '/api/users', headers: { ...admin.headers, 'accept-language': 'en' }, payload: { ...newUser, role: 'king' } });
    expect(badShape.statusCode).toBe(400);
    expect(badShape.json().error.code).toBe('VALIDATION_FAILED');
    expect(badShape.json().error.details[0]).toMatchObject({ field: 'role', code: 'VALIDATION.invalid_value' });
    expect(badShape.json().error.details[0].message).toContain('district_admin');
  });
});

describe('GET /api/users', () => {
  it('a district admin sees everyone; a town sees its own subtree, never the neighbour town', async () => {
    const all = await s.app.inject({ url: '/api/users', headers: admin.headers });
    expect(all.json().items.map((u: { username: string }) => u.username).sort()).toEqual(['admin', 'lk.town', 'wq.grid', 'wq.town']);
    const mine = await s.app.inject({ url: '/api/users', headers: townA.headers });
    expect(mine.json().items.map((u: { username: string }) => u.username).sort()).toEqual(['wq.grid', 'wq.town']);
    const probe = await s.app.inject({ url: `/api/users?organisationId=${TOWN_B}`, headers: townA.headers });
    expect(probe.json().items).toEqual([]);
  });
  it('requires a session', async () => {
    expect((await s.app.inject({ url: '/api/users' })).statusCode).toBe(401);
  });
});

describe('GET /api/orgs', () => {
  it('government users read the whole government tree; enterprises only their own organisation', async () => {
    await s.database.db.insertInto('organisations').values({ id: 'ent-a', parent_id: TOWN_A, kind: 'enterprise', code: null, name: '温泉化工有限公司', name_en: null, path: `/440117/${TOWN_A}/ent-a/`, sort: 0, created_at: '2026-01-01T00:00:00Z' }).execute();
    await s.addUser({ username: 'ent.a', role: 'enterprise', organisationId: 'ent-a' });
    const town = (await s.app.inject({ url: '/api/orgs', headers: townA.headers })).json().items as { id: string; path: string }[];
    expect(town.map((o) => o.id)).toEqual(expect.arrayContaining(['440117', TOWN_A, TOWN_B, OFFICE, `${TOWN_B}-g1`, 'ent-a']));
    const lk = await s.login('lk.town');
    const other = (await s.app.inject({ url: '/api/orgs', headers: lk.headers })).json().items as { id: string }[];
    expect(other.map((o) => o.id)).not.toContain('ent-a'); // an enterprise is a record of its territory
    const ent = await s.login('ent.a');
    expect((await s.app.inject({ url: '/api/orgs', headers: ent.headers })).json().items.map((o: { id: string }) => o.id)).toEqual(['ent-a']);
  });
});
