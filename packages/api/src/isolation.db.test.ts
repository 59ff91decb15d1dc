// THE ISOLATION WALK (DESIGN §2: "a test proves that no route leaks"). Signed in as a user of territory B
// (良口镇), call EVERY route the server registered, naming records of territory A (温泉镇) wherever a route
// takes an id, and prove that: reads of A's records answer 404/403 with none of A's data in the body; lists
// never show A's rows; writes naming A's records are refused and change nothing of A's.
//
// Every route must appear in `probes` below: a route added without an entry fails this test, so whoever adds
// a route must decide, here, how it can be attacked. Records of A carry the token `iso7f3c` in their ids and
// texts; the body of every answer (JSON, text, or the XML inside .xlsx/.docx) is searched for it and for the
// ids of every row of A's jurisdiction in the database. ISO_DEBUG=1 prints every probe and its answer.
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import type { AppContext } from '@hazgov/app/shared/context';
import { startTestServer, type Session, type TestServer } from './shared/test-server.js';
import type { Entry, Ids, Probe } from './shared/isolation-probes.js';
import { chemicalsProbes } from './chemicals/chemicals.probes.js';
import { enterprisesProbes } from './enterprises/enterprises.probes.js';
import { enterpriseImportProbes } from './enterprises/enterprise-import.probes.js';
import { majorHazardsProbes } from './major-hazards/major-hazards.probes.js';
import { riskProbes } from './risk/risk.probes.js';
import { riskAreasProbes } from './risk/risk-areas.probes.js';
import { riskPdfProbes } from './risk/risk-pdf.probes.js';
import { mapProbes } from './map/map.probes.js';
import { inspectionPlansProbes } from './inspections/inspection-plans.probes.js';
import { inspectionsProbes } from './inspections/inspections.probes.js';
import { attachmentsProbes } from './attachments/attachments.probes.js';
import { hiddenDangersProbes } from './hidden-dangers/hidden-dangers.probes.js';
import { enforcementProbes } from './enforcement/enforcement.probes.js';
import { blacklistProbes } from './blacklist/blacklist.probes.js';
import { publicProbes } from './public/public.probes.js';
import { seedInspectionPlansOfA } from './inspections/inspection-plans.iso-seed.js';
import { seedInspectionsOfA } from './inspections/inspections.iso-seed.js';
import { seedFindingsOfA } from './hidden-dangers/hidden-dangers.iso-seed.js';
import { seedEnforcementOfA } from './enforcement/enforcement.iso-seed.js';

const TOKEN = 'iso7f3c';
const TOWN_A = '440117103'; // 温泉镇
const TOWN_B = '440117104'; // 良口镇
const PATH_A = `/440117/${TOWN_A}/`;
const AT = '2026-03-02T02:00:00.000Z';

const year = 2025;
const quarter = 4;
const onShared = (extra: (ids: Ids) => Record<string, string> = () => ({})) => (ids: Ids) => ({ planId: ids.planShared, ...extra(ids) });
const onDemo = (extra: (ids: Ids) => Record<string, string> = () => ({})) => (ids: Ids) => ({ planId: ids.planDemo, ...extra(ids) });
const hasDemo = (ids: Ids): boolean => ids.planDemo !== '';
const onPlanA = (extra: (ids: Ids) => Record<string, string> = () => ({})) => (ids: Ids) => ({ planId: ids.planA, ...extra(ids) });

const probes: Record<string, Entry> = {
  ...enterprisesProbes,
  ...enterpriseImportProbes,
  ...majorHazardsProbes,
  ...chemicalsProbes,
  ...riskProbes,
  ...riskAreasProbes,
  ...riskPdfProbes,
  ...mapProbes,
  ...inspectionPlansProbes,
  ...inspectionsProbes,
  ...attachmentsProbes,
  ...hiddenDangersProbes,
  ...enforcementProbes,
  ...blacklistProbes,
  ...publicProbes,
  // platform and documentation: no records
  'GET /api/health': [{ expect: 'clean' }],
  'GET /api/docs': [{ expect: 'clean' }],
  'GET /api/docs/': [{ expect: 'clean' }],
  'GET /api/docs/json': [{ expect: 'clean' }],
  'GET /api/docs/yaml': [{ expect: 'clean' }],
  'GET /api/docs/initOAuth': [{ expect: 'clean' }],
  'GET /api/docs/uiConfig': [{ expect: 'clean' }],
  'GET /api/docs/static/index.html': [{ expect: 'clean' }],
  'GET /api/docs/static/swagger-initializer.js': [{ expect: 'clean' }],
  'GET /api/docs/static/*': [{ params: () => ({ '*': 'index.css' }), expect: 'clean' }],
  'GET /': [{ expect: 'clean' }],
  'GET /*': [{ params: () => ({ '*': 'plans/x' }), expect: 'clean' }],

  // auth: the caller's own session
  'POST /api/auth/login': { skip: 'signs in with credentials; names no record (lockout of A users is per account, tested in auth.db.test.ts)' },
  'POST /api/auth/logout': { skip: "ends the caller's own session" },
  'POST /api/auth/password': { skip: "changes the caller's own password; takes no id" },
  'GET /api/auth/me': [{ expect: 'clean' }],

  // orgs, users, audit
  'GET /api/orgs': [{ expect: 'clean', note: "A's enterprise must not be listed to B" }],
  'GET /api/users': [{ expect: 'clean' }, { query: (i) => ({ organisationId: i.townA }), expect: 'clean' }],
  'POST /api/users': [{ body: (i) => ({ username: `x-${TOKEN}`, displayName: 'x', role: 'territory', organisationId: i.townA, password: 'Conghua2017Probe' }), expect: 'refused' }],
  'GET /api/audit': [{ query: (i) => ({ entityId: i.reportA }), expect: 'refused' }],
  'GET /api/audit/verify': [{ expect: 'refused' }],

  // plans (docs/api-contract.md § Plans)
  'GET /api/plans': [{ expect: 'clean' }],
  'GET /api/plans/:planId': [{ params: onPlanA(), expect: 'refused' }, { params: onShared(), expect: 'clean' }],
  'GET /api/plans/:planId/board': [
    { params: onDemo(), expect: 'clean', when: hasDemo },
    { params: onDemo(), query: (i) => ({ unitId: i.townA }), expect: 'clean', when: hasDemo },
    { params: onPlanA(), expect: 'refused' },
    { params: onShared(), query: (i) => ({ unitId: i.townA }), expect: 'clean' },
  ],
  'GET /api/plans/:planId/tasks/:taskId': [
    { params: onDemo((i) => ({ taskId: i.taskDemoOfA })), expect: 'clean', when: hasDemo, note: "a task A and B share: never A's reports" },
    { params: onPlanA((i) => ({ taskId: i.taskA })), expect: 'refused' },
    { params: onShared((i) => ({ taskId: i.taskA })), expect: 'refused', note: "A's task through a plan B can see" },
    { params: onShared((i) => ({ taskId: i.taskShared })), expect: 'clean', note: "a shared task: B sees it, not A's reports" },
  ],
  'GET /api/plans/:planId/units/:unitId': [
    { params: onDemo((i) => ({ unitId: i.townA })), expect: 'refused', when: hasDemo },
    { params: onShared((i) => ({ unitId: i.townA })), expect: 'refused' },
    { params: onShared((i) => ({ unitId: i.gridA })), expect: 'refused' },
    { params: onPlanA((i) => ({ unitId: i.townB })), expect: 'refused' },
  ],
  'GET /api/plans/:planId/dashboard': [{ params: onPlanA(), expect: 'refused' }, { params: onShared(), expect: 'clean' }, { params: onDemo(), expect: 'clean', when: hasDemo }],
  'GET /api/plans/:planId/reports': [
    { params: onDemo(), expect: 'clean', when: hasDemo },
    { params: onDemo(), query: (i) => ({ unitId: i.townA }), expect: 'clean', when: hasDemo },
    { params: onDemo(), query: (i) => ({ taskId: i.taskDemoOfA }), expect: 'clean', when: hasDemo },
    { params: onPlanA(), expect: 'refused' },
    { params: onShared(), query: (i) => ({ unitId: i.townA }), expect: 'clean' },
    { params: onShared(), query: (i) => ({ taskId: i.taskShared, year: String(year), quarter: String(quarter) }), expect: 'clean' },
  ],
  'PUT /api/plans/:planId/reports': [
    { params: onPlanA(), body: (i) => ({ taskId: i.taskA, year, quarter, progress: 10, content: 'probe', submit: false }), expect: 'refused' },
    { params: onShared(), body: (i) => ({ taskId: i.taskShared, year, quarter, progress: 10, content: 'probe by B', submit: true }), expect: 'own-write' },
  ],
  'POST /api/plans/:planId/reports/:reportId/review': [
    { params: onDemo((i) => ({ reportId: i.reportDemoA })), body: () => ({ decision: 'accept' }), expect: 'refused', when: hasDemo },
    { params: onShared((i) => ({ reportId: i.reportA })), body: () => ({ decision: 'return', comment: 'probe' }), expect: 'refused' },
  ],
  'GET /api/plans/:planId/submissions': [{ params: onPlanA(), expect: 'refused' }, { params: onShared(), expect: 'clean' }, { params: onDemo(), expect: 'clean', when: hasDemo }],
  'PUT /api/plans/:planId/submissions/:kind': [
    { params: onPlanA(() => ({ kind: 'contact_return' })), body: () => contactReturn, expect: 'refused' },
    { params: onShared(() => ({ kind: 'contact_return' })), body: () => contactReturn, expect: 'own-write' },
  ],
  'POST /api/plans/:planId/milestones/:milestoneId/complete': [
    { params: onPlanA((i) => ({ milestoneId: i.milestoneA })), body: () => ({ completedOn: '2026-03-01' }), expect: 'refused' },
    { params: onShared((i) => ({ milestoneId: i.milestoneShared })), body: () => ({ completedOn: '2026-03-01' }), expect: 'own-write' },
  ],
  'POST /api/plans/:planId/events/:eventId/occurred': [
    { params: onPlanA((i) => ({ eventId: i.eventA })), body: () => ({ occurredOn: '2026-03-01' }), expect: 'refused' },
    { params: onShared((i) => ({ eventId: i.eventShared })), body: () => ({ occurredOn: '2026-03-01' }), expect: 'refused', note: 'district admin only' },
  ],
  'GET /api/plans/:planId/assessment': [
    { params: onPlanA(), query: () => ({ year: String(year) }), expect: 'refused' },
    { params: onShared(), query: () => ({ year: String(year) }), expect: 'clean' },
    { params: onDemo(), query: () => ({ year: '2018' }), expect: 'clean', when: hasDemo },
  ],
  'PUT /api/plans/:planId/assessment/criteria': [{ params: onShared(), body: () => ({ criteria: [{ key: 'x', label: 'x', weight: 100 }] }), expect: 'refused' }],
  'GET /api/plans/:planId/export/tasks.xlsx': [{ params: onPlanA(), expect: 'refused' }, { params: onShared(), expect: 'clean' }],
  'GET /api/plans/:planId/export/unit-report.docx': [
    { params: onDemo(), query: (i) => ({ unitId: i.townA, year: '2018', quarter: '2' }), expect: 'refused', when: hasDemo },
    { params: onShared(), query: (i) => ({ unitId: i.townA, year: String(year), quarter: String(quarter) }), expect: 'refused' },
    { params: onPlanA(), query: (i) => ({ unitId: i.townB, year: String(year), quarter: String(quarter) }), expect: 'refused' },
  ],
  'GET /api/plans/:planId/export/rollup.xlsx': [{ params: onPlanA(), query: () => ({ year: String(year), quarter: String(quarter) }), expect: 'refused' }, { params: onShared(), query: () => ({ year: String(year), quarter: String(quarter) }), expect: 'clean' }],
  'GET /api/plans/:planId/export/rollup.docx': [{ params: onPlanA(), query: () => ({ year: String(year), quarter: String(quarter) }), expect: 'refused' }, { params: onShared(), query: () => ({ year: String(year), quarter: String(quarter) }), expect: 'clean' }],
  'POST /api/plans/import': [{
    form: (i) => ({ fields: { title: 'probe', parentPlanId: i.planA }, file: { name: 'plan.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: 'PK\u0003\u0004' } }),
    expect: 'refused', note: "a town imports its own plans, never under A's plan",
  }],
  'POST /api/plans/import/:importId/confirm': [{ params: (i) => ({ importId: i.importA }), body: () => ({ mappings: {} }), expect: 'refused' }],
  'GET /api/notices': [{ expect: 'clean' }, { query: (i) => ({ planId: i.planShared }), expect: 'clean' }],
  'POST /api/notices': [{ body: (i) => ({ planId: i.planShared, title: 'probe', body: 'probe', targetUnitIds: [i.townA] }), expect: 'refused' }],
  'POST /api/notices/:id/acknowledge': [{ params: (i) => ({ id: i.noticeA }), expect: 'refused' }],
  'POST /api/notices/:noticeId/acknowledge': [{ params: (i) => ({ noticeId: i.noticeA }), expect: 'refused' }],
  'GET /api/notifications': [{ expect: 'clean' }, { query: () => ({ unread: '1' }), expect: 'clean' }],
  'POST /api/notifications/:id/read': [{ params: (i) => ({ id: i.notificationA }), expect: 'refused' }],
  'POST /api/notifications/:notificationId/read': [{ params: (i) => ({ notificationId: i.notificationA }), expect: 'refused' }],
  'GET /api/calendar': [{ query: () => ({ year: String(year) }), expect: 'clean' }],
  'PUT /api/calendar/overrides/:date': [{ params: () => ({ date: '2026-10-10' }), body: () => ({ kind: 'holiday', name: 'probe' }), expect: 'refused' }],
  'DELETE /api/calendar/overrides/:date': [{ params: () => ({ date: '2026-10-10' }), expect: 'refused', note: 'district admin only' }],
  'GET /api/unit-aliases': [{ expect: 'clean' }],
  'PUT /api/unit-aliases/:alias': [{ params: (i) => ({ alias: i.aliasA }), body: (i) => ({ organisationId: i.townB }), expect: 'refused' }],
};

const contactReturn = { leader: { name: '张三', title: '镇长', phone: '13800000000' }, head: { name: '李四', title: '主任', phone: '13900000000' } };

let s: TestServer;
let b: Session;
let ids: Ids;
let markers: string[];

beforeAll(async () => {
  s = await startTestServer({ seed: 'conghua' });
  const demo = await import('@hazgov/app/demo/seed-demo' as string).catch(() => null) as { seedDemo?: (ctx: AppContext) => Promise<unknown> } | null;
  if (demo?.seedDemo) await demo.seedDemo(s.ctx);
  ids = await seedTerritoryA(s);
  await s.addUser({ username: `lk-${TOKEN.slice(0, 3)}`, role: 'territory', organisationId: TOWN_B, displayName: '良口镇用户' });
  b = await s.login(`lk-${TOKEN.slice(0, 3)}`);
  markers = await markersOfA(s);
  if (process.env.ISO_DEBUG) console.log('markers of A:', markers.length, 'demo seeded:', Boolean(demo?.seedDemo));
}, 120_000);
afterAll(async () => s?.close());

describe('isolation walk: a 良口镇 user against 温泉镇 records', () => {
  it('every registered route has an entry in the probe table', () => {
    const missing = registered().filter((key) => !(key in probes));
    expect(missing, 'routes without an isolation probe: add them to `probes` in isolation.db.test.ts').toEqual([]);
  });

  it('the fixtures are in place: A has rows B must not see, and B is signed in', () => {
    expect(markers.length).toBeGreaterThan(8);
    expect(b.csrfToken).toBeTruthy();
  });

  it('no route leaks A to B', async () => {
    const failures: string[] = [];
    let called = 0;
    for (const key of registered()) {
      const entry = probes[key];
      if (!entry || 'skip' in entry) continue;
      const [method, url] = key.split(' ') as [string, string];
      for (const probe of entry) {
        if (probe.when && !probe.when(ids)) continue;
        const target = buildUrl(url, probe, ids);
        if (target instanceof Error) { failures.push(`${key}: ${target.message}`); continue; }
        const before = method === 'GET' ? null : await snapshotOfA(s);
        const auditBefore = await auditCount(s);
        const form = probe.form ? multipart(probe.form(ids)) : null;
        const res = await s.app.inject({
          method: method as 'GET', url: target, headers: form ? { ...b.headers, 'content-type': form.contentType } : b.headers,
          ...(form ? { payload: form.payload } : probe.body ? { payload: probe.body(ids) as Record<string, unknown> } : method === 'GET' ? {} : { payload: {} }),
        });
        called += 1;
        if (process.env.ISO_DEBUG) console.log(res.statusCode, method, target, probe.expect, res.body.slice(0, 160).replace(/\n/g, " "));
        const label = `${method} ${target} [${probe.expect}]`;
        const leaked = markers.filter((m) => bodyText(res).includes(m));
        if (leaked.length > 0) failures.push(`${label}: body contains A's data (${leaked.slice(0, 3).join(', ')})`);
        if (res.statusCode >= 500) failures.push(`${label}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        if (probe.expect === 'refused') {
          const allowed = method === 'GET' ? [403, 404] : [400, 403, 404, 415];
          if (!allowed.includes(res.statusCode)) failures.push(`${label}: expected ${allowed.join('/')}, got ${res.statusCode} ${res.body.slice(0, 200)}`);
          if (method !== 'GET' && (await auditCount(s)) !== auditBefore) failures.push(`${label}: a refused write added audit rows`);
        }
        if (before !== null && (await snapshotOfA(s)) !== before) failures.push(`${label}: A's rows changed`);
      }
    }
    expect(failures).toEqual([]);
    expect(called).toBeGreaterThan(10);
  }, 240_000); // every route × probe, with A's rows compared before and after each write: minutes on a busy 2-core machine
});

function multipart(f: NonNullable<ReturnType<NonNullable<Probe['form']>>>): { contentType: string; payload: Buffer } {
  const boundary = `----hazgov${TOKEN}`;
  const parts = Object.entries(f.fields).map(([k, v]) => `--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  parts.push(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${f.file.name}"\r\ncontent-type: ${f.file.contentType}\r\n\r\n${f.file.content}\r\n--${boundary}--\r\n`);
  return { contentType: `multipart/form-data; boundary=${boundary}`, payload: Buffer.from(parts.join(''), 'utf8') };
}

function registered(): string[] {
  const keys = new Set<string>();
  for (const r of s.routes) {
    for (const m of Array.isArray(r.method) ? r.method : [r.method]) {
      if (m === 'HEAD' || m === 'OPTIONS') continue; // HEAD runs the GET handler; OPTIONS is not routed
      keys.add(`${m} ${r.url}`);
    }
  }
  return [...keys].sort();
}

function buildUrl(template: string, probe: Probe, i: Ids): string | Error {
  const params = probe.params?.(i) ?? {};
  let missing = '';
  const path = template.replace(/:(\w+)|\*/g, (whole, name: string | undefined) => {
    const v = params[name ?? '*'];
    if (v === undefined) missing = name ?? '*';
    return v === undefined ? whole : name ? encodeURIComponent(v) : v;
  });
  if (missing) return new Error(`the probe gives no value for :${missing}`);
  const query = probe.query?.(i);
  return query ? `${path}?${new URLSearchParams(query).toString()}` : path;
}

/** The answer as text: JSON and text as they are; a zip (.xlsx, .docx) as the concatenation of its entries. */
function bodyText(res: LightMyRequestResponse): string {
  const raw = res.rawPayload;
  if (raw.length > 4 && raw.readUInt32LE(0) === 0x04034b50) return unzipText(raw);
  return res.body;
}

function unzipText(buf: Buffer): string {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1;
  if (eocd < 0) return buf.toString('latin1');
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const parts: string[] = [];
  for (let n = 0; n < entries; n += 1) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataAt, dataAt + size);
    parts.push((method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return parts.join('\n');
}

async function auditCount(t: TestServer): Promise<number> {
  const r = await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

const ENTERPRISE_TABLES = ['enterprises', 'enterprise_licences', 'enterprise_sites', 'enterprise_units', 'inventory_lines', 'major_hazard_register', 'enterprise_declarations'] as const;
const RISK_TABLES = ['risk_points', 'risk_comments', 'risk_confirmations', 'map_features'] as const; // rows with an id
const INSPECTION_TABLES = ['inspection_plans', 'inspection_draws', 'inspector_conflicts', 'inspections', 'hazard_findings', 'enforcement_cases', 'blacklist_entries', 'attachments'] as const; // rows with an id
const PATH_TABLES = ['progress_reports', 'plan_submissions', 'milestone_completions', 'notice_targets', 'notifications', 'plans', 'organisations', ...ENTERPRISE_TABLES, ...RISK_TABLES, 'area_risk', 'map_areas', 'risk_snapshots', ...INSPECTION_TABLES, 'inspection_results'] as const;

/** Every row of A's jurisdiction, serialised: a write that B should not be able to make changes this. */
async function snapshotOfA(t: TestServer): Promise<string> {
  const parts: unknown[] = [];
  for (const table of PATH_TABLES) {
    parts.push(await sql`select * from ${sql.table(table)} where path like ${`${PATH_A}%`} order by 1, 2`.execute(t.database.db).then((r) => r.rows));
  }
  parts.push(await t.database.db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id').selectAll('u').where('o.path', 'like', `${PATH_A}%`).orderBy('u.id').execute());
  parts.push(await t.database.db.selectFrom('plan_imports').selectAll().where('id', '=', ids.importA).execute());
  parts.push(await t.database.db.selectFrom('unit_aliases').selectAll().where('alias', '=', ids.aliasA).execute());
  return JSON.stringify(parts);
}

/** What must never reach B: the token, and the id of every row that lives in A's jurisdiction. */
async function markersOfA(t: TestServer): Promise<string[]> {
  const out = new Set<string>([TOKEN]);
  for (const table of ['progress_reports', 'plan_submissions', 'milestone_completions', 'notifications', 'plans', ...ENTERPRISE_TABLES.filter((x) => x !== 'major_hazard_register'), ...RISK_TABLES, ...INSPECTION_TABLES] as const) {
    const rows = await sql<{ id: string }>`select id from ${sql.table(table)} where path like ${`${PATH_A}%`}`.execute(t.database.db);
    for (const r of rows.rows) out.add(r.id);
  }
  const users = await t.database.db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id').select(['u.id', 'u.username']).where('o.path', 'like', `${PATH_A}%`).execute();
  for (const u of users) { out.add(u.id); out.add(u.username); }
  const ents = await t.database.db.selectFrom('organisations').select('id').where('path', 'like', `${PATH_A}%`).where('kind', 'in', ['enterprise', 'agency']).execute();
  for (const e of ents) out.add(e.id);
  return [...out].filter((m) => m.length >= 6);
}

/**
 * Records of A, written straight into the database (the use cases that create them are tested elsewhere):
 * a plan shared by the district with a task both towns work on, and, in A: its own plan, a progress report,
 * a contact return, a milestone completion, a notice only A received, an inbox entry, an import preview of an
 * A user, an alias, an enterprise and a user. Every id and text carries the token.
 */
async function seedTerritoryA(t: TestServer): Promise<Ids> {
  const db = t.database.db;
  const i: Ids = {
    townA: TOWN_A, townB: TOWN_B, gridA: `${TOWN_A}-g1`, entA: `ent-a-${TOKEN}`, userA: '',
    planShared: 'plan-shared-iso', taskShared: 'task-shared-iso', milestoneShared: 'ms-shared-iso', eventShared: 'ev-shared-iso',
    planA: `plan-a-${TOKEN}`, taskA: `task-a-${TOKEN}`, milestoneA: `ms-a-${TOKEN}`, eventA: `ev-a-${TOKEN}`,
    reportA: `report-a-${TOKEN}`, submissionA: `sub-a-${TOKEN}`, noticeA: `notice-a-${TOKEN}`, notificationA: `notif-a-${TOKEN}`,
    planDemo: '', taskDemoOfA: '', reportDemoA: '',
    enterpriseA: `enterprise-a-${TOKEN}`, siteA: `site-a-${TOKEN}`, unitA: `unit-a-${TOKEN}`, lineA: `line-a-${TOKEN}`,
    licenceA: `licence-a-${TOKEN}`, declarationA: `decl-a-${TOKEN}`,
    riskPointA: `rp-a-${TOKEN}`, publicPointA: `rp-pub-a-${TOKEN}`, commentA: `rc-a-${TOKEN}`, confirmationA: `rcf-a-${TOKEN}`, featureA: `mf-a-${TOKEN}`,
    inspectionPlanA: `ip-a-${TOKEN}`, drawA: `draw-a-${TOKEN}`, conflictA: `conflict-a-${TOKEN}`, inspectionA: `insp-a-${TOKEN}`, attachmentA: `att-a-${TOKEN}`,
    findingA: `hf-a-${TOKEN}`, evidenceA: `att-ev-a-${TOKEN}`, caseA: `case-a-${TOKEN}`, blacklistA: `bl-a-${TOKEN}`,
    importA: `import-a-${TOKEN}`, aliasA: '温泉镇别名（隔离测试）', // an alias is directory configuration, not A's record: no token
  };
  await db.insertInto('organisations').values({ id: i.entA, parent_id: TOWN_A, kind: 'enterprise', code: null, name: `温泉化工-${TOKEN}`, name_en: null, path: `${PATH_A}${i.entA}/`, sort: 0, created_at: AT }).execute();
  await seedEnterpriseOfA(t, i);
  await seedRiskOfA(t, i);
  i.userA = await t.addUser({ username: `wq-${TOKEN}`, role: 'territory', organisationId: TOWN_A, displayName: `温泉镇-${TOKEN}` });
  await seedInspectionPlansOfA(t, i); // issue 5, in dependency order
  await seedInspectionsOfA(t, i);
  await seedFindingsOfA(t, i);
  await seedEnforcementOfA(t, i);

  const plan = (id: string, organisationId: string, path: string, title: string) => ({
    id, parent_plan_id: null, organisation_id: organisationId, path, code: null, title, issued_on: '2025-06-01', starts_on: '2025-06-01',
    ends_on: '2026-12-31', source: null, office_organisation_id: 'org-safety-committee-office', created_at: AT,
  });
  await db.insertInto('plans').values([plan(i.planShared, '440117', '/440117/', '区级共享计划'), plan(i.planA, TOWN_A, PATH_A, `温泉镇计划-${TOKEN}`)]).execute();
  const task = (id: string, planId: string, title: string) => ({
    id, plan_id: planId, group_no: 1, group_title: '一', task_no: 1, item_no: 1, title, content: title, lead_text: '温泉镇', responsible_text: '良口镇',
    deadline_text: '2026年6月底前', deadline_kind: 'fixed', sort: 1,
  });
  await db.insertInto('plan_tasks').values([task(i.taskShared, i.planShared, '共享任务'), task(i.taskA, i.planA, `温泉镇任务-${TOKEN}`)]).execute();
  await db.insertInto('plan_task_units').values([
    { id: 'ptu-shared-a', task_id: i.taskShared, role: 'lead', raw_name: '温泉镇', organisation_id: TOWN_A, group_name: null },
    { id: 'ptu-shared-b', task_id: i.taskShared, role: 'responsible', raw_name: '良口镇', organisation_id: TOWN_B, group_name: null },
    { id: `ptu-a-${TOKEN}`, task_id: i.taskA, role: 'lead', raw_name: '温泉镇', organisation_id: TOWN_A, group_name: null },
  ]).execute();
  await db.insertInto('plan_events').values([{ id: i.eventShared, plan_id: i.planShared, name: '条件', occurred_on: null }, { id: i.eventA, plan_id: i.planA, name: `条件-${TOKEN}`, occurred_on: null }]).execute();
  await db.insertInto('milestones').values([
    { id: i.milestoneShared, task_id: i.taskShared, kind: 'fixed', label: '完成', starts_on: null, due_on: '2026-06-30', event_id: null, sort: 1 },
    { id: i.milestoneA, task_id: i.taskA, kind: 'fixed', label: `完成-${TOKEN}`, starts_on: null, due_on: '2026-06-30', event_id: null, sort: 1 },
  ]).execute();
  await db.insertInto('plan_submission_kinds').values([
    { id: 'psk-shared', plan_id: i.planShared, kind: 'contact_return', label: '报名回执', due_on: '2026-02-01' },
    { id: `psk-a-${TOKEN}`, plan_id: i.planA, kind: 'contact_return', label: '报名回执', due_on: '2026-02-01' },
  ]).execute();
  await db.insertInto('progress_reports').values({
    id: i.reportA, plan_id: i.planShared, task_id: i.taskShared, organisation_id: TOWN_A, path: PATH_A, year, quarter, due_on: '2026-01-10',
    status: 'submitted', progress: 40, content: `温泉镇进展-${TOKEN}`, problems: `问题-${TOKEN}`, next_steps: `下一步-${TOKEN}`,
    submitted_at: AT, submitted_on: '2026-03-02', submitted_by: i.userA, review_comment: null, reviewed_at: null, reviewed_by: null, updated_at: AT,
  }).execute();
  await db.insertInto('plan_submissions').values({
    id: i.submissionA, plan_id: i.planShared, organisation_id: TOWN_A, path: PATH_A, kind: 'contact_return', due_on: '2026-02-01',
    submitted_at: AT, submitted_on: '2026-03-02', submitted_by: i.userA, body_json: JSON.stringify({ leader: { name: `镇长-${TOKEN}`, title: '镇长', phone: '13700000000' } }),
    child_plan_id: null, updated_at: AT,
  }).execute();
  await db.insertInto('milestone_completions').values({
    id: `mc-a-${TOKEN}`, milestone_id: i.milestoneShared, organisation_id: TOWN_A, path: PATH_A, completed_on: '2026-03-01', note: `完成说明-${TOKEN}`, recorded_by: i.userA, recorded_at: AT,
  }).execute();
  await db.insertInto('notices').values({ id: i.noticeA, plan_id: i.planShared, from_organisation_id: 'org-safety-committee-office', title: `督查通报-${TOKEN}`, body: `通报正文-${TOKEN}`, issued_at: AT, issued_by: null }).execute();
  await db.insertInto('notice_targets').values({ notice_id: i.noticeA, organisation_id: TOWN_A, path: PATH_A, acknowledged_at: null, acknowledged_by: null }).execute();
  await db.insertInto('notifications').values({
    id: i.notificationA, organisation_id: TOWN_A, path: PATH_A, kind: 'overdue', title: `逾期提醒-${TOKEN}`, body: `正文-${TOKEN}`, link: null, dedupe_key: `iso:${TOKEN}`, created_at: AT, read_at: null,
  }).execute();
  await db.insertInto('plan_imports').values({ id: i.importA, created_by: i.userA, created_at: AT, expires_at: '2099-01-01T00:00:00Z', payload_json: JSON.stringify({ title: `导入-${TOKEN}` }) }).execute();
  await db.insertInto('unit_aliases').values({ alias: i.aliasA, organisation_id: TOWN_A, group_name: null, source: 'admin' }).execute();
  const demoReport = await db.selectFrom('progress_reports').select(['id', 'plan_id', 'task_id']).where('organisation_id', '=', TOWN_A).where('plan_id', 'not in', [i.planShared, i.planA]).orderBy('id').executeTakeFirst();
  if (demoReport) {
    const shared = await db.selectFrom('plan_task_units').select('task_id').where('task_id', 'in', db.selectFrom('plan_tasks').select('id').where('plan_id', '=', demoReport.plan_id))
      .where('organisation_id', '=', TOWN_B).where('task_id', 'in', db.selectFrom('plan_task_units').select('task_id').where('organisation_id', '=', TOWN_A)).executeTakeFirst();
    Object.assign(i, { planDemo: demoReport.plan_id, taskDemoOfA: shared?.task_id ?? demoReport.task_id, reportDemoA: demoReport.id });
  }
  return i;
}

/** A's enterprise (organisation entA): a site, a storage unit that is a graded major hazard, a licence, a declaration. */
async function seedEnterpriseOfA(t: TestServer, i: Ids): Promise<void> {
  const db = t.database.db;
  const path = `${PATH_A}${i.entA}/`;
  await db.insertInto('enterprises').values({
    id: i.enterpriseA, organisation_id: i.entA, path, territory_id: TOWN_A, grid_id: null, name: `温泉化工-${TOKEN}`, uscc: '91440117MA59C1XP3U',
    legal_representative: `法人-${TOKEN}`, address: `温泉镇-${TOKEN}`, lng: 113.6, lat: 23.6, coord_input: 'wgs84', industry: '化学原料和化学制品制造业',
    activities: '["storage"]', status: 'operating', chemical_park: null, staff_count: 10,
    contacts_json: JSON.stringify([{ duty: '主要负责人', name: `负责人-${TOKEN}`, phone: '13700000001' }]), key_processes: '[]',
    declaration_status: 'submitted', created_at: AT, updated_at: AT,
  }).execute();
  await db.insertInto('enterprise_sites').values({ id: i.siteA, enterprise_id: i.enterpriseA, path, name: `厂区-${TOKEN}`, address: null, lng: null, lat: null }).execute();
  await db.insertInto('enterprise_units').values({
    id: i.unitA, enterprise_id: i.enterpriseA, site_id: i.siteA, path, name: `储罐区-${TOKEN}`, kind: 'storage', facility: 'tank_farm', lng: null, lat: null,
    population_500m: 120, population_source: 'entered', ident_status: 'ok', s_exact: '2', s_value: 2, is_major_hazard: 1, r_exact: '6', r_value: 6, grade: 4,
    ident_json: JSON.stringify({ status: 'graded', note: TOKEN }), identified_at: AT,
  }).execute();
  await db.insertInto('inventory_lines').values({
    id: i.lineA, unit_id: i.unitA, enterprise_id: i.enterpriseA, path, chemical_name: '甲醇', cas: '67-56-1', table1_serial: null, hazard_symbols: null,
    beta_symbol: null, quantity: '1000', quantity_unit: 't', density: null, density_unit: null, physical_state: 'liquid', container_type: `储罐-${TOKEN}`,
  }).execute();
  await db.insertInto('major_hazard_register').values({
    unit_id: i.unitA, enterprise_id: i.enterpriseA, path, filing_status: 'filed', filing_number: `备案-${TOKEN}`, filed_on: '2026-01-01',
    principal_name: `主要负责人-${TOKEN}`, principal_phone: null, technical_name: null, technical_phone: null, operations_name: null, operations_phone: null, updated_at: AT,
  }).execute();
  await db.insertInto('enterprise_licences').values({
    id: i.licenceA, enterprise_id: i.enterpriseA, path, kind: 'hazchem_trade', number: `许可-${TOKEN}`, scope: null, issuer: null, issued_on: null, expires_on: '2026-12-31', created_at: AT,
  }).execute();
  await db.insertInto('enterprise_declarations').values({
    id: i.declarationA, enterprise_id: i.enterpriseA, path, year: 2026, status: 'submitted', snapshot_json: JSON.stringify({ note: TOKEN }), copied_from_id: null,
    submitted_at: AT, submitted_by: null, reviewed_at: null, reviewed_by: null, review_comment: null, created_at: AT, updated_at: AT,
  }).execute();
}

/** Issue 4: A's risk point (of its enterprise) and a public-place point of town A, a comment, a confirmation, a
 * sensitive target in A, A's polygon and area risk, and a day's snapshot. Coordinates lie in 温泉镇. */
async function seedRiskOfA(t: TestServer, i: Ids): Promise<void> {
  const db = t.database.db;
  const entPath = `${PATH_A}${i.entA}/`;
  const point = (id: string, path: string, enterpriseId: string | null, kind: string, name: string) => ({
    id, path, enterprise_id: enterpriseId, site_id: null, unit_id: enterpriseId ? i.unitA : null, territory_id: TOWN_A, grid_id: null, kind, name,
    location: `位置-${TOKEN}`, lng: 113.61, lat: 23.61, coord_input: 'wgs84', posts_json: JSON.stringify([`岗位-${TOKEN}`]),
    hazard_factors_json: JSON.stringify([`危险因素-${TOKEN}`]), accident_types_json: '["火灾"]', method: 'lec', inputs_json: '{"l":6,"e":6,"c":15}',
    score: 540, computed_level: 'red', override_level: null, override_reason: null, override_by: null, override_at: null, level: 'red',
    control_level: 'company', responsible_department: `安全部-${TOKEN}`, responsible_person: `责任人-${TOKEN}`, responsible_phone: '13700000002',
    measures_json: JSON.stringify({ engineering: [`措施-${TOKEN}`], management: [], training: [], ppe: [], emergency: [] }), emergency_text: `应急-${TOKEN}`,
    status: 'attention', review_interval_days: 90, last_reviewed_on: '2026-01-01', next_review_on: '2026-04-01', review_warned_for: null,
    created_at: AT, updated_at: AT,
  });
  await db.insertInto('risk_points').values([
    point(i.riskPointA, entPath, i.enterpriseA, 'unit', `储罐区风险点-${TOKEN}`),
    point(i.publicPointA, PATH_A, null, 'filling_station', `加油站-${TOKEN}`),
  ]).execute();
  await db.insertInto('risk_comments').values({
    id: i.commentA, risk_point_id: i.riskPointA, path: entPath, author_id: 'u-iso', author_name: `检查员-${TOKEN}`, author_organisation: '区应急管理局', body: `意见-${TOKEN}`, created_at: AT,
  }).execute();
  await db.insertInto('risk_confirmations').values({
    id: i.confirmationA, risk_point_id: i.riskPointA, path: entPath, post: `岗位-${TOKEN}`, person_name: `员工-${TOKEN}`, confirmed_on: '2026-03-01', note: null, recorded_by: 'u-iso', created_at: AT,
  }).execute();
  await db.insertInto('map_features').values({
    id: i.featureA, path: PATH_A, territory_id: TOWN_A, layer: 'sensitive_target', category: 'school', name: `温泉小学-${TOKEN}`,
    geometry_json: JSON.stringify({ type: 'Point', coordinates: [113.612, 23.612] }), lng: 113.612, lat: 23.612, min_lng: 113.612, min_lat: 23.612, max_lng: 113.612, max_lat: 23.612,
    population: 800, properties_json: JSON.stringify({ note: TOKEN }), source: `iso-${TOKEN}.geojson`, coord_input: 'wgs84', created_at: AT, created_by: null,
  }).execute();
  // the demo seed (when installed) already drew town A and computed its level: A's own rows replace them
  await db.deleteFrom('map_areas').where('organisation_id', '=', TOWN_A).execute();
  await db.deleteFrom('area_risk').where('organisation_id', '=', TOWN_A).execute();
  await db.deleteFrom('risk_snapshots').where('territory_id', '=', TOWN_A).where('taken_on', '=', '2026-03-01').execute();
  const square = { type: 'Polygon', coordinates: [[[113.55, 23.55], [113.7, 23.55], [113.7, 23.7], [113.55, 23.7], [113.55, 23.55]]] };
  await db.insertInto('map_areas').values({
    organisation_id: TOWN_A, path: PATH_A, kind: 'territory', geometry_json: JSON.stringify(square), min_lng: 113.55, min_lat: 23.55, max_lng: 113.7, max_lat: 23.7,
    population: 42000, source: `iso-${TOKEN}.geojson`, coord_input: 'wgs84', imported_at: AT, imported_by: null,
  }).execute();
  await db.insertInto('area_risk').values({
    organisation_id: TOWN_A, path: PATH_A, kind: 'territory', level: 'red', score: 99, factors_json: JSON.stringify({ note: TOKEN }), supervision_months: 1, computed_at: AT,
  }).execute();
  await db.insertInto('risk_snapshots').values({ taken_on: '2026-03-01', territory_id: TOWN_A, path: PATH_A, red: 7, orange: 0, yellow: 0, blue: 0, out_of_control: 0, review_late: 0 }).execute();
}
