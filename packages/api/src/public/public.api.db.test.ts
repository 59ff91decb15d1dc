// The public portal through HTTP without a session: only published records, only public fields. For EVERY field of both
// policies (blacklist, penalty), switched on and then off, the JSON item has the key exactly when it is on and the RSS
// carries its value exactly when it is on; the locked ones (ID number, cited findings) never appear; an entry not yet
// published never appears; answers are cacheable. SQLite here; PostgreSQL with DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPublicFields } from '@hazgov/domain/blacklist/public-fields';
import type { PublicFieldPolicy } from '@hazgov/domain/blacklist/types';
import { startTestServer, type TestServer } from '../shared/test-server.js';
import { ENTERPRISE_A, seedEnterprise } from '../major-hazards/major-hazards.test-support.js';

let s: TestServer;
const AT = '2026-03-02T02:00:00.000Z';
const ID_NUMBER = '11010519491231002X';
const BL03 = '发现重大生产安全事故隐患，或职业病危害严重超标，不及时整改，仍组织从业人员冒险作业的。'; // data/inspections/blacklist-criteria.json bl03

// What each field's value looks like in the RSS (its label and value, distinctive in the whole feed).
const blacklistNeedles: Record<string, string> = {
  partyName: '温泉化工有限公司', creditCode: '91440117MA59C1XP3U', personRole: '职务：安全总监', idNumber: ID_NUMBER, criteria: BL03,
  reason: '拒不执行停产整顿指令', decisionNo: '从应急惩〔2026〕9号', listedFrom: '列入日期：2026-03-02', listedUntil: '期限至：2027-03-02',
  territory: '所属镇街：温泉镇', cases: '从应急罚〔2026〕77号',
};
const penaltyNeedles: Record<string, string> = {
  enterpriseName: '温泉化工有限公司', creditCode: '91440117MA59C1XP3U', decisionNo: '从应急罚〔2026〕77号', facts: '擅自拆除可燃气体报警装置',
  legalBasis: '《安全生产法》第九十九条第（三）项', penaltyKinds: '处罚种类：罚款', amount: '30000.50', decidedOn: '决定日期：2026-03-01',
  organisation: '作出决定机关：区安全监管局', findings: 'f-secret-77',
};

beforeAll(async () => {
  s = await startTestServer();
  s.clock.set(AT);
  const { path } = await seedEnterprise(s, { ...ENTERPRISE_A, units: [] });
  const db = s.database.db;
  const kase = (id: string, published: string | null, decisionNo: string) => ({
    id, path, enterprise_id: 'ea', organisation_id: 'org-safety-bureau', inspection_id: null, hazard_finding_ids_json: JSON.stringify(['f-secret-77']),
    kind: 'penalty', status: 'decided', decision_no: decisionNo, facts: '擅自拆除可燃气体报警装置', legal_basis: '《安全生产法》第九十九条第（三）项',
    penalty_kinds_json: '["fine"]', amount: '30000.50', deadline: null, decided_on: '2026-03-01', closed_on: null, published_at: published, created_by: null, created_at: AT, updated_at: AT,
  });
  await db.insertInto('enforcement_cases').values([kase('c-pub', AT, '从应急罚〔2026〕77号'), kase('c-draft', null, '从应急罚〔2026〕78号-未公开')]).execute();
  const entry = (id: string, status: string, extra: Record<string, unknown>) => ({
    id, path, party_kind: 'enterprise', enterprise_id: 'ea', party_name: '温泉化工有限公司', credit_code: '91440117MA59C1XP3U', id_number: null, person_role: null,
    criteria_json: '["bl03"]', reason: '拒不执行停产整顿指令', case_ids_json: '["c-pub"]', status, proposed_by: null, proposed_at: AT, reviewed_by: null, reviewed_at: null,
    review_comment: null, decided_by: null, decided_at: AT, decision_no: '从应急惩〔2026〕9号', published_at: status === 'published' ? AT : null,
    listed_from: status === 'published' ? '2026-03-02' : null, listed_until: status === 'published' ? '2027-03-02' : null, duration_months: 12,
    repair_applied_at: null, repair_note: null, removed_at: null, removed_reason: null, updated_at: AT, ...extra,
  });
  await db.insertInto('blacklist_entries').values([
    entry('b-ent', 'published', {}),
    entry('b-person', 'published', { party_kind: 'person', party_name: '赵六', credit_code: null, id_number: ID_NUMBER, person_role: '安全总监' }),
    entry('b-proposed', 'proposed', { party_name: '未公布企业-不应出现', reason: '未公布理由-不应出现', decision_no: null }),
  ]).execute();
});
afterAll(async () => s?.close());

const fetchPublic = (url: string) => s.app.inject({ method: 'GET', url }); // no cookie: no session at all
async function setPolicy(policy: PublicFieldPolicy): Promise<void> {
  const db = s.database.db;
  await db.deleteFrom('inspection_settings').where('key', '=', 'publicFields').execute();
  await db.insertInto('inspection_settings').values({ key: 'publicFields', value_json: JSON.stringify(policy), updated_at: AT, updated_by: null }).execute();
}
const withOnly = (kind: keyof PublicFieldPolicy, field: string, on: boolean): PublicFieldPolicy => {
  const p = structuredClone(defaultPublicFields);
  for (const f of Object.keys(p[kind])) p[kind][f]!.public = true; // everything on (locks still win) …
  p[kind][field]!.public = on; // … but the one under test
  return p;
};

describe('public portal', () => {
  it('serves the feeds without a session, cacheable, with published entries only', async () => {
    await setPolicy(structuredClone(defaultPublicFields));
    const json = await fetchPublic('/public/blacklist.json');
    expect(json.statusCode).toBe(200);
    expect(json.headers['cache-control']).toBe('public, max-age=300');
    expect(json.json().items.map((i: { id: string }) => i.id).sort()).toEqual(['b-ent', 'b-person']);
    expect(json.body).not.toContain('不应出现');
    const rss = await fetchPublic('/public/blacklist.rss');
    expect(rss.statusCode).toBe(200);
    expect(rss.headers['content-type']).toContain('application/rss+xml');
    expect(rss.body).toContain('<rss version="2.0"');
    expect(rss.body).not.toContain('不应出现');
    const penalties = await fetchPublic('/public/penalties.json');
    expect(penalties.json().items.map((i: { id: string }) => i.id)).toEqual(['c-pub']);
    expect(penalties.body).not.toContain('未公开');
    expect((await fetchPublic('/public/penalties.rss')).body).not.toContain('未公开');
    const risk = await fetchPublic('/public/risk-notices.json');
    expect(risk.statusCode).toBe(200);
    expect(risk.json().counts).toEqual({ red: 0, orange: 0, yellow: 0, blue: 0 });
    expect(risk.body).not.toContain('温泉化工');
    expect((await fetchPublic('/public/draws.json')).json().items).toEqual([]);
  });

  it('lists a published 双随机 draw with its seed and the enterprise drawn, no inspector and no row id', async () => {
    const db = s.database.db;
    await db.insertInto('inspection_plans').values({
      id: 'plan-1', path: '/440117/org-safety-bureau/', organisation_id: 'org-safety-bureau', year: 2026, title: '2026年危化品双随机抽查', kind: 'double_random',
      territory_ids_json: '[]', sample_size: 1, inspectors_per_enterprise: 1, weights_json: '{}', status: 'published', note: null, created_by: null,
      created_at: AT, updated_at: AT, published_at: AT,
    }).execute();
    await db.insertInto('inspection_draws').values({
      id: 'draw-1', plan_id: 'plan-1', path: '/440117/org-safety-bureau/', seed: '20260302', algorithm: 'hazgov-draw-v1',
      enterprise_pool_json: JSON.stringify([{ id: 'ea', weight: 16 }]), inspector_pool_json: JSON.stringify([{ id: 'u-inspector-secret' }]), conflicts_json: '[]',
      result_json: JSON.stringify([{ enterpriseId: 'ea', inspectorIds: ['u-inspector-secret'] }]), status: 'published', drawn_at: AT, drawn_by: null, published_at: AT,
    }).execute();
    const res = await fetchPublic('/public/draws.json');
    expect(res.json().items).toEqual([{
      planTitle: '2026年危化品双随机抽查', year: 2026, organisation: '区安全监管局', drawnOn: '2026-03-02', publishedOn: '2026-03-02', seed: '20260302',
      algorithm: 'hazgov-draw-v1', enterprises: [{ name: '温泉化工有限公司', territory: '温泉镇', status: 'planned', submittedOn: null, findingCount: null }],
    }]);
    expect(res.body).not.toContain('u-inspector-secret');
    expect(res.body).not.toContain('draw-1');
  });

  for (const [kind, needles, jsonUrl, rssUrl] of [
    ['blacklist', blacklistNeedles, '/public/blacklist.json', '/public/blacklist.rss'],
    ['penalty', penaltyNeedles, '/public/penalties.json', '/public/penalties.rss'],
  ] as const) {
    for (const field of Object.keys(defaultPublicFields[kind])) {
      const locked = defaultPublicFields[kind][field]!.locked === true;
      it(`${kind}.${field}: ${locked ? 'locked, never shown' : 'shown when on, absent from JSON and RSS when off'}`, async () => {
        for (const on of [true, false]) {
          await setPolicy(withOnly(kind, field, on));
          const items = (await fetchPublic(jsonUrl)).json().items as Record<string, unknown>[];
          const rss = (await fetchPublic(rssUrl)).body;
          const visible = on && !locked;
          // the person entry carries personRole and idNumber; every item carries the rest
          const holders = kind === 'blacklist' && (field === 'personRole' || field === 'idNumber') ? items.filter((i) => i.id === 'b-person') : items;
          expect(holders.length).toBeGreaterThan(0);
          for (const item of holders) expect(field in item).toBe(visible);
          expect(rss.includes(needles[field]!)).toBe(visible);
        }
      });
    }
  }

  it('never shows the ID number, whatever a saved policy says', async () => {
    const p = structuredClone(defaultPublicFields);
    p.blacklist.idNumber = { public: true };
    await setPolicy(p);
    const all = (await fetchPublic('/public/blacklist.json')).body + (await fetchPublic('/public/blacklist.rss')).body;
    expect(all).not.toContain(ID_NUMBER);
    expect(all).not.toContain('110105');
  });
});
