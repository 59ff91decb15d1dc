// The self-declaration lifecycle through the API: draft → submit (refused with every gap listed) → submitted (the
// enterprise cannot edit) → returned with a comment (inbox) → an edit reopens it → resubmitted → approved (inbox);
// the review queue by jurisdiction; next year copied forward from the approved snapshot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseInput } from '@hazgov/app/enterprises/testing/enterprise-fixture';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';

let s: TestServer;
let admin: Session;
let wenquan: Session;
let liangkou: Session;
let ent: Session;
let entId: string;
let unitId: string;
let decl2025: string;

const call = (who: Session, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
  s.app.inject({ method, url, headers: who.headers, ...(payload === undefined ? {} : { payload: payload as object }) });
const version = async (): Promise<number> => (await call(admin, 'GET', `/api/enterprises/${entId}`)).json().version;
const inbox = async (who: Session): Promise<string[]> => (await call(who, 'GET', '/api/notifications')).json().items.map((n: { kind: string }) => n.kind);
const methanol = { chemicalName: '甲醇', quantity: '250', quantityUnit: 't', hazardSymbols: ['W5.3'] };

beforeAll(async () => {
  s = await startTestServer();
  await s.addUser({ username: 'admin', role: 'district_admin', organisationId: 'org-safety-committee-office' });
  await s.addUser({ username: 'wenquan', role: 'territory', organisationId: '440117103' });
  await s.addUser({ username: 'liangkou', role: 'territory', organisationId: '440117104' });
  [admin, wenquan, liangkou] = [await s.login('admin'), await s.login('wenquan'), await s.login('liangkou')];
  const created = (await call(wenquan, 'POST', '/api/enterprises', enterpriseInput({ legalRepresentative: null, address: null, location: null, contacts: [] }))).json();
  entId = created.id;
  await s.addUser({ username: 'ent01', role: 'enterprise', organisationId: created.organisationId });
  ent = await s.login('ent01');
  unitId = (await call(ent, 'POST', `/api/enterprises/${entId}/units`, { name: '甲醇储罐区', kind: 'storage' })).json().id;
  await call(ent, 'PUT', `/api/enterprise-units/${unitId}/inventory`, { lines: [methanol, methanol] }); // S = 1: needs its population
});
afterAll(async () => s.close());

describe('self-declaration', () => {
  it('the enterprise starts a draft; submitting an incomplete record lists every gap at once', async () => {
    const started = await call(ent, 'POST', `/api/enterprises/${entId}/declarations`, { year: 2025, copyForward: false });
    expect(started.statusCode).toBe(201);
    decl2025 = started.json().id;
    expect(started.json()).toMatchObject({ year: 2025, status: 'draft', enterpriseName: '从化温泉化工有限公司', copiedFromId: null });
    const res = await call(ent, 'POST', `/api/enterprise-declarations/${decl2025}/submit`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'DECLARATION_INCOMPLETE', message: '申报信息不完整，还有 5 项需要补充' });
    expect(res.json().error.details.map((d: { field: string; message: string }) => [d.field, d.message])).toEqual([
      ['legalRepresentative', '请填写「法定代表人」'],
      ['address', '请填写「地址」'],
      ['location', '请标注企业「坐标」'],
      ['contacts', '「联系人」中须有主要负责人'],
      ['units.0', '第 1 个单元「甲醇储罐区」构成重大危险源，请填写 500 米范围内人数以便分级'],
    ]);
  });

  it('once complete it is submitted: frozen, the territory told, the enterprise locked out', async () => {
    expect((await call(ent, 'PUT', `/api/enterprises/${entId}`, { ...enterpriseInput(), version: await version() })).statusCode).toBe(200);
    expect((await call(ent, 'PUT', `/api/enterprise-units/${unitId}`, { name: '甲醇储罐区', kind: 'storage', population500m: 120 })).json().grade).toBe(4);
    const res = await call(ent, 'POST', `/api/enterprise-declarations/${decl2025}/submit`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'submitted', submittedBy: 'ent01', submittedAt: '2026-03-02T02:00:00.000Z' });
    expect((await call(admin, 'GET', `/api/enterprises/${entId}`)).json()).toMatchObject({ declarationStatus: 'submitted', currentDeclaration: { id: decl2025, status: 'submitted' } });
    expect(await inbox(wenquan)).toContain('declaration_submitted');
    const locked = await call(ent, 'PUT', `/api/enterprises/${entId}`, { ...enterpriseInput({ staffCount: 1 }), version: await version() });
    expect(locked.statusCode).toBe(403);
    expect(locked.json().error).toMatchObject({ code: 'ENTERPRISE_DECLARATION_SUBMITTED', message: '自主申报已提交、正在审核，审核完成前企业不能修改信息' });
    expect((await call(ent, 'PUT', `/api/enterprise-units/${unitId}/inventory`, { lines: [] })).statusCode).toBe(403);
    const snapshot = (await call(wenquan, 'GET', `/api/enterprise-declarations/${decl2025}`)).json();
    expect(snapshot.snapshot).toMatchObject({ id: entId, staffCount: 35, units: [{ id: unitId, grade: 4, lines: [{ chemicalName: '甲醇' }, { chemicalName: '甲醇' }] }] });
    expect(snapshot.previousSnapshot).toBeNull();
  });

  it('the review queue holds it for its own territory only; an enterprise cannot review', async () => {
    expect((await call(wenquan, 'GET', '/api/enterprise-declarations?status=submitted')).json().items.map((d: { id: string }) => d.id)).toEqual([decl2025]);
    expect((await call(liangkou, 'GET', '/api/enterprise-declarations')).json().items).toEqual([]);
    expect((await call(liangkou, 'POST', `/api/enterprise-declarations/${decl2025}/review`, { decision: 'approve' })).statusCode).toBe(404);
    expect((await call(ent, 'POST', `/api/enterprise-declarations/${decl2025}/review`, { decision: 'approve' })).statusCode).toBe(403);
  });

  it('a return needs a comment; the enterprise is told, and its next edit reopens the declaration', async () => {
    const bare = await call(wenquan, 'POST', `/api/enterprise-declarations/${decl2025}/review`, { decision: 'return', comment: '  ' });
    expect(bare.json().error).toMatchObject({ code: 'DECLARATION_REVIEW_COMMENT_REQUIRED', details: [{ field: 'comment' }] });
    const returned = await call(wenquan, 'POST', `/api/enterprise-declarations/${decl2025}/review`, { decision: 'return', comment: '请补充危险化学品经营许可证' });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewedBy: 'wenquan', reviewComment: '请补充危险化学品经营许可证' });
    expect(await inbox(ent)).toContain('declaration_returned');
    await call(ent, 'POST', `/api/enterprises/${entId}/licences`, { kind: 'hazchem_trade', number: '粤穗从危化经〔2025〕3号', expiresOn: '2028-03-01' });
    expect((await call(ent, 'GET', `/api/enterprises/${entId}/declarations`)).json().items).toEqual([expect.objectContaining({ id: decl2025, status: 'draft' })]);
  });

  it('resubmitted and approved; approving twice is refused', async () => {
    expect((await call(ent, 'POST', `/api/enterprise-declarations/${decl2025}/submit`)).json().status).toBe('submitted');
    const approved = await call(admin, 'POST', `/api/enterprise-declarations/${decl2025}/review`, { decision: 'approve' });
    expect(approved.json()).toMatchObject({ status: 'approved', reviewedBy: 'admin', reviewComment: null });
    expect(await inbox(ent)).toContain('declaration_approved');
    const again = await call(admin, 'POST', `/api/enterprise-declarations/${decl2025}/review`, { decision: 'approve' });
    expect(again.statusCode).toBe(409);
    expect((await call(admin, 'GET', `/api/enterprises/${entId}`)).json().declarationStatus).toBe('approved');
  });

  it('next year is copied forward from the approved snapshot, restoring what changed since', async () => {
    await call(ent, 'PUT', `/api/enterprises/${entId}`, { ...enterpriseInput({ staffCount: 99 }), version: await version() });
    await call(ent, 'DELETE', `/api/enterprise-units/${unitId}`);
    expect((await call(ent, 'POST', `/api/enterprises/${entId}/declarations`, { year: 2025, copyForward: true })).json().error.code).toBe('DECLARATION_YEAR_EXISTS');
    const copied = await call(ent, 'POST', `/api/enterprises/${entId}/declarations`, { year: 2026, copyForward: true });
    expect(copied.statusCode).toBe(201);
    expect(copied.json()).toMatchObject({ year: 2026, status: 'draft', copiedFromId: decl2025 });
    const record = (await call(ent, 'GET', `/api/enterprises/${entId}`)).json();
    expect(record).toMatchObject({ staffCount: 35, declarationStatus: 'draft', units: [{ id: unitId, grade: 4, population500m: 120 }] });
    expect(record.units[0].lines).toHaveLength(2);
    expect(record.licences).toEqual([expect.objectContaining({ number: '粤穗从危化经〔2025〕3号' })]);
    expect((await call(ent, 'POST', `/api/enterprises/${entId}/declarations`, { year: 2027, copyForward: false })).json().error.code).toBe('DECLARATION_OPEN_EXISTS');
    const actions = (await call(ent, 'GET', `/api/enterprises/${entId}/history`)).json().items
      .filter((h: { entity: string }) => h.entity === 'enterprise_declaration').map((h: { action: string }) => h.action);
    expect(actions).toEqual([
      'enterprise_declaration.copied_forward', 'enterprise_declaration.approved', 'enterprise_declaration.submitted', 'enterprise_declaration.reopened',
      'enterprise_declaration.returned', 'enterprise_declaration.submitted', 'enterprise_declaration.started',
    ]);
  });
});
