// Enforcement cases through HTTP on a real database: an order to rectify (deadline in the past refused, comply, close),
// a penalty case through its workflow to a decision and its publication, who may do what, scope (another town: 404),
// stale versions, and the scheduler's overdue step with an injected clock. SQLite here; PostgreSQL with DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOWN_A } from '@hazgov/app/orgs/organisation-fixture';
import { runOrderDeadlineCheck } from '@hazgov/app/enforcement/run-order-deadline-check';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';
import { withRoleUsers } from '../shared/test-users.js';
import { ENTERPRISE_A, ENTERPRISE_B, seedEnterprise } from '../major-hazards/major-hazards.test-support.js';

let s: TestServer;
let admin: Session, ajj: Session, inspector: Session, wenquan: Session, liangkou: Session, enta: Session;

beforeAll(async () => {
  s = await startTestServer();
  s.clock.set('2026-03-02T02:00:00.000Z'); // 2026-03-02 10:00 in China
  await seedEnterprise(s, { ...ENTERPRISE_A, units: [] });
  await seedEnterprise(s, { ...ENTERPRISE_B, units: [] });
  ({ admin, ajj, inspector, wenquan, liangkou, enta } = await withRoleUsers(s, ['admin', 'ajj', 'inspector', 'wenquan', 'liangkou', 'enta']));
});
afterAll(async () => s?.close());

type Res = Awaited<ReturnType<TestServer['app']['inject']>>;
const get = (who: Session, url: string): Promise<Res> => s.app.inject({ method: 'GET', url, headers: who.headers });
const post = (who: Session, url: string, payload: unknown, lang = 'zh-CN'): Promise<Res> =>
  s.app.inject({ method: 'POST', url, headers: { ...who.headers, 'accept-language': lang }, payload: payload as object });
const order = (extra: Record<string, unknown> = {}) => ({
  kind: 'rectification_order', enterpriseId: 'ea', facts: '甲醇储罐区可燃气体报警器未定期检定', legalBasis: '《安全生产法》第三十六条', deadline: '2026-03-20', ...extra,
});

describe('enforcement cases', () => {
  let orderId = '';
  let penaltyId = '';

  it('refuses a deadline in the past and a bad amount, naming the field, writing nothing', async () => {
    const r = await post(ajj, '/api/enforcement', order({ deadline: '2026-03-01', amount: '12.345' }), 'en');
    expect(r.statusCode).toBe(400);
    const fields = r.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['deadline', 'amount']));
    expect((await get(admin, '/api/enforcement')).json().total).toBe(0);
  });

  it('issues an order; the town sees it, the other town does not; the enterprise is told', async () => {
    const r = await post(ajj, '/api/enforcement', order());
    expect(r.statusCode).toBe(201);
    const c = r.json();
    orderId = c.id;
    expect(c).toMatchObject({ status: 'issued', kind: 'rectification_order', deadline: '2026-03-20', enterprise: { id: 'ea', blacklisted: false }, territory: { id: TOWN_A } });
    expect(c.allowedActions).toEqual(['comply']);
    expect((await get(wenquan, `/api/enforcement/${orderId}`)).statusCode).toBe(200);
    expect((await get(liangkou, `/api/enforcement/${orderId}`)).statusCode).toBe(404);
    expect((await get(liangkou, '/api/enforcement')).json().total).toBe(0);
    expect((await post(liangkou, '/api/enforcement', order())).statusCode).toBe(403); // towns do not enforce
    expect((await post(inspector, '/api/enforcement', order({ enterpriseId: 'nope' }))).json().error.details[0].field).toBe('enterpriseId');
    const n = await s.database.db.selectFrom('notifications').select('title').where('organisation_id', '=', 'ent-a').execute();
    expect(n.map((x) => x.title)).toContain('责令限期整改：温泉化工有限公司，期限 2026-03-20');
    expect((await get(enta, `/api/enforcement/${orderId}`)).json().allowedActions).toEqual([]);
  });

  it('complies and closes; a step the workflow does not allow is 409; a stale version is 409', async () => {
    expect((await post(ajj, `/api/enforcement/${orderId}/actions`, { action: 'close', version: 1 })).json().error.code).toBe('CASE_TRANSITION_NOT_ALLOWED');
    expect((await post(ajj, `/api/enforcement/${orderId}/actions`, { action: 'comply', version: 7 })).json().error.code).toBe('CASE_VERSION_CONFLICT');
    expect((await post(ajj, `/api/enforcement/${orderId}/actions`, { action: 'mark_overdue', version: 1 })).statusCode).toBe(403);
    expect((await post(ajj, `/api/enforcement/${orderId}/actions`, { action: 'comply', version: 1 })).json().status).toBe('complied');
    const closed = (await post(ajj, `/api/enforcement/${orderId}/actions`, { action: 'close', version: 2 })).json();
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-03-02', version: 3 });
    expect((await post(admin, `/api/enforcement/${orderId}/publish`, {})).json().error.code).toBe('CASE_NOT_PUBLISHABLE');
  });

  it('takes a penalty from filing to decision (inspectors may not decide), then publishes it once', async () => {
    const r = await post(inspector, '/api/enforcement', { kind: 'penalty', enterpriseId: 'ea', facts: '未按规定对重大危险源进行监测', legalBasis: '《安全生产法》第九十九条', penaltyKinds: ['fine'] });
    expect(r.statusCode).toBe(201);
    penaltyId = r.json().id;
    expect(r.json().status).toBe('filed');
    let v = 1;
    for (const action of ['investigate', 'notify_party']) {
      const x = await post(inspector, `/api/enforcement/${penaltyId}/actions`, { action, version: v });
      expect(x.statusCode).toBe(200);
      v = x.json().version;
    }
    expect((await post(inspector, `/api/enforcement/${penaltyId}/actions`, { action: 'decide', version: v, decisionNo: '（从）应急罚〔2026〕3号', amount: '30000' })).statusCode).toBe(403);
    const missing = await post(ajj, `/api/enforcement/${penaltyId}/actions`, { action: 'decide', version: v, decisionNo: '（从）应急罚〔2026〕3号' });
    expect(missing.json().error.details.map((d: { field: string }) => d.field)).toEqual(['amount']); // a fine needs its amount
    const future = await post(ajj, `/api/enforcement/${penaltyId}/actions`, { action: 'decide', version: v, decisionNo: 'x', amount: '30000', decidedOn: '2026-03-03' });
    expect(future.json().error.details[0].field).toBe('decidedOn');
    const decided = (await post(ajj, `/api/enforcement/${penaltyId}/actions`, { action: 'decide', version: v, decisionNo: '（从）应急罚〔2026〕3号', amount: '30000.50' })).json();
    expect(decided).toMatchObject({ status: 'decided', decisionNo: '（从）应急罚〔2026〕3号', amount: '30000.50', decidedOn: '2026-03-02', canPublish: true });
    expect((await get(inspector, `/api/enforcement/${penaltyId}`)).json().canPublish).toBe(false);
    expect((await post(inspector, `/api/enforcement/${penaltyId}/publish`, {})).statusCode).toBe(403);
    const published = (await post(ajj, `/api/enforcement/${penaltyId}/publish`, {})).json();
    expect(published.publishedAt).toBe('2026-03-02T02:00:00.000Z');
    expect((await post(ajj, `/api/enforcement/${penaltyId}/publish`, {})).json().error.code).toBe('CASE_NOT_PUBLISHABLE');
    expect((await get(admin, '/api/enforcement?published=1')).json().items.map((c: { id: string }) => c.id)).toEqual([penaltyId]);
    const audit = await s.database.db.selectFrom('audit_log').select('action').where('entity', '=', 'enforcement_case').where('entity_id', '=', penaltyId).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['enforcement_case.created', 'enforcement_case.investigate', 'enforcement_case.notify_party', 'enforcement_case.decide', 'enforcement_case.published']);
    const timeline = (await get(wenquan, `/api/enforcement/${penaltyId}`)).json().timeline;
    expect(timeline.map((e: { action: string; fromStatus: string | null; toStatus: string | null }) => `${e.action}:${e.fromStatus}>${e.toStatus}`)).toEqual([
      'created:null>filed', 'investigate:filed>investigating', 'notify_party:investigating>notified', 'decide:notified>decided', 'published:decided>decided',
    ]);
  });

  it('marks orders past their deadline overdue once (injected clock), telling the enterprise and the department', async () => {
    const id = (await post(ajj, '/api/enforcement', order({ deadline: '2026-03-10' }))).json().id;
    expect((await runOrderDeadlineCheck(s.ctx, '2026-03-10')).overdue).toBe(0); // the deadline day itself is still in time
    s.clock.set('2026-03-11T02:00:00.000Z');
    expect((await runOrderDeadlineCheck(s.ctx, '2026-03-11')).overdue).toBe(1);
    expect((await runOrderDeadlineCheck(s.ctx, '2026-03-11')).overdue).toBe(0);
    ajj = await s.login('ajj');
    const c = (await get(ajj, `/api/enforcement/${id}`)).json();
    expect(c.status).toBe('overdue');
    expect(c.allowedActions).toEqual(['comply', 'close']);
    const n = await s.database.db.selectFrom('notifications').select('organisation_id').where('kind', '=', 'enforcement_overdue').execute();
    expect(n.map((x) => x.organisation_id).sort()).toEqual(['ent-a', 'org-safety-bureau']);
  });
});
