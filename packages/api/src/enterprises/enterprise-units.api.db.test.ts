// Units, inventories, licences and sites through the API: a malformed inventory is refused whole with every problem
// naming its row and column (zh-CN and en); a good one is saved and the unit recomputed in the same request; lines
// the identification cannot settle are saved with the problem in the trace; flags, licence states, list filters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseInput } from '@hazgov/app/enterprises/testing/enterprise-fixture';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';

let s: TestServer;
let admin: Session;
let wenquan: Session;
let entId: string;
let siteId: string;
let unitId: string;

const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, lang?: string, who: Session = wenquan) =>
  s.app.inject({ method, url, headers: { ...who.headers, ...(lang ? { 'accept-language': lang } : {}) }, ...(payload === undefined ? {} : { payload: payload as object }) });
const methanol = (quantity: string, extra: Record<string, unknown> = {}) => ({ chemicalName: '甲醇', cas: '67-56-1', quantity, quantityUnit: 't', ...extra });

beforeAll(async () => {
  s = await startTestServer(); // clock: 2026-03-02 (China date)
  await s.addUser({ username: 'admin', role: 'district_admin', organisationId: 'org-safety-committee-office' });
  await s.addUser({ username: 'wenquan', role: 'territory', organisationId: '440117103' });
  admin = await s.login('admin');
  wenquan = await s.login('wenquan');
  entId = (await call('POST', '/api/enterprises', enterpriseInput())).json().id;
  siteId = (await call('POST', `/api/enterprises/${entId}/sites`, { name: '一号库区', address: '温泉镇' })).json().id;
});
afterAll(async () => s.close());

describe('units and inventories', () => {
  it('adds a storage unit on a site; its identification starts empty', async () => {
    const res = await call('POST', `/api/enterprises/${entId}/units`, { name: '甲醇储罐区', kind: 'storage', facility: 'tank_farm', siteId });
    expect(res.statusCode).toBe(201);
    unitId = res.json().id;
    expect(res.json()).toMatchObject({ siteId, identification: { status: 'empty' }, isMajorHazard: false, grade: null, lines: [] });
    const bad = await call('POST', `/api/enterprises/${entId}/units`, { name: 'x', kind: 'storage', siteId: 'no-such-site', population500m: -1 });
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toEqual(['population500m']);
  });

  it('refuses a malformed inventory whole: every problem with its row and column, in Chinese and English', async () => {
    const lines = [
      methanol('100'),
      methanol('abc'),
      methanol('10', { cas: '67-56-2' }),
      methanol('10', { quantityUnit: 'm3' }),
      { chemicalName: '某某助剂', quantity: '1', quantityUnit: 't' },
      methanol('-5'),
      methanol('10', { quantityUnit: 'gallon' }),
      methanol('10', { hazardSymbols: ['W99'] }),
    ];
    const zh = await call('PUT', `/api/enterprise-units/${unitId}/inventory`, { lines });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.details.map((d: { row: number; field: string; code: string }) => [d.row, d.field, d.code])).toEqual([
      [2, 'quantity', 'INVENTORY_QUANTITY_INVALID'],
      [3, 'cas', 'INVENTORY_CAS_CHECK_DIGIT'],
      [4, 'density', 'INVENTORY_DENSITY_REQUIRED'],
      [5, 'chemicalName', 'INVENTORY_CHEMICAL_UNKNOWN'],
      [6, 'quantity', 'INVENTORY_QUANTITY_NEGATIVE'],
      [7, 'quantityUnit', 'INVENTORY_UNIT_UNKNOWN'],
      [8, 'hazardSymbols', 'INVENTORY_HAZARD_SYMBOL_UNKNOWN'],
    ]);
    expect(zh.json().error.message).toBe('第 2 行：「数量」abc 不是有效的数字');
    expect(zh.json().error.details[3].message).toBe('第 5 行：「某某助剂」既不在 GB 18218 表1 中，也不在化学品目录中，请填写其危险性类别（GB 18218 表2，如 W5.3）');
    const en = await call('PUT', `/api/enterprise-units/${unitId}/inventory`, { lines }, 'en');
    expect(en.json().error.details[1].message).toBe('Row 3: the check digit of CAS No. 67-56-2 is wrong.');
    expect(en.json().error.details[2].message).toBe('Row 4: a quantity in m³ needs the density.');
    const stored = await s.database.db.selectFrom('inventory_lines').select('id').where('unit_id', '=', unitId).execute();
    expect(stored).toEqual([]);
  });

  it('甲醇 250 t + 250 t: S = 1 exactly, a major hazard waiting for its population; register row and notices', async () => {
    // GB 18218 Table 1 row 65: 甲醇 Q = 500 t. S = 250/500 + 250/500 = 1/2 + 1/2 = 1, and S ≥ 1 is a major hazard.
    const res = await call('PUT', `/api/enterprise-units/${unitId}/inventory`, { lines: [methanol('250'), methanol('250000', { quantityUnit: 'kg' })] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ isMajorHazard: true, grade: null, identification: { status: 'needs_population', S: { exact: '1', display: '1' } } });
    expect(res.json().identification.lines.map((l: { Q: { exact: string }; ratio: { exact: string } }) => [l.Q.exact, l.ratio.exact])).toEqual([['500', '1/2'], ['500', '1/2']]);
    expect(res.json().lines[0]).toMatchObject({ chemicalName: '甲醇', cas: '67-56-1', quantity: '250', quantityUnit: 't', flags: { restriction: null } });
    const register = await s.database.db.selectFrom('major_hazard_register').selectAll().where('unit_id', '=', unitId).executeTakeFirst();
    expect(register?.filing_status).toBe('not_filed');
    const notices = await s.database.db.selectFrom('notifications').select('organisation_id').where('kind', '=', 'major_hazard_change').execute();
    expect(notices.map((n) => n.organisation_id).sort()).toEqual(['440117103', 'org-safety-committee-office']);
  });

  it('with its categories and 120 people within 500 m the unit is graded: R = 2, grade 4', async () => {
    // β: 甲醇 is not in Table 3; Table 4 W5.3 (flammable liquid, categories 2 and 3) gives β = 1. α: 120 people ≥ 100 → 2.0 (Table 5).
    // R = α Σ β q/Q = 2.0 × (1 × 1/2 + 1 × 1/2) = 2 < 10 → grade 4 (Table 6).
    await call('PUT', `/api/enterprise-units/${unitId}/inventory`, { lines: [methanol('250', { hazardSymbols: ['W5.3'] }), methanol('250', { hazardSymbols: ['W5.3'] })] });
    const res = await call('PUT', `/api/enterprise-units/${unitId}`, { name: '甲醇储罐区', kind: 'storage', facility: 'tank_farm', siteId, population500m: 120 });
    expect(res.json()).toMatchObject({ population500m: 120, populationSource: 'entered', grade: 4, identification: { status: 'graded', R: { exact: '2' }, grade: 4 } });
    const list = (await call('GET', '/api/enterprises?majorHazard=1&grade=4')).json();
    expect(list.items).toEqual([expect.objectContaining({ id: entId, unitCount: 1, majorHazardCount: 1, worstGrade: 4 })]);
    expect((await call('GET', '/api/enterprises?grade=1')).json().total).toBe(0);
  });

  it('an ambiguous name is saved; the trace asks which Table 1 row it is (status incomplete)', async () => {
    const unit = (await call('POST', `/api/enterprises/${entId}/units`, { name: '仓库', kind: 'storage', facility: 'warehouse' })).json();
    const res = await call('PUT', `/api/enterprise-units/${unit.id}/inventory`, { lines: [{ chemicalName: '硝化棉', cas: '9004-70-0', quantity: '2', quantityUnit: 't' }] });
    expect(res.statusCode).toBe(200);
    expect(res.json().identification).toMatchObject({ status: 'incomplete', problems: [{ index: 0, problem: 'choose_table1_row' }] });
    const chosen = await call('PUT', `/api/enterprise-units/${unit.id}/inventory`, { lines: [{ chemicalName: '硝化棉', cas: '9004-70-0', table1Serial: 39, quantity: '2', quantityUnit: 't' }] });
    // row 39 硝化纤维素(含乙醇≥25%): Q = 10 t; S = 2/10 = 1/5 < 1
    expect(chosen.json().identification).toMatchObject({ status: 'below_threshold', S: { exact: '1/5' } });
    expect((await call('DELETE', `/api/enterprise-units/${unit.id}`)).statusCode).toBe(204);
  });

  it('flags a line on the district restriction list and filters the list by it', async () => {
    await s.database.db.insertInto('restriction_list').values({
      id: 'r-methanol', chemical_name: '甲醇', cas: null, level: 'controlled', note: '限量储存', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', updated_by: null,
    }).execute();
    const detail = (await call('GET', `/api/enterprises/${entId}`)).json();
    expect(detail.units[0].lines[0].flags).toEqual({
      highlyToxic: expect.any(String), keySupervised: 'listed', explosivePrecursor: expect.any(String), drugPrecursor: 'unknown', speciallyControlled: expect.any(String),
      restriction: { level: 'controlled', entryId: 'r-methanol', note: '限量储存' },
    });
    expect(detail.registers).toEqual([expect.objectContaining({ unitId, filingStatus: 'not_filed' })]);
    const list = (await call('GET', '/api/enterprises?restricted=1')).json();
    expect(list.items).toEqual([expect.objectContaining({ id: entId, restrictedLineCount: 2 })]);
  });

  it('licences carry their state on today’s China date and feed the expiring filter', async () => {
    const soon = await call('POST', `/api/enterprises/${entId}/licences`, { kind: 'hazchem_trade', number: '粤穗从危化经〔2023〕8号', expiresOn: '2026-03-22' });
    expect(soon.json()).toMatchObject({ daysToExpiry: 20, state: 'expiring_30' }); // 2026-03-02 → 03-22
    const later = await call('POST', `/api/enterprises/${entId}/licences`, { kind: 'safety_production', number: '（粤）WH安许证字〔2024〕1号', expiresOn: '2027-03-02' });
    expect(later.json()).toMatchObject({ daysToExpiry: 365, state: 'valid' });
    const bad = await call('PUT', `/api/enterprise-licences/${later.json().id}`, { kind: 'safety_production', number: ' ', issuedOn: '2027-05-01', expiresOn: '2027-03-02' });
    expect(bad.json().error.details.map((d: { field: string; code: string }) => `${d.field}:${d.code}`)).toEqual(['number:LICENCE_NUMBER_REQUIRED', 'expiresOn:LICENCE_EXPIRES_BEFORE_ISSUED']);
    expect((await call('GET', '/api/enterprises?licenceExpiringWithinDays=30')).json().items).toEqual([expect.objectContaining({ nextLicenceExpiry: '2026-03-22' })]);
    expect((await call('GET', '/api/enterprises?licenceExpiringWithinDays=19')).json().total).toBe(0);
    expect((await call('DELETE', `/api/enterprise-licences/${soon.json().id}`)).statusCode).toBe(204);
  });

  it('a site with units cannot be deleted; deleting the unit removes its inventory and register row, and the history keeps all', async () => {
    const refused = await call('DELETE', `/api/enterprise-sites/${siteId}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'SITE_HAS_UNITS', message: '厂区「一号库区」下还有 1 个单元，请先移走或删除这些单元' });
    expect((await call('DELETE', `/api/enterprise-units/${unitId}`, undefined, undefined, admin)).statusCode).toBe(204);
    expect(await s.database.db.selectFrom('major_hazard_register').select('unit_id').where('unit_id', '=', unitId).execute()).toEqual([]);
    expect((await call('DELETE', `/api/enterprise-sites/${siteId}`)).statusCode).toBe(204);
    const history = (await call('GET', `/api/enterprises/${entId}/history`)).json().items as { action: string; entity: string; entityId: string }[];
    expect(history.filter((h) => h.entityId === unitId).map((h) => h.action)).toEqual([
      'enterprise_unit.deleted', 'enterprise_unit.updated', 'inventory.replaced', 'inventory.replaced', 'enterprise_unit.created',
    ]);
    expect(history.filter((h) => h.entity === 'enterprise_licence').map((h) => h.action)).toEqual(['enterprise_licence.deleted', 'enterprise_licence.created', 'enterprise_licence.created']);
  });
});
