// Deterministic demo data for the Conghua plan: the organisation tree (+ one demo enterprise under 温泉镇 and one
// third-party agency), the alias table, the plan (区各有关单位 resolved by the office to the departments with
// hazardous-chemicals duties), default assessment criteria, one account per role, and 2017–2019 history:
// contact returns, implementation plans and summaries (a few late or missing), quarterly progress reports for
// every unit × task it owes (2017-Q2 … 2019-Q3, the plan's reporting window; mostly on time, some late, some
// missing, progress rising, a few returned), milestone completions, one 督查通报, and the inbox as the scheduler
// left it. The conditional event (省公安厅追溯体系信息系统建立) has not occurred.
//
// Determinism: a seeded PRNG drives every choice and the history is generated as of a fixed "today",
// DEMO_TODAY = 2019-12-31 (the governance ended 2019-11-30), whatever the machine's clock says. Row ids are
// random UUIDs; contents, dates and counts are the same on every run.
// Idempotence: when the plan or the demo accounts already exist, nothing is written and the logins are returned.
// Auditing: the use cases it calls audit as usual; bulk history is inserted in chunks with ONE audit entry per
// seeded batch (action 'seed-demo'), not one per row.
import crypto from 'node:crypto';
import type { Insertable } from 'kysely';
import type { Db } from '@hazgov/db/database';
import type { DB } from '@hazgov/db/schema';
import { insertCompletions } from '@hazgov/db/plans/milestone-completions.repository';
import { insertSubmissions } from '@hazgov/db/plans/plan-submissions.repository';
import { insertReports } from '@hazgov/db/plans/progress-reports.repository';
import { findPlan, findPlanByCode } from '@hazgov/db/plans/plans.repository';
import { saveJobRun } from '@hazgov/db/plans/job-runs.repository';
import { insertNotice } from '@hazgov/db/notices/notices.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { recordAudit, systemActor } from '../audit/audit-chain.js';
import { loadWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.js';
import { notify } from '../notifications/notify.js';
import { seedOrganisations, type OrganisationSeed } from '../orgs/seed-organisations.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { createUser } from '../users/create-user.js';
import { addDays } from '../plans/china-date.js';
import { conghuaOrganisationData, conghuaPlanData } from '../plans/conghua-reference.js';
import { importPlan } from '../plans/import-plan.js';
import { loadPlanSnapshot, type PlanSnapshot } from '../plans/plan-snapshot.js';
import { resolveUnitAlias } from '../plans/resolve-unit-alias.js';
import { runOverdueCheck, OVERDUE_JOB } from '../plans/run-overdue-check.js';
import { seedUnitAliases } from '../plans/seed-unit-aliases.js';
import { replacePlanCriteria } from '../plans/update-assessment-criteria.js';
import { defaultAssessmentCriteria } from '@hazgov/domain/plans/assessment-score';
import { DEMO_PEOPLE, DEMO_TITLES, demoReportText } from './demo-text.js';
import { seededRng, type Rng } from './prng.js';
import { seedDemoEnterprises } from './seed-enterprises.js';
import { seedDemoRisk } from './seed-risk.js';
import { seedDemoInspections } from './seed-inspections.js';

export const DEMO_TODAY = '2019-12-31';
export const DEMO_SEED = 20170608;

export type DemoLogin = { username: string; password: string; role: string; organisation: string };
export type SeedDemoResult = { logins: DemoLogin[]; alreadySeeded: boolean; planId: string; counts: Record<string, number> };

export const DEMO_ORGS = [
  { key: 'demo-enterprise-wenquan', kind: 'enterprise', name: '广州温泉示范化工有限公司（演示）', nameEn: 'Wenquan Demo Chemicals Co., Ltd. (demo)', parentKey: 'wenquan-town' },
  { key: 'demo-agency', kind: 'agency', name: '广州安衡安全技术服务有限公司（演示）', nameEn: 'Anheng Safety Technical Services (demo)', parentKey: 'conghua' },
] as const;

/** Departments the office names as 区各有关单位 in the demo: those with hazardous-chemicals duties. */
const RELEVANT_DEPARTMENTS = ['safety-bureau', 'industry-bureau', 'police', 'environment-bureau', 'transport-bureau', 'market-bureau', 'urban-management-bureau', 'housing-bureau'];

// Readable passwords that meet the policy (≥ 10 characters, letters and digits, not containing the username).
const ACCOUNTS = [
  { username: 'admin', role: 'district_admin', key: 'safety-committee-office', displayName: '区安委办管理员', password: 'Conghua2017Ban' },
  { username: 'ajj', role: 'department', key: 'safety-bureau', displayName: '区安全监管局联络员', password: 'Anquan2017Jian' },
  { username: 'gongan', role: 'department', key: 'police', displayName: '区公安分局联络员', password: 'Police2017Fenju' },
  { username: 'wenquan', role: 'territory', key: 'wenquan-town', displayName: '温泉镇安监办', password: 'Hotspring2017Town' },
  { username: 'liangkou', role: 'territory', key: 'liangkou-town', displayName: '良口镇安监办', password: 'Riverside2017Town' },
  { username: 'grid01', role: 'territory', key: 'wenquan-town-grid-1', displayName: '温泉镇第一网格员', password: 'Gridcell2017One' },
  { username: 'inspector01', role: 'inspector', key: 'safety-bureau', displayName: '执法检查员', password: 'Checker2017Field' },
  { username: 'enterprise01', role: 'enterprise', key: 'demo-enterprise-wenquan', displayName: '企业安全管理员', password: 'Company2017Safe' },
  { username: 'agency01', role: 'agency', key: 'demo-agency', displayName: '第三方机构联络人', password: 'Assessor2017Body' },
] as const;

export async function seedDemo(ctx: AppContext): Promise<SeedDemoResult> {
  const db = ctx.database.db;
  const orgData: OrganisationSeed = { organisations: [...conghuaOrganisationData.organisations, ...DEMO_ORGS] };
  const seeded = await seedOrganisations(ctx, orgData, { actor: systemActor('seed-demo') });
  const idOf = (key: string): string => seeded.ids[key] ?? key;
  const names = new Map((await db.selectFrom('organisations').select(['id', 'name']).execute()).map((o) => [o.id, o.name]));
  const logins: DemoLogin[] = ACCOUNTS.map((a) => ({ username: a.username, password: a.password, role: a.role, organisation: names.get(idOf(a.key)) ?? a.key }));

  const existingPlan = conghuaPlanData.code ? await findPlanByCode(db, conghuaPlanData.code) : undefined;
  const existingUser = await db.selectFrom('users').select('id').where('username', 'in', ACCOUNTS.map((a) => a.username)).executeTakeFirst();
  if (existingPlan || existingUser) {
    await seedDemoEnterprises(ctx); // demo data made before issue 3 gets its enterprises; a no-op once they exist
    await seedDemoRisk(ctx); // likewise the risk points and map data of issue 4
    await seedDemoInspections(ctx); // and the inspections, hidden dangers, cases and blacklist of issue 5
    return { logins, alreadySeeded: true, planId: existingPlan?.id ?? '', counts: {} };
  }

  await seedUnitAliases(ctx, { actor: systemActor('seed-demo') });
  for (const a of ACCOUNTS) {
    await createUser(ctx, { actor: systemActor('seed-demo'), username: a.username, displayName: a.displayName, role: a.role, organisationId: idOf(a.key), password: a.password });
  }
  const adminRow = await db.selectFrom('users').innerJoin('organisations as o', 'o.id', 'users.organisation_id')
    .select(['users.id', 'users.username', 'users.display_name', 'o.id as org_id', 'o.path']).where('users.username', '=', 'admin').executeTakeFirstOrThrow();
  const admin: Actor = { userId: adminRow.id, username: adminRow.username, displayName: adminRow.display_name, role: 'district_admin', organisationId: adminRow.org_id, organisationPath: adminRow.path };

  const { planId } = await importPlan(ctx, { actor: admin, data: conghuaPlanData, source: 'data/plans/conghua-2017.json' });
  await resolveUnitAlias(ctx, { actor: admin, alias: '区各有关单位', organisationIds: RELEVANT_DEPARTMENTS.map(idOf) });

  const calendar = await loadWorkingCalendar(db);
  const plan = await findPlan(db, planId);
  if (!plan) throw new Error('demo plan vanished');
  const snapshot = await loadPlanSnapshot(db, plan, calendar.quarterlyReportDue);
  const counts = await inTransaction(ctx, async (trx) => {
    const at = ctx.now().toISOString();
    await replacePlanCriteria(trx, planId, defaultAssessmentCriteria.map((c) => ({ key: c.key, label: c.label ?? c.key, weight: c.weight })), admin, at);
    return seedHistory(trx, { snapshot, calendar, admin, at, rng: seededRng(DEMO_SEED) });
  });
  // The inbox as the scheduler would have left it at the end of the governance period.
  await inTransaction(ctx, (trx) => saveJobRun(trx, { job: OVERDUE_JOB, last_run_at: null, last_as_of: '2019-09-15', last_result: null }));
  const demoCtx: AppContext = { database: ctx.database, now: () => new Date(`${DEMO_TODAY}T02:00:00.000Z`) };
  const run = await runOverdueCheck(demoCtx, DEMO_TODAY);
  await seedDemoEnterprises(ctx); // the enterprises, chemicals and major hazards of issue 3 (seed-enterprises.ts)
  await seedDemoRisk(ctx); // risk points, area polygons, map layers, area risk of issue 4 (seed-risk.ts)
  await seedDemoInspections(ctx); // inspections, hidden dangers, enforcement, blacklist of issue 5 (seed-inspections.ts)
  return { logins, alreadySeeded: false, planId, counts: { ...counts, notifications: (counts.notifications ?? 0) + run.notifications } };
}

type HistoryInput = { snapshot: PlanSnapshot; calendar: WorkingCalendar; admin: Actor; at: string; rng: Rng };

/** A working day near `date` (moving back), as offices only submit on working days. */
function workdayOnOrBefore(date: string, calendar: WorkingCalendar): string {
  let d = date;
  for (let i = 0; i < 15 && !calendar.isWorkingDay(d); i += 1) d = addDays(d, -1);
  return d;
}

function instantOn(date: string, rng: Rng): string {
  const h = rng.int(1, 9); // 09:00–17:59 in China
  return `${date}T${String(h).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}.000Z`;
}

async function seedHistory(trx: Db, h: HistoryInput): Promise<Record<string, number>> {
  const { snapshot, calendar, rng } = h;
  const planId = snapshot.plan.id;
  const units = [...snapshot.cellsByUnit.entries()]
    .map(([id, cells]) => ({ id, cells, path: cells[0]?.unitPath ?? '', name: cells[0]?.unitName ?? '', sort: cells[0]?.unitSort ?? 0 }))
    .sort((a, b) => a.sort - b.sort);
  // Each unit has a steady habit: most are diligent, a few lag behind (the demo's "late units").
  const habit = new Map(units.map((u) => [u.id, rng.chance(0.2) ? 'laggard' : 'diligent']));
  const taskById = new Map(snapshot.tasks.map((t) => [t.id, t]));

  // one-off submissions
  const submissions: Insertable<DB['plan_submissions']>[] = [];
  for (const kind of snapshot.submissionKinds) {
    for (const u of units) {
      const lag = habit.get(u.id) === 'laggard';
      const roll = rng.next();
      if (roll < (lag ? 0.2 : 0.04)) continue; // missing
      const late = roll < (lag ? 0.5 : 0.12);
      const day = late ? addDays(kind.due_on, rng.int(1, 12)) : workdayOnOrBefore(addDays(kind.due_on, -rng.int(0, 3)), calendar);
      const submittedAt = instantOn(day, rng);
      const leader = rng.pick(DEMO_PEOPLE);
      const body = kind.kind === 'contact_return'
        ? { leader: { name: leader, title: rng.pick(DEMO_TITLES.leader), phone: `8795${rng.int(1000, 9999)}` }, head: { name: rng.pick(DEMO_PEOPLE.filter((p) => p !== leader)), title: rng.pick(DEMO_TITLES.head), phone: `8795${rng.int(1000, 9999)}` } }
        : kind.kind === 'implementation_plan'
          ? { title: `${u.name}危险化学品安全综合治理实施方案`, note: '已经本单位党组（党委）会议审议通过，现予报送。', childPlanId: null }
          : { title: `${u.name}危险化学品安全综合治理工作总结`, text: `${u.name}按照区实施方案要求，认真组织开展危险化学品安全综合治理各项工作，完成了分工任务。` };
      submissions.push({ id: crypto.randomUUID(), plan_id: planId, organisation_id: u.id, path: u.path, kind: kind.kind, due_on: kind.due_on, submitted_at: submittedAt,
        submitted_on: day, submitted_by: null, body_json: JSON.stringify(body), child_plan_id: null, updated_at: submittedAt });
    }
  }

  // quarterly reports
  const reports: Insertable<DB['progress_reports']>[] = [];
  const quarters = snapshot.quarters.filter((q) => q.dueOn <= DEMO_TODAY);
  for (const [qi, q] of quarters.entries()) {
    const latest = qi === quarters.length - 1;
    for (const u of units) {
      const lag = habit.get(u.id) === 'laggard';
      for (const cell of u.cells) {
        const task = taskById.get(cell.taskId);
        if (!task) continue;
        const roll = rng.next();
        if (roll < (lag ? 0.18 : 0.03)) continue; // missing
        const late = roll < (lag ? 0.45 : 0.1);
        const day = late ? addDays(q.dueOn, rng.int(1, 20)) : workdayOnOrBefore(addDays(q.dueOn, -rng.int(0, 12)), calendar);
        const submittedAt = instantOn(day, rng);
        const fixedDone = task.deadline_kind === 'fixed' && (snapshot.milestonesByTask.get(task.id) ?? []).every((m) => (m.dueOn ?? '9999') < q.endsOn);
        const progress = fixedDone ? 100 : Math.min(100, Math.round(15 + (80 * (qi + 1)) / quarters.length + rng.int(-8, 8)));
        const text = demoReportText(rng, task.title, q.year, q.quarter);
        const returned = qi >= quarters.length - 3 && rng.chance(0.02);
        const draft = latest && !late && rng.chance(0.01);
        reports.push({
          id: crypto.randomUUID(), plan_id: planId, task_id: task.id, organisation_id: u.id, path: u.path, year: q.year, quarter: q.quarter, due_on: q.dueOn,
          status: draft ? 'draft' : returned ? 'returned' : latest ? 'submitted' : 'accepted', progress, content: text.content, problems: text.problems, next_steps: text.nextSteps,
          submitted_at: draft ? null : submittedAt, submitted_on: draft ? null : day, submitted_by: null,
          review_comment: returned ? '内容过于笼统，请补充具体数据（检查企业数、整改隐患数）后重新报送。' : null,
          reviewed_at: returned || !latest ? instantOn(addDays(day, 3), rng) : null, reviewed_by: returned || !latest ? h.admin.userId : null,
          updated_at: submittedAt,
        });
      }
    }
  }

  // milestone completions (dated milestones only; the conditional one waits for its event)
  const completions: Insertable<DB['milestone_completions']>[] = [];
  for (const m of snapshot.milestones) {
    if (!m.dueOn || m.kind === 'conditional' || m.kind === 'ongoing') continue;
    for (const cell of snapshot.cellsByTask.get(m.taskId) ?? []) {
      const lag = habit.get(cell.unitId) === 'laggard';
      const roll = rng.next();
      if (roll < (lag ? 0.25 : 0.06)) continue;
      const late = roll < (lag ? 0.5 : 0.14);
      const on = late ? addDays(m.dueOn, rng.int(5, 75)) : addDays(m.dueOn, -rng.int(0, 25));
      if (on > DEMO_TODAY) continue;
      completions.push({ id: crypto.randomUUID(), milestone_id: m.id, organisation_id: cell.unitId, path: cell.unitPath, completed_on: on, note: null, recorded_by: null, recorded_at: instantOn(on, rng) });
    }
  }

  await insertSubmissions(trx, submissions);
  await insertReports(trx, reports);
  await insertCompletions(trx, completions);

  // one supervision notice: the 2018-Q1 reporting, to the units that had not reported in full
  const q1 = snapshot.quarters.find((q) => q.year === 2018 && q.quarter === 1);
  const noticeTargets = units.filter((u) => q1 && reports.filter((r) => r.organisation_id === u.id && r.year === 2018 && r.quarter === 1 && r.submitted_on && r.submitted_on <= (q1.dueOn)).length < u.cells.length);
  const noticeId = crypto.randomUUID();
  const issuedAt = '2018-04-20T02:30:00.000Z';
  const notice = {
    id: noticeId, plan_id: planId, from_organisation_id: h.admin.organisationId, title: '关于2018年第一季度危险化学品安全综合治理工作进展情况的通报',
    body: `根据各单位报送情况，截至2018年3月30日，仍有${noticeTargets.length}个单位未按时报送第一季度工作进展。请相关单位高度重视，于4月27日前补报，并在下季度按时报送。`,
    issued_at: issuedAt, issued_by: h.admin.userId,
  };
  await insertNotice(trx, notice, noticeTargets.map((u, i) => ({
    notice_id: noticeId, organisation_id: u.id, path: u.path, acknowledged_at: i % 3 === 2 ? null : `2018-04-2${rng.int(1, 6)}T03:00:00.000Z`, acknowledged_by: null,
  })));
  const notified = await notify(trx, noticeTargets.map((u) => ({
    organisationId: u.id, path: u.path, kind: 'notice', title: `督查通报：${notice.title}`, body: notice.body.slice(0, 300), link: `/notices/${noticeId}`, dedupeKey: `notice:${noticeId}:${u.id}`,
  })), issuedAt);

  const counts = { submissions: submissions.length, reports: reports.length, completions: completions.length, noticeTargets: noticeTargets.length, notifications: notified };
  await recordAudit(trx, { actor: systemActor('seed-demo'), action: 'seed-demo', entity: 'plan', entityId: planId, after: { demoToday: DEMO_TODAY, seed: DEMO_SEED, ...counts }, at: h.at });
  return counts;
}
