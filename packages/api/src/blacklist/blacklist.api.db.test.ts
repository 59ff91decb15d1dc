// The blacklist through HTTP on a real database: a proposal (a person's ID number checked by GB 11643), four-eyes review,
// decision, publication with one joint-punishment notice and inbox message per named department, the badge, the
// department's acknowledgement, credit repair, and expiry by the scheduler with an injected clock. SQLite here;
// PostgreSQL with DATABASE_URL. The portal's cut to public fields: public.api.db.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOWN_A } from '@hazgov/app/orgs/organisation-fixture';
import { runBlacklistExpiry } from '@hazgov/app/blacklist/run-blacklist-expiry';
import { listedEnterpriseIdsAmong } from '@hazgov/db/blacklist/listed.repository';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';
import { withRoleUsers } from '../shared/test-users.js';
import { ENTERPRISE_A, ENTERPRISE_B, seedEnterprise } from '../major-hazards/major-hazards.test-support.js';

let s: TestServer;
let admin: Session, ajj: Session, police: Session, wenquan: Session, liangkou: Session, enta: Session, entb: Session;

beforeAll(async () => {
  s = await startTestServer();
  s.clock.set('2026-03-02T02:00:00.000Z'); // 2026-03-02 in China
  await seedEnterprise(s, { ...ENTERPRISE_A, units: [] });
  await seedEnterprise(s, { ...ENTERPRISE_B, units: [] });
  ({ admin, ajj, police, wenquan, liangkou, enta, entb } = await withRoleUsers(s, ['admin', 'ajj', 'wenquan', 'liangkou', 'enta', 'entb'], {
    extra: { police: { role: 'department', organisationId: 'org-police' } },
  }));
});
afterAll(async () => s?.close());

type Res = Awaited<ReturnType<TestServer['app']['inject']>>;
const get = (who: Session, url: string): Promise<Res> => s.app.inject({ method: 'GET', url, headers: who.headers });
const post = (who: Session, url: string, payload: unknown): Promise<Res> => s.app.inject({ method: 'POST', url, headers: who.headers, payload: payload as object });
const act = (who: Session, id: string, body: Record<string, unknown>) => post(who, `/api/blacklist/${id}/actions`, body);

describe('blacklist workflow', () => {
  let entryId = '';
  let personId = '';

  it('refuses a person whose ID number fails the GB 11643 check, an unknown criterion, an enterprise out of scope', async () => {
    const bad = await post(ajj, '/api/blacklist', { partyKind: 'person', enterpriseId: 'ea', personName: '李四', idNumber: '110105194912310021', criteria: ['bl01', 'zz'], reason: '主要负责人' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string; code: string }) => `${d.field}:${d.code}`)).toEqual([
      'idNumber:BLACKLIST_ID_NUMBER_INVALID', 'criteria[1]:BLACKLIST_CRITERION_UNKNOWN',
    ]);
    expect((await post(liangkou, '/api/blacklist', { partyKind: 'enterprise', enterpriseId: 'ea', criteria: ['bl01'], reason: 'x' })).json().error.details[0].field).toBe('enterpriseId');
    expect((await post(enta, '/api/blacklist', { partyKind: 'enterprise', enterpriseId: 'ea', criteria: ['bl01'], reason: 'x' })).statusCode).toBe(403);
  });

  it('proposes; the proposer may not review it (four eyes); the admin reviews and decides', async () => {
    const r = await post(ajj, '/api/blacklist', { partyKind: 'enterprise', enterpriseId: 'ea', criteria: ['bl03'], reason: '重大隐患拒不整改，仍组织冒险作业' });
    expect(r.statusCode).toBe(201);
    entryId = r.json().id;
    expect(r.json()).toMatchObject({ status: 'proposed', partyName: '温泉化工有限公司', creditCode: '91440117MA59C1XP3U', durationMonths: 12, proposedByMe: true, allowedActions: [] });
    expect((await act(ajj, entryId, { action: 'review_approve', version: 1 })).json().error.code).toBe('BLACKLIST_SAME_PERSON');
    expect((await act(admin, entryId, { action: 'decide', version: 1, decisionNo: 'x' })).json().error.code).toBe('BLACKLIST_TRANSITION_NOT_ALLOWED');
    expect((await act(wenquan, entryId, { action: 'review_approve', version: 1 })).statusCode).toBe(403);
    expect((await get(admin, `/api/blacklist/${entryId}`)).json().allowedActions).toEqual(['review_approve', 'review_reject']);
    expect((await get(enta, `/api/blacklist/${entryId}`)).statusCode).toBe(404); // the enterprise sees its listing once published
    expect((await get(enta, '/api/blacklist')).json().items).toEqual([]);
    expect((await act(admin, entryId, { action: 'review_approve', version: 1 })).json().status).toBe('reviewed');
    const noNo = await act(admin, entryId, { action: 'decide', version: 2 });
    expect(noNo.json().error.details[0].field).toBe('decisionNo');
    expect((await act(admin, entryId, { action: 'decide', version: 2, decisionNo: '从应急惩〔2026〕1号', durationMonths: 12 })).json().status).toBe('decided');
  });

  it('publishes: listed from today for 12 months, one notice and inbox message per department, the badge', async () => {
    const none = await act(admin, entryId, { action: 'publish', version: 3, measures: '限制参与政府采购' });
    expect(none.json().error.details[0].field).toBe('departmentIds');
    const wrong = await act(admin, entryId, { action: 'publish', version: 3, departmentIds: [TOWN_A], measures: '限制' });
    expect(wrong.json().error.details[0].field).toBe('departmentIds[0]');
    const r = await act(admin, entryId, { action: 'publish', version: 3, departmentIds: ['org-safety-bureau', 'org-police'], measures: '限制参与政府采购；从严审批' });
    expect(r.statusCode).toBe(200);
    const e = r.json();
    expect(e).toMatchObject({ status: 'published', listedFrom: '2026-03-02', listedUntil: '2027-03-02', enterprise: { id: 'ea', blacklisted: true } });
    expect(e.notices.map((n: { department: { id: string } }) => n.department.id).sort()).toEqual(['org-police', 'org-safety-bureau']);
    const inbox = await s.database.db.selectFrom('notifications').select('organisation_id').where('kind', '=', 'joint_punishment').execute();
    expect(inbox.map((n) => n.organisation_id).sort()).toEqual(['org-police', 'org-safety-bureau']);
    // the badge: every signed-in user of the district, also those who cannot open the entry
    for (const who of [admin, wenquan, liangkou, entb]) expect((await get(who, '/api/blacklist/listed')).json()).toEqual({ enterpriseIds: ['ea'] });
    expect([...(await listedEnterpriseIdsAmong(s.database.db, ['ea', 'eb', 'ea']))]).toEqual(['ea']);
    expect((await get(liangkou, `/api/blacklist/${entryId}`)).statusCode).toBe(404);
    expect((await get(liangkou, '/api/blacklist')).json().items).toEqual([]);
    expect((await get(enta, '/api/blacklist')).json().items.map((x: { id: string }) => x.id)).toEqual([entryId]);
  });

  it('lets each department acknowledge its own notice once; others cannot', async () => {
    const mine = (await get(police, '/api/blacklist/notices?acknowledged=0')).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ department: { id: 'org-police' }, entry: { id: entryId, partyName: '温泉化工有限公司' } });
    expect((await post(ajj, `/api/blacklist/notices/${mine[0].id}/acknowledge`, { response: '已收到' })).statusCode).toBe(404); // not ajj's notice
    expect((await post(police, `/api/blacklist/notices/${mine[0].id}/acknowledge`, { response: ' ' })).json().error.details[0].field).toBe('response');
    const ok = await post(police, `/api/blacklist/notices/${mine[0].id}/acknowledge`, { response: '已在审批系统中标注' });
    expect(ok.json()).toMatchObject({ response: '已在审批系统中标注', acknowledgedAt: '2026-03-02T02:00:00.000Z' });
    expect((await post(police, `/api/blacklist/notices/${mine[0].id}/acknowledge`, { response: '再次' })).json().error.code).toBe('BLACKLIST_NOTICE_ACKNOWLEDGED');
    expect((await get(police, '/api/blacklist/notices?acknowledged=0')).json().items).toEqual([]);
  });

  it('shows a person’s ID number whole to departments only', async () => {
    const r = await post(wenquan, '/api/blacklist', { partyKind: 'person', enterpriseId: 'ea', personName: '王五', idNumber: '11010519491231002x', personRole: '主要负责人', criteria: ['bl01', 'bl03'], reason: '主要负责人' });
    expect(r.statusCode).toBe(201);
    personId = r.json().id;
    expect(r.json().idNumber).toBe('110105********002X');
    expect((await get(ajj, `/api/blacklist/${personId}`)).json().idNumber).toBe('11010519491231002X');
    const audit = await s.database.db.selectFrom('audit_log').select('after_json').where('entity_id', '=', personId).execute();
    expect(audit[0]!.after_json).not.toContain('11010519491231002X'); // the audit is read by more people than the entry
  });

  it('takes credit repair from the enterprise itself, approved by a department: removed, no longer listed', async () => {
    expect((await act(entb, entryId, { action: 'apply_repair', version: 4, note: 'x' })).statusCode).toBe(404);
    const applied = await act(enta, entryId, { action: 'apply_repair', version: 4, note: '已完成整改，申请信用修复' });
    expect(applied.json()).toMatchObject({ status: 'repairing', repairNote: '已完成整改，申请信用修复' });
    expect((await get(wenquan, '/api/blacklist/listed')).json().enterpriseIds).toEqual(['ea']); // still listed while in repair
    expect((await act(ajj, entryId, { action: 'reject_repair', version: 5 })).json().error.details[0].field).toBe('comment');
    expect((await act(ajj, entryId, { action: 'reject_repair', version: 5, comment: '整改证明不足' })).json().status).toBe('published');
    await act(enta, entryId, { action: 'apply_repair', version: 6, note: '补充了检测报告' });
    expect((await act(ajj, entryId, { action: 'approve_repair', version: 7 })).json()).toMatchObject({ status: 'removed', removedReason: '信用修复' });
    expect((await get(wenquan, '/api/blacklist/listed')).json().enterpriseIds).toEqual([]);
  });

  it('expires a listing the day after its period ends (injected clock), once', async () => {
    // publish the person entry: 2026-03-02 + 12 months = 2027-03-02
    await act(admin, personId, { action: 'review_approve', version: 1 });
    await act(admin, personId, { action: 'decide', version: 2, decisionNo: '从应急惩〔2026〕2号' });
    const p = (await act(admin, personId, { action: 'publish', version: 3, departmentIds: ['org-police'], measures: '限制担任负责人' })).json();
    expect(p.listedUntil).toBe('2027-03-02');
    expect((await runBlacklistExpiry(s.ctx, '2027-03-02')).expired).toBe(0); // the last listed day
    s.clock.set('2027-03-03T02:00:00.000Z');
    expect((await runBlacklistExpiry(s.ctx, '2027-03-03')).expired).toBe(1);
    expect((await runBlacklistExpiry(s.ctx, '2027-03-03')).expired).toBe(0);
    admin = await s.login('admin');
    expect((await get(admin, `/api/blacklist/${personId}`)).json().status).toBe('expired');
    const audit = await s.database.db.selectFrom('audit_log').select(['action', 'actor_name']).where('entity_id', '=', personId).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit).toEqual({ action: 'blacklist_entry.expire', actor_name: 'scheduler' });
  });
});
