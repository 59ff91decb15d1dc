// The enterprises API end to end (app.inject): create with its organisation row, the bad inputs of the issue each
// with a localised message naming the field, roles, the optimistic lock, the list filters and the history — on
// SQLite, and on PostgreSQL when DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseInput, USCC, USCC_BAD_CHECK } from '@hazgov/app/enterprises/testing/enterprise-fixture';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';
import { withRoleUsers } from '../shared/test-users.js';

let s: TestServer;
let admin: Session;
let ajj: Session;
let wenquan: Session;
let liangkou: Session;
let inspector: Session;
let entId: string;
let organisationId: string;

const call = (who: Session, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, lang?: string) =>
  s.app.inject({ method, url, headers: { ...who.headers, ...(lang ? { 'accept-language': lang } : {}) }, ...(payload === undefined ? {} : { payload: payload as object }) });

beforeAll(async () => {
  s = await startTestServer();
  ({ admin, ajj, wenquan, liangkou, inspector } = await withRoleUsers(s, ['admin', 'ajj', 'wenquan', 'liangkou', 'inspector']));
});
afterAll(async () => s.close());

describe('enterprises API', () => {
  it('a town registers an enterprise in its grid cell: two rows with one path, GCJ-02 converted, audited', async () => {
    const res = await call(wenquan, 'POST', '/api/enterprises', enterpriseInput({
      gridId: '440117103-g1', location: { lng: 116.41024449916938, lat: 39.91640428150164, crs: 'gcj02' }, activities: ['storage', 'trade'],
    }));
    expect(res.statusCode).toBe(201);
    const body = res.json();
    entId = body.id;
    organisationId = body.organisationId;
    expect(body).toMatchObject({
      name: '从化温泉化工有限公司', uscc: USCC[0], territory: { id: '440117103', name: '温泉镇' }, grid: { id: '440117103-g1', name: '温泉镇第一网格' },
      declarationStatus: 'none', version: 1, licences: [], units: [], currentDeclaration: null, location: { crs: 'wgs84', input: 'gcj02' },
    });
    expect(body.location.lng).toBeCloseTo(116.404, 5); // coordtransform's published pair (domain/shared/gcj02.test.ts)
    expect(organisationId).toMatch(/^ent-[0-9a-f-]{36}$/);
    const org = await s.database.db.selectFrom('organisations').selectAll().where('id', '=', organisationId).executeTakeFirstOrThrow();
    const row = await s.database.db.selectFrom('enterprises').selectAll().where('id', '=', entId).executeTakeFirstOrThrow();
    expect(org).toMatchObject({ kind: 'enterprise', parent_id: '440117103-g1', path: `/440117/440117103/440117103-g1/${organisationId}/` });
    expect(row.path).toBe(org.path);
    const history = await call(wenquan, 'GET', `/api/enterprises/${entId}/history`);
    expect(history.json().items).toEqual([expect.objectContaining({ action: 'enterprise.created', entity: 'enterprise', entityId: entId })]);
  });

  it.each([
    ['91440117000000001', 'ENTERPRISE_USCC_LENGTH'],
    ['9144011700000000IU', 'ENTERPRISE_USCC_CHARSET'],
    [USCC_BAD_CHECK, 'ENTERPRISE_USCC_CHECK_CHARACTER'],
  ])('credit code %s → 400 %s naming the field', async (uscc, code) => {
    const res = await call(wenquan, 'POST', '/api/enterprises', enterpriseInput({ uscc }), 'en');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code, details: [{ field: 'uscc', code, message: expect.stringContaining(uscc) }] });
    expect(res.json().error.message).toMatch(/^Unified social credit code/);
  });

  it('a duplicate credit code is 409; the Chinese message names the field and the code', async () => {
    const res = await call(ajj, 'POST', '/api/enterprises', enterpriseInput({ name: '另一家', uscc: USCC[0].toLowerCase() }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'ENTERPRISE_USCC_TAKEN', message: `「统一社会信用代码」${USCC[0]} 已登记为另一家企业` });
  });

  it('a territory the user does not own, a non-territory and a foreign grid cell are refused by field; nothing is written', async () => {
    const count = async () => (await s.database.db.selectFrom('organisations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const before = Number(await count());
    const other = await call(wenquan, 'POST', '/api/enterprises', enterpriseInput({ uscc: USCC[1], territoryId: '440117104' }));
    expect(other.json().error).toMatchObject({ code: 'ENTERPRISE_PLACE_NOT_IN_SCOPE', details: [{ field: 'territoryId' }] });
    expect(other.json().error.message).toBe('「所属镇街/网格」良口镇 不在您的管辖范围内');
    const office = await call(admin, 'POST', '/api/enterprises', enterpriseInput({ uscc: USCC[1], territoryId: 'org-safety-bureau' }));
    expect(office.json().error).toMatchObject({ code: 'ENTERPRISE_TERRITORY_INVALID', details: [{ field: 'territoryId' }] });
    const grid = await call(admin, 'POST', '/api/enterprises', enterpriseInput({ uscc: USCC[1], territoryId: '440117104', gridId: '440117103-g1' }));
    expect(grid.json().error).toMatchObject({ code: 'ENTERPRISE_GRID_NOT_IN_TERRITORY', details: [{ field: 'gridId' }] });
    expect(Number(await count())).toBe(before);
  });

  it('roles: an inspector reads but cannot create; another town cannot see it; the department edits anywhere in the district', async () => {
    expect((await call(inspector, 'POST', '/api/enterprises', enterpriseInput({ uscc: USCC[1] }))).statusCode).toBe(403);
    expect((await call(inspector, 'GET', `/api/enterprises/${entId}`)).statusCode).toBe(200);
    expect((await call(liangkou, 'GET', `/api/enterprises/${entId}`)).statusCode).toBe(404);
    expect((await call(liangkou, 'GET', `/api/enterprises/${entId}/history`)).statusCode).toBe(404);
    const got = (await call(ajj, 'GET', `/api/enterprises/${entId}`)).json();
    const saved = await call(ajj, 'PUT', `/api/enterprises/${entId}`, { ...enterpriseInput({ gridId: '440117103-g1', staffCount: 40 }), version: got.version });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ staffCount: 40, version: 2 });
  });

  it('optimistic lock: a save over a newer version is 409 ENTERPRISE_VERSION_CONFLICT and changes nothing', async () => {
    const stale = await call(wenquan, 'PUT', `/api/enterprises/${entId}`, { ...enterpriseInput({ gridId: '440117103-g1', staffCount: 99 }), version: 1 }, 'en');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'ENTERPRISE_VERSION_CONFLICT', message: expect.stringContaining('version 1') });
    expect((await call(wenquan, 'GET', `/api/enterprises/${entId}`)).json()).toMatchObject({ staffCount: 40, version: 2 });
  });

  it('the enterprise user edits only its own record, cannot move it, and an agency sees nothing', async () => {
    await s.addUser({ username: 'ent01', role: 'enterprise', organisationId });
    await s.database.db.insertInto('organisations').values({
      id: 'org-agency-x', parent_id: '440117', kind: 'agency', code: null, name: '某评价机构', name_en: null, path: '/440117/org-agency-x/', sort: 0, created_at: '2026-01-01T00:00:00Z',
    }).execute();
    await s.addUser({ username: 'agency01', role: 'agency', organisationId: 'org-agency-x' });
    const [ent, agency] = [await s.login('ent01'), await s.login('agency01')];
    const own = await call(ent, 'PUT', `/api/enterprises/${entId}`, { ...enterpriseInput({ gridId: '440117103-g1', legalRepresentative: '王五' }), version: 2 });
    expect(own.statusCode).toBe(200);
    const move = await call(ent, 'PUT', `/api/enterprises/${entId}`, { ...enterpriseInput({ gridId: '440117103-g2' }), version: 3 });
    expect(move.statusCode).toBe(403);
    expect(move.json().error.code).toBe('ENTERPRISE_PLACE_CHANGE_FORBIDDEN');
    expect((await call(ent, 'POST', '/api/enterprises', enterpriseInput({ uscc: USCC[2] }))).statusCode).toBe(403);
    expect((await call(agency, 'GET', `/api/enterprises/${entId}`)).statusCode).toBe(404);
    expect((await call(agency, 'GET', '/api/enterprises')).json()).toMatchObject({ items: [], total: 0 });
    expect((await call(agency, 'PUT', `/api/enterprises/${entId}`, { ...enterpriseInput(), version: 3 })).statusCode).toBe(404);
  });

  it('a regulator moves the enterprise to another grid cell: every row follows its path', async () => {
    const res = await call(admin, 'PUT', `/api/enterprises/${entId}`, { ...enterpriseInput({ gridId: '440117103-g2', legalRepresentative: '王五' }), version: 3 });
    expect(res.statusCode).toBe(200);
    const path = `/440117/440117103/440117103-g2/${organisationId}/`;
    expect((await s.database.db.selectFrom('organisations').select(['path', 'parent_id']).where('id', '=', organisationId).executeTakeFirstOrThrow()))
      .toEqual({ path, parent_id: '440117103-g2' });
    expect((await s.database.db.selectFrom('enterprises').select('path').where('id', '=', entId).executeTakeFirstOrThrow()).path).toBe(path);
    const history = (await call(admin, 'GET', `/api/enterprises/${entId}/history`)).json().items.map((i: { action: string }) => i.action);
    expect(history).toEqual(['enterprise.moved', 'enterprise.updated', 'enterprise.updated', 'enterprise.created']);
  });

  it('lists with filters, paging and one total', async () => {
    for (const [i, name] of ['良口甲厂', '良口乙厂', '良口丙厂'].entries()) {
      const r = await call(liangkou, 'POST', '/api/enterprises', enterpriseInput({ name, uscc: USCC[i + 1], territoryId: '440117104', activities: i === 0 ? ['trade'] : ['use'], status: i === 2 ? 'closed' : 'operating' }));
      expect(r.statusCode).toBe(201);
    }
    const page = (q: string, who = admin) => call(who, 'GET', `/api/enterprises?${q}`).then((r) => r.json());
    expect(await page('pageSize=2')).toMatchObject({ total: 4, page: 1, pageSize: 2, items: [expect.anything(), expect.anything()] });
    expect((await page('pageSize=2&page=2')).items).toHaveLength(2);
    expect((await page('territoryId=440117104')).total).toBe(3);
    expect((await page('territoryId=440117103-g2')).items.map((e: { id: string }) => e.id)).toEqual([entId]);
    expect((await page('activity=trade')).items.map((e: { name: string }) => e.name)).toEqual(['良口甲厂']);
    expect((await page('status=closed')).items.map((e: { name: string }) => e.name)).toEqual(['良口丙厂']);
    expect((await page(`q=${USCC[0].slice(-6).toLowerCase()}`)).total).toBe(1);
    expect((await page('q=良口')).total).toBe(3);
    expect((await page('', wenquan)).total).toBe(1);
    expect((await page('majorHazard=1')).total).toBe(0);
    expect((await page('')).items[0]).toMatchObject({ unitCount: 0, majorHazardCount: 0, worstGrade: null, nextLicenceExpiry: null, restrictedLineCount: 0, isDemo: false });
  });
});
