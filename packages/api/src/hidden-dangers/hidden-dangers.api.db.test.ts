// Hidden dangers through HTTP on a real database: the loop (found → plan → evidence → rectified → returned → verified →
// reopened), 挂牌督办 of a major one, scope (another town: 404), roles (an enterprise cannot verify), bad input naming its
// field, stale versions and disallowed transitions as 409, the list's filters and the statistics.
// The clock: 2026-03-02T02:00Z = China 2026-03-02 (test-server's start).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPng } from '@hazgov/app/attachments/testing/sample-files';
import { TOWN_A, TOWN_B } from '@hazgov/app/orgs/organisation-fixture';
import { ENTERPRISE_A, ENTERPRISE_B, seedEnterprise } from '../major-hazards/major-hazards.test-support.js';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';
import { withRoleUsers } from '../shared/test-users.js';

let s: TestServer;
let admin: Session;
let ajj: Session;
let wenquan: Session;
let liangkou: Session;
let entA: Session;
let entB: Session;

// a 1×1 PNG (the signature 89 50 4E 47 is what file-type reads)
const PNG = tinyPng();

beforeAll(async () => {
  s = await startTestServer();
  await seedEnterprise(s, { ...ENTERPRISE_A, units: [] });
  await seedEnterprise(s, { ...ENTERPRISE_B, units: [] });
  ({ admin, ajj, wenquan, liangkou, enta: entA, entb: entB } = await withRoleUsers(s, ['admin', 'ajj', 'wenquan', 'liangkou', 'enta', 'entb']));
});
afterAll(async () => s?.close());

type Res = Awaited<ReturnType<TestServer['app']['inject']>>;
const call = (method: 'GET' | 'POST', who: Session, url: string, payload?: unknown, lang = 'zh-CN'): Promise<Res> =>
  s.app.inject({ method, url, headers: { ...who.headers, 'accept-language': lang }, ...(payload === undefined ? {} : { payload: payload as object }) });
const get = (who: Session, url: string) => call('GET', who, url);
const post = (who: Session, url: string, payload: unknown, lang?: string) => call('POST', who, url, payload, lang);
function upload(who: Session, url: string, fields: Record<string, string>, file: Buffer, name = 'photo.png'): Promise<Res> {
  const b = 'hzbound42';
  const parts = [
    ...Object.entries(fields).map(([k, v]) => Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)),
    Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`), file, Buffer.from(`\r\n--${b}--\r\n`),
  ];
  return s.app.inject({ method: 'POST', url, payload: Buffer.concat(parts), headers: { ...who.headers, 'content-type': `multipart/form-data; boundary=${b}` } });
}
const newFinding = (extra: Record<string, unknown> = {}) => ({
  enterpriseId: 'ea', category: '储存', description: '甲类仓库内氧化剂与易燃液体混存', deadline: '2026-03-20', source: 'inspection',
  legalBasis: '危险化学品安全管理条例 第二十四条', ...extra,
});

describe('the hidden-danger loop', () => {
  let id = '';
  let version = 0;
  const act = async (who: Session, body: Record<string, unknown>) => {
    const res = await post(who, `/api/hidden-dangers/${id}/actions`, { version, ...body });
    if (res.statusCode === 200) version = res.json().version;
    return res;
  };

  it('a department records a major finding: listed 从安督〔2026〕1号, the enterprise told', async () => {
    const res = await post(ajj, '/api/hidden-dangers', newFinding({ majorCriteria: ['mh20'] }));
    expect(res.statusCode).toBe(201);
    const f = res.json();
    id = f.id;
    version = f.version;
    expect(f).toMatchObject({ severity: 'major', status: 'open', supervision: { status: 'listed', no: '从安督〔2026〕1号' }, foundOn: '2026-03-02',
      enterprise: { id: 'ea', name: '温泉化工有限公司', blacklisted: false }, territory: { id: TOWN_A }, overdueDays: 0, escalationLevel: 0 });
    expect(f.majorCriteria[0]).toMatchObject({ key: 'mh20', verified: false });
    expect(f.timeline.map((t: { action: string }) => t.action)).toEqual(['created']);
    const inbox = await s.database.db.selectFrom('notifications').select('organisation_id').where('kind', '=', 'finding_created').execute();
    expect(inbox).toEqual([{ organisation_id: 'ent-a' }]);
  });

  it('another town sees nothing of it; another enterprise neither', async () => {
    expect((await get(liangkou, `/api/hidden-dangers/${id}`)).statusCode).toBe(404);
    expect((await get(entB, `/api/hidden-dangers/${id}`)).statusCode).toBe(404);
    expect((await get(liangkou, '/api/hidden-dangers')).json()).toMatchObject({ items: [], total: 0 });
    expect((await get(wenquan, '/api/hidden-dangers')).json().total).toBe(1);
  });

  it('refuses what the workflow does not allow, the wrong side and a stale version', async () => {
    const verify = await act(ajj, { action: 'verify' });
    expect(verify.statusCode).toBe(409);
    expect(verify.json().error.code).toBe('FINDING_TRANSITION_NOT_ALLOWED');
    expect((await act(ajj, { action: 'submit_plan', planText: 'x', responsiblePerson: 'y' })).statusCode).toBe(403);
    const stale = await post(entA, `/api/hidden-dangers/${id}/actions`, { action: 'submit_plan', version: version + 5, planText: '分区存放', responsiblePerson: '张三' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('FINDING_VERSION_CONFLICT');
  });

  it('the enterprise plans; rectification without evidence is refused on `evidence`; with a photo it goes to verification', async () => {
    const bad = await act(entA, { action: 'submit_plan', planText: ' ', responsiblePerson: '张三', funds: '12.345' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toEqual(['planText', 'funds']);
    expect((await act(entA, { action: 'submit_plan', planText: '氧化剂移至专用库房，分区分类存放', responsiblePerson: '张三', funds: '5000.00' })).statusCode).toBe(200);
    const none = await act(entA, { action: 'submit_rectification' });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details[0]).toMatchObject({ field: 'evidence', code: 'FINDING_EVIDENCE_REQUIRED' });
    const notImage = await upload(entA, `/api/hidden-dangers/${id}/evidence`, { kind: 'rectification' }, Buffer.from('hello, not an image'), 'a.txt');
    expect(notImage.statusCode).toBe(400);
    const up = await upload(entA, `/api/hidden-dangers/${id}/evidence`, { kind: 'rectification' }, PNG);
    expect(up.statusCode).toBe(201);
    expect(up.json()).toMatchObject({ mime: 'image/png', size: PNG.length });
    version = (await get(entA, `/api/hidden-dangers/${id}`)).json().version;
    expect((await act(entA, { action: 'submit_rectification' })).json().status).toBe('awaiting_verification');
  });

  it('the regulator returns with a note, the enterprise reports again, the regulator verifies: closed and delisted', async () => {
    const noNote = await act(ajj, { action: 'return' });
    expect(noNote.json().error.details[0]).toMatchObject({ field: 'note', code: 'FINDING_NOTE_REQUIRED' });
    expect((await act(entA, { action: 'verify' })).statusCode).toBe(403);
    const ret = await act(ajj, { action: 'return', note: '禁配物质仍同库' });
    expect(ret.json()).toMatchObject({ status: 'rectifying', returnCount: 1 });
    expect((await act(entA, { action: 'submit_rectification' })).json().status).toBe('awaiting_verification');
    const done = (await act(ajj, { action: 'verify' })).json();
    expect(done).toMatchObject({ status: 'closed', supervision: { status: 'delisted', no: '从安督〔2026〕1号' } });
    expect(done.closedAt).toBeTruthy();
    expect(done.evidence).toHaveLength(1);
    expect(done.timeline.map((t: { action: string }) => t.action)).toEqual([
      'created', 'submit_plan', 'evidence_rectification', 'submit_rectification', 'return', 'submit_rectification', 'verify',
    ]);
    expect(done.timeline[4]).toMatchObject({ fromStatus: 'awaiting_verification', toStatus: 'rectifying', note: '禁配物质仍同库' });
  });

  it('reopens with a note and a future deadline (a past one named on `deadline`), listed again', async () => {
    const past = await act(ajj, { action: 'reopen', note: '复查发现再次混存', deadline: '2026-03-01' }, );
    expect(past.statusCode).toBe(400);
    expect(past.json().error.details[0]).toMatchObject({ field: 'deadline', code: 'FINDING_DEADLINE_PAST' });
    const re = (await act(ajj, { action: 'reopen', note: '复查发现再次混存', deadline: '2026-04-01' })).json();
    expect(re).toMatchObject({ status: 'open', reopenCount: 1, deadline: '2026-04-01', supervision: { status: 'listed' } });
  });
});

describe('creating, listing and counting', () => {
  it('refuses a past deadline and an unknown criterion by field, in both languages', async () => {
    const zh = await post(ajj, '/api/hidden-dangers', newFinding({ deadline: '2026-03-01' }));
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.details[0]).toMatchObject({ field: 'deadline', code: 'FINDING_DEADLINE_PAST' });
    const en = await post(ajj, '/api/hidden-dangers', newFinding({ majorCriteria: ['mh77'] }), 'en');
    expect(en.json().error.details[0]).toMatchObject({ field: 'majorCriteria[0]', code: 'FINDING_CRITERION_UNKNOWN' });
    expect(en.json().error.message).toContain('mh77');
    expect((await post(liangkou, '/api/hidden-dangers', newFinding())).statusCode).toBe(400); // A's enterprise from town B
  });

  it('an enterprise records its own self-check; filters and stats count what is in scope', async () => {
    const own = await post(entA, '/api/hidden-dangers', newFinding({ category: '消防与应急', description: '灭火器过期', deadline: '2026-03-03', source: 'inspection' }));
    expect(own.statusCode).toBe(201);
    expect(own.json().source).toBe('self_check');
    await post(ajj, '/api/hidden-dangers', newFinding({ enterpriseId: 'eb', category: '设备', description: '安全阀未校验', deadline: '2026-03-05' }));
    s.clock.set('2026-03-10T02:00:00.000Z'); // China 03-10: the self-check (03-03) is 7 days overdue, eb's (03-05) 5
    admin = await s.login('admin');
    const overdue = (await get(admin, '/api/hidden-dangers?overdue=1&sort=deadline')).json();
    expect(overdue.items.map((f: { description: string; overdueDays: number }) => [f.description, f.overdueDays])).toEqual([['灭火器过期', 7], ['安全阀未校验', 5]]);
    expect((await get(admin, `/api/hidden-dangers?territoryId=${TOWN_B}`)).json().total).toBe(1);
    expect((await get(admin, '/api/hidden-dangers?supervision=listed')).json().total).toBe(1);
    expect((await get(admin, `/api/hidden-dangers?q=${encodeURIComponent('良口气体')}`)).json().total).toBe(1);
    expect((await get(admin, `/api/hidden-dangers?q=${encodeURIComponent('灭火器')}`)).json().total).toBe(1);
    const stats = (await get(admin, '/api/hidden-dangers/stats')).json();
    // 3 found (the reopened major, the self-check, eb's); none closed now (the major was reopened); 2 overdue; 1 major
    expect(stats.totals).toEqual({ found: 3, closed: 0, open: 3, overdue: 2, major: 1, majorClosed: 0 });
    expect(stats.closureRate).toBe(0);
    expect(stats.byTerritory.find((t: { id: string }) => t.id === TOWN_A)).toMatchObject({ found: 2, overdue: 1, major: 1 });
    expect(stats.byCategory.map((c: { category: string }) => c.category).sort()).toEqual(['储存', '消防与应急', '设备'].sort());
    expect(stats.byMonth).toEqual([{ month: '2026-03', found: 3, closed: 0, overdue: 2, major: 1, majorClosed: 0 }]);
    wenquan = await s.login('wenquan');
    expect((await get(wenquan, '/api/hidden-dangers/stats')).json().totals.found).toBe(2);
  });
});
