// The plans API end to end through app.inject(): sign-in, CSRF, zod schemas, presenters, error mapping and
// jurisdiction — on SQLite, and on PostgreSQL when DATABASE_URL is set.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrganisations } from '@hazgov/app/orgs/seed-organisations';
import { conghuaOrganisationData, conghuaOrganisationIds, conghuaPlanData } from '@hazgov/app/plans/conghua-reference';
import { importPlan } from '@hazgov/app/plans/import-plan';
import { seedUnitAliases } from '@hazgov/app/plans/seed-unit-aliases';
import { systemActor } from '@hazgov/app/audit/audit-chain';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';

let s: TestServer;
let planId: string;
let admin: Session;
let wenquan: Session;
let liangkou: Session;
const { idOfKey } = conghuaOrganisationIds();
const org = (key: string): string => idOfKey.get(key) ?? key;

beforeAll(async () => {
  s = await startTestServer({ seedOrgs: false });
  s.clock.set('2017-09-20T02:00:00.000Z');
  await seedOrganisations(s.ctx, conghuaOrganisationData);
  await seedUnitAliases(s.ctx);
  planId = (await importPlan(s.ctx, { actor: systemActor('test'), data: conghuaPlanData })).planId;
  await s.addUser({ username: 'admin', role: 'district_admin', organisationId: org('safety-committee-office') });
  await s.addUser({ username: 'wenquan', role: 'territory', organisationId: org('wenquan-town') });
  await s.addUser({ username: 'liangkou', role: 'territory', organisationId: org('liangkou-town') });
  admin = await s.login('admin');
  wenquan = await s.login('wenquan');
  liangkou = await s.login('liangkou');
});
afterAll(async () => s.close());

const task = async (no: number, item = 1): Promise<string> =>
  (await s.database.db.selectFrom('plan_tasks').select('id').where('task_no', '=', no).where('item_no', '=', item).executeTakeFirstOrThrow()).id;

describe('plans API', () => {
  it('lists the plan and its structure', async () => {
    const list = await s.app.inject({ method: 'GET', url: '/api/plans', headers: wenquan.headers });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([expect.objectContaining({ id: planId, code: '从府办〔2017〕26号', taskCount: 41, itemCount: 42 })]);
    const plan = await s.app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: admin.headers });
    expect(plan.json()).toMatchObject({ groups: expect.any(Array), submissions: expect.arrayContaining([{ kind: 'contact_return', label: expect.any(String), dueOn: '2017-06-12' }]) });
    expect(plan.json().quarters[0]).toEqual({ year: 2017, quarter: 2, dueOn: '2017-06-30' });
  });

  it('a town saves and submits its report; another town can neither read nor review it', async () => {
    const t1 = await task(1);
    const saved = await s.app.inject({ method: 'PUT', url: `/api/plans/${planId}/reports`, headers: wenquan.headers,
      payload: { taskId: t1, year: 2017, quarter: 3, progress: 60, content: '完成辖区风险点摸排', submit: true } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ unitName: '温泉镇', status: 'submitted', late: false, dueOn: '2017-09-30' });
    const mine = await s.app.inject({ method: 'GET', url: `/api/plans/${planId}/reports?year=2017&quarter=3`, headers: wenquan.headers });
    expect(mine.json().items).toHaveLength(1);
    const theirs = await s.app.inject({ method: 'GET', url: `/api/plans/${planId}/reports?year=2017&quarter=3`, headers: liangkou.headers });
    expect(theirs.json().items).toEqual([]);
    const unitPage = await s.app.inject({ method: 'GET', url: `/api/plans/${planId}/units/${org('wenquan-town')}`, headers: liangkou.headers });
    expect(unitPage.statusCode).toBe(404);
    const review = await s.app.inject({ method: 'POST', url: `/api/plans/${planId}/reports/${saved.json().id}/review`, headers: liangkou.headers, payload: { decision: 'accept' } });
    expect(review.statusCode).toBe(403);
    const notOwed = await s.app.inject({ method: 'PUT', url: `/api/plans/${planId}/reports`, headers: wenquan.headers,
      payload: { taskId: await task(2), year: 2017, quarter: 3, progress: 10, content: 'x', submit: true } });
    expect(notOwed.statusCode).toBe(403);
    expect(notOwed.json().error.code).toBe('PLAN_TASK_NOT_OWED');
  });

  it('the office returns a report with a comment; the town is told and the message is localised', async () => {
    const [report] = (await s.app.inject({ method: 'GET', url: `/api/plans/${planId}/reports?year=2017&quarter=3`, headers: admin.headers })).json().items;
    const noComment = await s.app.inject({ method: 'POST', url: `/api/plans/${planId}/reports/${report.id}/review`, headers: { ...admin.headers, 'accept-language': 'en' }, payload: { decision: 'return' } });
    expect(noComment.json().error).toMatchObject({ code: 'PLAN_REVIEW_COMMENT_REQUIRED', message: 'Please give a reason when returning a report.' });
    const returned = await s.app.inject({ method: 'POST', url: `/api/plans/${planId}/reports/${report.id}/review`, headers: admin.headers, payload: { decision: 'return', comment: '请补充隐患整改数据' } });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewComment: '请补充隐患整改数据' });
    const inbox = await s.app.inject({ method: 'GET', url: '/api/notifications?unread=1', headers: wenquan.headers });
    expect(inbox.json().items).toEqual([expect.objectContaining({ kind: 'report_returned' })]);
    expect((await s.app.inject({ method: 'GET', url: '/api/notifications', headers: liangkou.headers })).json().items).toEqual([]);
  });

  it('board, task page and dashboard answer with the contract shapes', async () => {
    const board = await s.app.inject({ method: 'GET', url: `/api/plans/${planId}/board?asOf=2017-09-20`, headers: admin.headers });
    expect(board.statusCode).toBe(200);
    expect(board.json().rows).toHaveLength(42);
    const townBoard = await s.app.inject({ method: 'GET', url: `/api/plans/${planId}/board`, headers: wenquan.headers });
    expect(townBoard.json().units.map((u: { name: string }) => u.name)).toEqual(['温泉镇']);
    const page = await s.app.inject({ method: 'GET', url: `/api/plans/${planId}/tasks/${await task(3, 2)}`, headers: admin.headers });
    expect(page.json().milestones[0]).toMatchObject({ kind: 'conditional', event: { name: '省公安厅追溯体系信息系统建立', occurredOn: null } });
    expect(page.json().task.status).toBe('waiting');
    const dash = await s.app.inject({ method: 'GET', url: `/api/plans/${planId}/dashboard?asOf=2017-09-20`, headers: admin.headers });
    expect(dash.json().totals).toMatchObject({ tasks: 41, items: 42 });
  });

  it('exports carry a UTF-8 filename; a town may not export another town’s report nor the roll-up', async () => {
    const xlsx = await s.app.inject({ method: 'GET', url: `/api/plans/${planId}/export/tasks.xlsx`, headers: wenquan.headers });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const own = await s.app.inject({ method: 'GET', url: `/api/plans/${planId}/export/unit-report.docx?year=2017&quarter=3`, headers: wenquan.headers });
    expect(own.statusCode).toBe(200);
    expect(decodeURIComponent(String(own.headers['content-disposition']).split("''")[1] ?? '')).toBe('温泉镇2017年第3季度工作进展.docx');
    const other = await s.app.inject({ method: 'GET', url: `/api/plans/${planId}/export/unit-report.docx?unitId=${org('wenquan-town')}&year=2017&quarter=3`, headers: liangkou.headers });
    expect(other.statusCode).toBe(404);
    expect((await s.app.inject({ method: 'GET', url: `/api/plans/${planId}/export/rollup.xlsx?year=2017&quarter=3`, headers: wenquan.headers })).statusCode).toBe(403);
    expect((await s.app.inject({ method: 'GET', url: `/api/plans/${planId}/export/rollup.docx?year=2017&quarter=3`, headers: admin.headers })).statusCode).toBe(200);
  });

  it('a town plan upload with faults is previewed with row numbers and nothing is saved', async () => {
    const file = fs.readFileSync(fileURLToPath(new URL('../../../../e2e/fixtures/town-plan.xlsx', import.meta.url)));
    const boundary = '----hazgov';
    const part = (name: string, value: string): string => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const payload = Buffer.concat([
      Buffer.from(part('title', '温泉镇危险化学品安全综合治理实施方案') + part('parentPlanId', planId)),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="town-plan.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      file, Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const plansBefore = await s.database.db.selectFrom('plans').select('id').execute();
    const res = await s.app.inject({ method: 'POST', url: '/api/plans/import', headers: { ...wenquan.headers, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
    expect(res.statusCode).toBe(200);
    const preview = res.json();
    expect(preview.unknownUnits).toEqual(['区数据局']);
    expect(preview.problems.map((p: { row: number; code: string }) => [p.code, p.row])).toEqual([['unknown_unit', expect.any(Number)], ['unparsable_deadline', expect.any(Number)]]);
    expect(preview.problems[1].row).toBeGreaterThan(preview.problems[0].row);
    expect(preview.problems[0].message).toContain('区数据局');
    const confirm = await s.app.inject({ method: 'POST', url: `/api/plans/import/${preview.importId}/confirm`, headers: wenquan.headers, payload: { mappings: { 区数据局: org('industry-bureau') } } });
    expect(confirm.statusCode).toBe(400);
    expect(confirm.json().error.code).toBe('PLAN_IMPORT_HAS_PROBLEMS');
    expect(await s.database.db.selectFrom('plans').select('id').execute()).toEqual(plansBefore);
  });

  it('notices reach their targets, who acknowledge; the calendar has 2017’s make-up day and takes overrides', async () => {
    const created = await s.app.inject({ method: 'POST', url: '/api/notices', headers: admin.headers,
      payload: { planId, title: '关于第三季度工作进展的通报', body: '部分单位未按时报送。', targetUnitIds: [org('wenquan-town')] } });
    expect(created.statusCode).toBe(201);
    expect((await s.app.inject({ method: 'GET', url: '/api/notices', headers: liangkou.headers })).json().items).toEqual([]);
    const ack = await s.app.inject({ method: 'POST', url: `/api/notices/${created.json().id}/acknowledge`, headers: wenquan.headers });
    expect(ack.statusCode).toBe(200);
    expect((await s.app.inject({ method: 'POST', url: `/api/notices/${created.json().id}/acknowledge`, headers: liangkou.headers })).statusCode).toBe(404);
    const cal = await s.app.inject({ method: 'GET', url: '/api/calendar?year=2017', headers: wenquan.headers });
    expect(cal.json().days).toContainEqual({ date: '2017-09-30', kind: 'workday', name: expect.any(String), source: 'base' });
    const put = await s.app.inject({ method: 'PUT', url: '/api/calendar/overrides/2027-10-09', headers: admin.headers, payload: { kind: 'workday', name: '国庆调休上班' } });
    expect(put.statusCode).toBe(200);
    expect((await s.app.inject({ method: 'PUT', url: '/api/calendar/overrides/2027-10-09', headers: wenquan.headers, payload: { kind: 'workday', name: 'x' } })).statusCode).toBe(403);
  });
});
