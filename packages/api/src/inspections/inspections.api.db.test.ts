// Field inspections through HTTP on a real database: open one, record it from two phones (conflicts per item), replay
// an operation (one write), an inspector offline for a day (old `at` still applies), photos (type from the bytes,
// ≤ 8 MB), submit → one finding per fail in the same transaction (and nothing when it fails), and scope.
//
// The checklist is the test's own: 3 items, the second a major criterion (mh01, data/inspections/major-criteria.json).
// Deadlines: the documented defaults (domain/inspections/settings.ts) general 15 days, major 60 days; found on the China
// date the item was ticked. Clock: 2026-11-29T02:00Z = 10:00 China time, 2026-11-29.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jpegWithExif, tinyPdf, tinyPng } from '@hazgov/app/attachments/testing/sample-files';
import { ATTACHMENT_MAX_BYTES } from '@hazgov/app/attachments/store-attachment';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';
import { withRoleUsers } from '../shared/test-users.js';
import { ENTERPRISE_A, ENTERPRISE_B, seedEnterprise } from '../major-hazards/major-hazards.test-support.js';

let s: TestServer;
let ajj: Session; let insp1: Session; let insp2: Session; let liangkou: Session; let entA: Session;
let u1 = ''; let u2 = '';
const TPL = 'tpl-h2-storage';

beforeAll(async () => {
  s = await startTestServer();
  s.clock.set('2026-11-29T02:00:00.000Z');
  await seedEnterprise(s, { ...ENTERPRISE_A, units: [] });
  await seedEnterprise(s, { ...ENTERPRISE_B, units: [] });
  const db = s.database.db;
  const at = s.clock.now().toISOString();
  await db.insertInto('checklist_templates').values({ id: TPL, path: '/440117/', enterprise_type: 'storage', name: '储存企业检查表', name_en: null, version: 1, status: 'active', source: 'admin', created_at: at, updated_at: at }).execute();
  await db.insertInto('checklist_items').values([
    { id: 'it-1', template_id: TPL, sort: 1, area: '安全基础管理', content: '是否建立全员安全生产责任制', legal_basis: '《安全生产法》第二十二条', severity_hint: 'general', major_criterion: null },
    { id: 'it-2', template_id: TPL, sort: 2, area: '储存', content: '储罐区是否设置可燃气体报警', legal_basis: 'GB 50160', severity_hint: 'major', major_criterion: 'mh01' },
    { id: 'it-3', template_id: TPL, sort: 3, area: '消防与应急', content: '是否定期开展应急演练', legal_basis: '《生产安全事故应急条例》第八条', severity_hint: 'general', major_criterion: null },
  ]).execute();
  ({ ajj, insp1, insp2, liangkou, enta: entA } = await withRoleUsers(s, ['admin', 'ajj', 'liangkou', 'enta'], {
    extra: { insp1: { role: 'inspector', organisationId: 'org-safety-bureau', displayName: '检查员甲' }, insp2: { role: 'inspector', organisationId: 'org-safety-bureau', displayName: '检查员乙' } },
  }));
  const ids = await db.selectFrom('users').select(['id', 'username']).where('username', 'in', ['insp1', 'insp2']).execute();
  u1 = ids.find((u) => u.username === 'insp1')!.id;
  u2 = ids.find((u) => u.username === 'insp2')!.id;
});
afterAll(async () => s?.close());

type Res = Awaited<ReturnType<TestServer['app']['inject']>>;
const call = (method: 'GET' | 'POST', who: Session, url: string, payload?: unknown, lang = 'zh-CN'): Promise<Res> =>
  s.app.inject({ method, url, headers: { ...who.headers, 'accept-language': lang }, ...(payload === undefined ? {} : { payload: payload as object }) });
const count = async (table: 'inspections' | 'inspection_results' | 'hazard_findings' | 'sync_receipts' | 'attachments') =>
  Number((await s.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
let opSeq = 0;
const op = (inspectionId: string, baseVersion: number, extra: Record<string, unknown> = {}) => ({
  opId: `op-${++opSeq}-${Date.now()}`, inspectionId, baseVersion, at: '2026-11-29T01:50:00.000Z', ...extra,
});
const res = (itemId: string, outcome: string, note?: string, recordedAt = '2026-11-29T01:45:00.000Z') => ({ itemId, outcome, ...(note ? { note } : {}), recordedAt });
const sync = (who: Session, ops: unknown[], lang?: string) => call('POST', who, '/api/inspections/sync', { ops }, lang);
const open = async (id?: string) => {
  const r = await call('POST', insp1, '/api/inspections', { ...(id ? { id } : {}), enterpriseId: 'ea', inspectorIds: [u1, u2] });
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { id: string; version: number; status: string; template: { id: string; items: unknown[] } };
};
function upload(who: Session, inspectionId: string, file: Buffer, fields: Record<string, string> = {}, name = 'photo.jpg') {
  const b = 'h2boundary';
  const parts = Object.entries(fields).map(([k, v]) => Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  const payload = Buffer.concat([...parts, Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/jpeg\r\n\r\n`), file, Buffer.from(`\r\n--${b}--\r\n`)]);
  return s.app.inject({ method: 'POST', url: `/api/inspections/${inspectionId}/photos`, headers: { ...who.headers, 'content-type': `multipart/form-data; boundary=${b}` }, payload });
}

describe('opening an inspection', () => {
  it('defaults the checklist by enterprise type (storage); the phone’s id replays harmlessly; refuses what it must', async () => {
    const a = await open('phone-made-0001');
    expect(a).toMatchObject({ id: 'phone-made-0001', status: 'planned', version: 1, template: { id: TPL }, enterprise: { id: 'ea', blacklisted: false } });
    expect(a.template.items).toHaveLength(3);
    const before = await count('inspections');
    expect((await call('POST', insp1, '/api/inspections', { id: 'phone-made-0001', enterpriseId: 'ea' })).statusCode).toBe(201);
    expect(await count('inspections')).toBe(before);
    expect((await call('POST', insp2, '/api/inspections', { id: 'phone-made-0001', enterpriseId: 'ea' })).json().error.code).toBe('INSPECTION_ID_TAKEN');
    const outside = await call('POST', liangkou, '/api/inspections', { enterpriseId: 'ea' });
    expect([outside.statusCode, outside.json().error.details[0].field]).toEqual([400, 'enterpriseId']);
    expect((await call('POST', entA, '/api/inspections', { enterpriseId: 'ea' })).statusCode).toBe(403);
    const badInspector = await call('POST', ajj, '/api/inspections', { enterpriseId: 'ea', inspectorIds: ['nobody'] });
    expect(badInspector.json().error.details[0].field).toBe('inspectorIds[0]');
  });

  it('lists mine for the phone, scoped for everyone (another town sees nothing, 404 on the record)', async () => {
    const a = await open();
    const mine = (await call('GET', insp2, '/api/inspections?mine=1&pageSize=100')).json() as { items: { id: string }[] };
    expect(mine.items.map((i) => i.id)).toContain(a.id);
    expect((await call('GET', ajj, '/api/inspections?mine=1')).json().total).toBe(0);
    expect((await call('GET', liangkou, '/api/inspections')).json().total).toBe(0);
    expect((await call('GET', liangkou, `/api/inspections/${a.id}`)).statusCode).toBe(404);
    expect((await call('GET', entA, `/api/inspections/${a.id}`)).statusCode).toBe(200); // the enterprise sees its own record
  });
});

describe('offline sync', () => {
  it('the same opId twice writes once and answers the first outcome again', async () => {
    const a = await open();
    const once = op(a.id, 1, { results: [res('it-1', 'pass')] });
    const first = (await sync(insp1, [once])).json().results[0];
    expect(first).toMatchObject({ outcome: 'applied', replayed: false, inspection: { version: 2, status: 'in_progress' } });
    const receipts = await count('sync_receipts');
    const again = (await sync(insp1, [once, once])).json().results;
    expect(again.map((r: { outcome: string; replayed: boolean }) => [r.outcome, r.replayed])).toEqual([['applied', true], ['applied', true]]);
    expect(again[0].inspection.version).toBe(2);
    expect(await count('sync_receipts')).toBe(receipts);
    // another user naming the same opId is refused, not answered
    expect((await sync(insp2, [once])).json().results[0]).toMatchObject({ outcome: 'rejected', error: { code: 'INSPECTION_SYNC_OP_REUSED', field: 'opId' } });
  });

  it('two phones edit the same item: the second gets a conflict for it (nothing of it written) and the rest applies', async () => {
    const a = await open();
    await sync(insp1, [op(a.id, 1, { results: [res('it-1', 'pass')] })]); // version 2
    const second = (await sync(insp2, [op(a.id, 1, { results: [res('it-1', 'fail', '责任制未更新'), res('it-3', 'pass')] })])).json().results[0];
    expect(second.outcome).toBe('conflict');
    expect(second.conflicts).toEqual([
      { itemId: 'it-1', field: 'outcome', mine: 'fail', theirs: 'pass' }, { itemId: 'it-1', field: 'note', mine: '责任制未更新', theirs: null },
    ]);
    expect(second.inspection.version).toBe(3);
    expect(second.inspection.results.map((r: { itemId: string; outcome: string }) => [r.itemId, r.outcome])).toEqual([['it-1', 'pass'], ['it-3', 'pass']]);
    // resolved on the phone: sent again on the current version, it applies
    const resolved = (await sync(insp2, [op(a.id, 3, { results: [res('it-1', 'fail', '责任制未更新')] })])).json().results[0];
    expect(resolved).toMatchObject({ outcome: 'applied', inspection: { version: 4 } });
    // one phone's own queue, all on the same base version: no conflict with itself, the later wins
    const own = (await sync(insp1, [op(a.id, 4, { results: [res('it-2', 'pass')] }), op(a.id, 4, { results: [res('it-2', 'fail')] })])).json().results;
    expect(own.map((r: { outcome: string }) => r.outcome)).toEqual(['applied', 'applied']);
    expect(own[1].inspection.results.find((r: { itemId: string }) => r.itemId === 'it-2').outcome).toBe('fail');
  });

  it('an inspector offline for a day loses nothing: yesterday’s operations apply, with yesterday’s times', async () => {
    const a = await open();
    const yesterday = '2026-11-28T03:00:00.000Z';
    const r = (await sync(insp1, [
      op(a.id, 1, { at: yesterday, results: [res('it-1', 'pass', undefined, yesterday), res('it-2', 'fail', '罐区无报警仪', yesterday)] }),
      op(a.id, 1, { at: '2026-11-28T03:05:00.000Z', results: [res('it-3', 'not_applicable', undefined, '2026-11-28T03:05:00.000Z')], summary: '罐区问题较多' }),
    ])).json().results;
    expect(r.map((x: { outcome: string }) => x.outcome)).toEqual(['applied', 'applied']);
    expect(r[1].inspection).toMatchObject({ version: 3, startedAt: yesterday, summary: '罐区问题较多' });
    expect(r[1].inspection.results.map((x: { recordedAt: string }) => x.recordedAt)).toEqual([yesterday, yesterday, '2026-11-28T03:05:00.000Z']);
  });

  it('refuses bad operations by field, writing nothing', async () => {
    const a = await open();
    const rows = await count('inspection_results');
    const out = (await sync(insp1, [
      op(a.id, 1, { results: [res('it-1', 'pass'), res('nope', 'pass')] }),
      op(a.id, 9, { results: [res('it-1', 'pass')] }),
      op(a.id, 1, { at: 'yesterday' }),
    ], 'en')).json().results;
    expect(out.map((x: { error: { field: string } }) => x.error.field)).toEqual(['results[1].itemId', 'baseVersion', 'at']);
    expect(out[0].error.message).toMatch(/not on this inspection/);
    expect(await count('inspection_results')).toBe(rows);
    expect((await sync(liangkou, [op(a.id, 1, { results: [res('it-1', 'pass')] })])).json().results[0].error.code).toBe('NOT_FOUND');
    expect((await sync(entA, [op(a.id, 1, { results: [res('it-1', 'pass')] })])).json().results[0].error.code).toBe('FORBIDDEN');
  });
});

describe('submit', () => {
  it('needs every item and the representative; a refused submit writes nothing at all', async () => {
    const a = await open();
    const before = [await count('inspection_results'), await count('hazard_findings')];
    const out = (await sync(insp1, [op(a.id, 1, { results: [res('it-1', 'fail')], submit: true })])).json().results[0];
    expect(out).toMatchObject({ outcome: 'rejected', error: { code: 'INSPECTION_INCOMPLETE' } });
    expect([await count('inspection_results'), await count('hazard_findings')]).toEqual(before);
    const noRep = (await sync(insp1, [op(a.id, 1, { results: [res('it-1', 'pass'), res('it-2', 'pass'), res('it-3', 'pass')], submit: true })])).json().results[0];
    expect(noRep.error).toMatchObject({ code: 'INSPECTION_REPRESENTATIVE_REQUIRED', field: 'representativeName' });
  });

  it('turns every fail into one finding in the same transaction (major by its criterion), then the record is closed', async () => {
    const a = await open();
    const out = (await sync(insp1, [op(a.id, 1, {
      results: [res('it-1', 'fail', '责任制未更新'), res('it-2', 'fail'), res('it-3', 'pass')], representativeName: '王五', submit: true,
    })])).json().results[0];
    expect(out.outcome, JSON.stringify(out)).toBe('applied');
    const i = out.inspection;
    expect(i).toMatchObject({ status: 'submitted', representativeName: '王五', representativeConfirmedAt: '2026-11-29T01:50:00.000Z', failCount: 2, findingCount: 2, canRecord: false });
    expect(i.findings.map((f: { description: string; severity: string; deadline: string; foundOn: string; category: string }) => [f.category, f.severity, f.foundOn, f.deadline])).toEqual([
      ['安全基础管理', 'general', '2026-11-29', '2026-12-14'], // + 15 days
      ['储存', 'major', '2026-11-29', '2027-01-28'], // + 60 days
    ]);
    expect(i.findings[0].description).toBe('是否建立全员安全生产责任制：责任制未更新');
    expect(i.results.filter((r: { findingId: string | null }) => r.findingId).length).toBe(2);
    const edit = (await sync(insp1, [op(a.id, i.version, { results: [res('it-3', 'fail')] })])).json().results[0];
    expect(edit.error.code).toBe('INSPECTION_SUBMITTED');
    const audit = await s.database.db.selectFrom('audit_log').select('action').where('entity', '=', 'inspection').where('entity_id', '=', a.id).orderBy('seq').execute();
    expect(audit.map((x) => x.action)).toEqual(['inspection.created', 'inspection.synced', 'inspection.submitted']);
  });

  it('a finding that cannot be made rolls the whole submission back', async () => {
    const a = await open();
    await s.database.db.updateTable('checklist_items').set({ major_criterion: 'no-such-criterion' }).where('id', '=', 'it-2').execute();
    try {
      const before = [await count('inspection_results'), await count('hazard_findings')];
      const out = (await sync(insp1, [op(a.id, 1, { results: [res('it-1', 'fail'), res('it-2', 'fail'), res('it-3', 'pass')], representativeName: '王五', submit: true })])).json().results[0];
      expect(out.outcome).toBe('rejected');
      expect([await count('inspection_results'), await count('hazard_findings')]).toEqual(before);
      expect((await call('GET', insp1, `/api/inspections/${a.id}`)).json()).toMatchObject({ status: 'planned', version: 1 });
    } finally {
      await s.database.db.updateTable('checklist_items').set({ major_criterion: 'mh01' }).where('id', '=', 'it-2').execute();
    }
  });
});

describe('photos', () => {
  it('stores a JPEG with its EXIF time under its item; a retry is the same photo; the bytes come back scoped', async () => {
    const a = await open();
    await sync(insp1, [op(a.id, 1, { results: [res('it-2', 'fail')] })]);
    const jpeg = jpegWithExif('2026:11:29 09:40:00');
    const r = await upload(insp1, a.id, jpeg, { itemId: 'it-2', takenAt: '2026-11-29T01:41:00Z' });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ mime: 'image/jpeg', size: jpeg.length, takenAt: '2026-11-29T01:40:00.000Z', fileName: 'photo.jpg' });
    expect((await upload(insp1, a.id, jpeg, { itemId: 'it-2' })).json().id).toBe(r.json().id);
    const got = await call('GET', insp1, r.json().url);
    expect([got.statusCode, got.headers['content-type'], got.rawPayload.equals(jpeg)]).toEqual([200, 'image/jpeg', true]);
    expect((await call('GET', liangkou, r.json().url)).statusCode).toBe(404);
    const detail = (await call('GET', insp1, `/api/inspections/${a.id}`)).json();
    expect(detail.results.find((x: { itemId: string }) => x.itemId === 'it-2').photos.map((p: { id: string }) => p.id)).toEqual([r.json().id]);
    expect((await upload(insp1, a.id, tinyPng(), {}, 'site.png')).json().mime).toBe('image/png');
  });

  it('refuses a non-image (400 ATTACHMENT_NOT_IMAGE) and an oversized photo (413 ATTACHMENT_TOO_LARGE); stores nothing', async () => {
    const a = await open();
    const before = await count('attachments');
    const pdf = await upload(insp1, a.id, tinyPdf(), {}, 'fake.jpg');
    expect([pdf.statusCode, pdf.json().error.code, pdf.json().error.details[0].field]).toEqual([400, 'ATTACHMENT_NOT_IMAGE', 'file']);
    const big = await upload(insp1, a.id, Buffer.concat([tinyPng(), Buffer.alloc(ATTACHMENT_MAX_BYTES)]));
    expect([big.statusCode, big.json().error.code]).toEqual([413, 'ATTACHMENT_TOO_LARGE']);
    expect((await upload(liangkou, a.id, tinyPng())).statusCode).toBe(404);
    expect(await count('attachments')).toBe(before);
  });
});
