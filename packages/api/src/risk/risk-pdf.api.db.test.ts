// The printed risk documents end to end (app.inject) on SQLite, and on PostgreSQL under scripts/pg-throwaway.sh:
// the notice board and the post cards as PDFs whose text says what the points say, the QR base URL (request origin
// or HAZGOV_PUBLIC_URL), the Chinese file name, scope (outside → 404) and a post the point does not name (400 on post).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICE, TOWN_A } from '@hazgov/app/orgs/organisation-fixture';
import { readPdf } from '@hazgov/app/major-hazards/pdf-test-support';
import { ENTERPRISE_A, ENTERPRISE_B, seedEnterprise } from '../major-hazards/major-hazards.test-support.js';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';
import { withRoleUsers } from '../shared/test-users.js';

const AT = '2026-03-01T02:00:00.000Z';
let s: TestServer;
let admin: Session;
let ajj: Session;
let wenquan: Session;
let liangkou: Session;
let entA: Session;
let entB: Session;
let agency: Session;

type Seed = { id: string; path: string; enterpriseId: string | null; name: string; level: string; posts: string[]; override?: string };
async function insertPoint(t: TestServer, p: Seed): Promise<void> {
  await t.database.db.insertInto('risk_points').values({
    id: p.id, path: p.path, enterprise_id: p.enterpriseId, site_id: null, unit_id: null, territory_id: TOWN_A, grid_id: null,
    kind: p.enterpriseId ? 'unit' : 'filling_station', name: p.name, location: `${p.name}位置`, lng: 113.61, lat: 23.61, coord_input: 'wgs84',
    posts_json: JSON.stringify(p.posts), hazard_factors_json: JSON.stringify([`${p.name}危险因素`]), accident_types_json: '["火灾","爆炸"]',
    method: 'lec', inputs_json: '{"l":6,"e":6,"c":15}', score: 540, computed_level: p.level, override_level: p.override ?? null,
    override_reason: p.override ? '监管调整' : null, override_by: p.override ? 'u-admin' : null, override_at: p.override ? AT : null, level: p.override ?? p.level,
    control_level: 'company', responsible_department: '安全部', responsible_person: '李明', responsible_phone: '13800000002',
    measures_json: JSON.stringify({ engineering: [`${p.name}工程措施`], management: [], training: [], ppe: ['防护服'], emergency: [`${p.name}应急措施`] }),
    emergency_text: null, status: 'controlled', review_interval_days: 90, last_reviewed_on: '2026-01-01', next_review_on: '2026-04-01', review_warned_for: null,
    created_at: AT, updated_at: AT,
  }).execute();
}

beforeAll(async () => {
  s = await startTestServer();
  const a = await seedEnterprise(s, { ...ENTERPRISE_A, units: [] });
  const b = await seedEnterprise(s, { ...ENTERPRISE_B, units: [] });
  await s.database.db.updateTable('enterprises').set({ contacts_json: JSON.stringify([{ duty: '安全负责人', name: '王五', phone: '020-87000000' }]) }).where('id', '=', 'ea').execute();
  const townA = await s.database.db.selectFrom('organisations').select('path').where('id', '=', TOWN_A).executeTakeFirstOrThrow();
  await insertPoint(s, { id: 'rp-blue', path: a.path, enterpriseId: 'ea', name: '原料仓库', level: 'blue', posts: ['仓管员'] });
  await insertPoint(s, { id: 'rp-red', path: a.path, enterpriseId: 'ea', name: '甲醇储罐区', level: 'yellow', override: 'red', posts: ['罐区操作工', '装卸工'] });
  await insertPoint(s, { id: 'rp-orange', path: a.path, enterpriseId: 'ea', name: '装卸站台', level: 'orange', posts: ['装卸工'] });
  await insertPoint(s, { id: 'rp-b', path: b.path, enterpriseId: 'eb', name: '液氯罐区', level: 'red', posts: ['操作工'] });
  await insertPoint(s, { id: 'rp-pub', path: townA.path, enterpriseId: null, name: '温泉加油站', level: 'yellow', posts: ['加油员'] });
  await s.database.db.insertInto('organisations').values({
    id: 'org-agency-x', parent_id: '440117', kind: 'agency', code: null, name: '某评价机构', name_en: null, path: '/440117/org-agency-x/', sort: 0, created_at: AT,
  }).execute();
  ({ admin, ajj, wenquan, liangkou, enta: entA, entb: entB, agency } = await withRoleUsers(s, ['admin', 'ajj', 'wenquan', 'liangkou', 'enta', 'entb'], {
    extra: { agency: { role: 'agency', organisationId: 'org-agency-x' } },
  }));
});
afterAll(async () => s?.close());

const get = (who: Session, url: string, headers: Record<string, string> = {}) =>
  s.app.inject({ method: 'GET', url, headers: { ...who.headers, 'accept-language': 'zh-CN', host: 'hazgov.lan:5440', ...headers } });
const textOf = (pdf: Buffer) => readPdf(pdf).text.replace(/\s+/g, '');

describe('risk notice board PDF', () => {
  it("prints the enterprise's points worst first (an override counts), with QR addresses on the request's origin", async () => {
    const res = await get(entA, '/api/risk/enterprises/ea/notice-board.pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toContain(`filename*=UTF-8''${encodeURIComponent('安全风险公告栏-温泉化工有限公司.pdf')}`);
    const facts = readPdf(res.rawPayload);
    expect(facts.fontNames.some((f) => f.includes('NotoSansCJKsc'))).toBe(true);
    const text = textOf(res.rawPayload);
    for (const t of ['安全风险公告栏', '温泉化工有限公司', '重大风险', '较大风险', '一般风险', '低风险', '【工程技术措施】甲醇储罐区工程措施',
      '安全负责人王五020-87000000', '火警119', 'http://hazgov.lan:5440/risk/points/rp-red', 'http://hazgov.lan:5440/risk/points/rp-blue']) expect(text, t).toContain(t);
    const at = ['甲醇储罐区（', '装卸站台（', '原料仓库（'].map((n) => text.indexOf(n));
    expect(at[0]).toBeGreaterThan(0);
    expect(at).toEqual([...at].sort((x, y) => x - y));
    for (const other of ['液氯罐区', '温泉加油站']) expect(text).not.toContain(other);
  });

  it('is readable by the regulators over the enterprise and nobody else (404, as if it did not exist)', async () => {
    for (const who of [admin, ajj, wenquan]) expect((await get(who, '/api/risk/enterprises/ea/notice-board.pdf')).statusCode).toBe(200);
    for (const who of [liangkou, entB, agency]) {
      const res = await get(who, '/api/risk/enterprises/ea/notice-board.pdf');
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
      expect(res.body).not.toContain('温泉化工');
    }
    expect((await get(admin, '/api/risk/enterprises/nope/notice-board.pdf')).statusCode).toBe(404);
  });
});

describe('post risk cards PDF', () => {
  it("prints one page per post of the point, each with every point of the enterprise naming that post", async () => {
    const res = await get(wenquan, '/api/risk/points/rp-red/card.pdf');
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('岗位安全风险告知卡-温泉化工有限公司-全部岗位.pdf'));
    const facts = readPdf(res.rawPayload);
    expect(facts.pageCount).toBe(2);
    const text = textOf(res.rawPayload);
    expect(text.split('岗位安全风险告知卡').length - 1).toBe(2);
    const operator = text.indexOf('岗位：罐区操作工');
    const loader = text.indexOf('岗位：装卸工');
    expect(operator).toBeGreaterThan(0);
    expect(loader).toBeGreaterThan(operator);
    const loaderCard = text.slice(loader);
    expect(loaderCard).toContain('【重大风险】甲醇储罐区');
    expect(loaderCard).toContain('【较大风险】装卸站台'); // the enterprise's other point naming 装卸工
    expect(text.slice(operator, loader)).not.toContain('装卸站台');
    expect(text).not.toContain('原料仓库');
    expect(text).toContain('个体防护防护服');
    expect(text).toContain('http://hazgov.lan:5440/risk/points/rp-orange');
  });

  it('prints the one post asked for; a post the point does not name is 400 on `post`', async () => {
    const one = await get(entA, `/api/risk/points/rp-red/card.pdf?post=${encodeURIComponent('装卸工')}`);
    expect(one.statusCode).toBe(200);
    expect(readPdf(one.rawPayload).pageCount).toBe(1);
    expect(textOf(one.rawPayload)).toContain('岗位：装卸工');
    const bad = await get(entA, `/api/risk/points/rp-red/card.pdf?post=${encodeURIComponent('厨师')}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'RISK_POST_NOT_FOUND', details: [{ field: 'post', code: 'RISK_POST_NOT_FOUND' }] });
    expect(bad.json().error.message).toContain('厨师');
    const en = await get(entA, `/api/risk/points/rp-red/card.pdf?post=x`, { 'accept-language': 'en' });
    expect(en.json().error.message).toBe('The risk point does not list the post “x”.');
  });

  it("prints a public place's card with its responsible person's phone; scope as for the point", async () => {
    const res = await get(wenquan, '/api/risk/points/rp-pub/card.pdf');
    expect(res.statusCode).toBe(200);
    const text = textOf(res.rawPayload);
    for (const t of ['岗位：加油员', '温泉加油站', '责任人李明13800000002']) expect(text, t).toContain(t);
    for (const [who, id] of [[liangkou, 'rp-pub'], [liangkou, 'rp-red'], [entB, 'rp-red'], [entA, 'rp-pub'], [entA, 'rp-b'], [agency, 'rp-red']] as const) {
      const r = await get(who, `/api/risk/points/${id}/card.pdf`);
      expect(r.statusCode, `${id}`).toBe(404);
      expect(r.json().error.code).toBe('NOT_FOUND');
    }
  });
});

describe('HAZGOV_PUBLIC_URL', () => {
  it('is the base of the QR addresses when configured', async () => {
    const t = await startTestServer({ config: { publicUrl: 'https://hazgov.example.gov.cn/app' } });
    try {
      const a = await seedEnterprise(t, { ...ENTERPRISE_A, units: [] });
      await insertPoint(t, { id: 'rp-1', path: a.path, enterpriseId: 'ea', name: '储罐区', level: 'red', posts: ['操作工'] });
      await t.addUser({ username: 'admin', role: 'district_admin', organisationId: OFFICE });
      const who = await t.login('admin');
      for (const url of ['/api/risk/enterprises/ea/notice-board.pdf', '/api/risk/points/rp-1/card.pdf']) {
        const res = await t.app.inject({ method: 'GET', url, headers: who.headers });
        const text = textOf(res.rawPayload);
        expect(text).toContain('https://hazgov.example.gov.cn/app/risk/points/rp-1');
        expect(text).not.toContain('localhost');
      }
    } finally {
      await t.close();
    }
  });
});
