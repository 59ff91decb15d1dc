// The demo's inspections, hidden dangers, enforcement cases and blacklist (issue 5), for the seeding date (relative to
// ctx.now() in China, as seed-risk is): inspector accounts inspector02 … inspector06, the starter checklists (the
// platform's own ensureStarterChecklists), two yearly plans with a published 双随机 draw each and three conflicts of
// interest, ~80 inspections, ~400 findings in every state (overdue at each escalation level, majors under 挂牌督办,
// returned and reopened ones), evidence photos, ~25 enforcement cases and 10 blacklist entries with their joint-
// punishment notices. Parts: demo-inspections-{people,plans,visits,findings,evidence,cases,catalog}.ts.
//
// Determinism: one seeded PRNG drives every choice and ids are counters (demo-insp-NNN, demo-hf-NNNN …); user ids
// are whatever createUser made. Idempotence: when demo findings exist, nothing is written. Rows go in one
// transaction, in chunks, with one audit entry for the batch (action 'seed-demo'), as seed-risk does.
import type { Db } from '@hazgov/db/database';
import { insertInChunks } from '@hazgov/db/plans/bulk-insert';
import { levelRank, type RiskLevel } from '@hazgov/domain/risk/types';
import { enterpriseTypeOf } from '@hazgov/domain/inspections/enterprise-type';
import type { Level } from '@hazgov/domain/inspections/draw';
import { recordAudit, systemActor } from '../audit/audit-chain.js';
import { ensureStarterChecklists } from '../inspections/ensure-starter-checklists.js';
import { loadInspectionSettings } from '../inspections/inspection-settings.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { chinaDate } from './demo-enterprise-names.js';
import { buildCases } from './demo-inspections-cases.js';
import { buildEvidence } from './demo-inspections-evidence.js';
import { demoUsers, ensureDemoInspectors, orgIdOf, DEMO_INSPECTORS } from './demo-inspections-people.js';
import { buildDemoPlans, type DrawEnterprise } from './demo-inspections-plans.js';
import { buildVisits, type DemoTemplate, type VisitEnterprise } from './demo-inspections-visits.js';
import { seededRng } from './prng.js';
import { OWN_ENTERPRISE_ID } from './seed-risk.js';

export const DEMO_INSPECTIONS_SEED = 20190901;
export type SeedInspectionsResult = { alreadySeeded: boolean; counts: Record<string, number> };

async function loadTemplates(db: Db): Promise<Map<string, DemoTemplate>> {
  const templates = await db.selectFrom('checklist_templates').select(['id', 'enterprise_type', 'name', 'version']).where('status', '=', 'active').orderBy('enterprise_type').orderBy('version', 'desc').execute();
  const out = new Map<string, DemoTemplate>();
  for (const t of templates) if (!out.has(t.enterprise_type)) out.set(t.enterprise_type, { id: t.id, name: t.name, items: [] });
  const ids = [...out.values()].map((t) => t.id);
  if (ids.length === 0) return out;
  const items = await db.selectFrom('checklist_items').select(['id', 'template_id', 'area', 'content', 'legal_basis', 'severity_hint', 'major_criterion']).where('template_id', 'in', ids).orderBy('template_id').orderBy('sort').execute();
  for (const t of out.values()) t.items = items.filter((i) => i.template_id === t.id);
  return out;
}

async function loadEnterprises(db: Db): Promise<{ visit: VisitEnterprise[]; pool: DrawEnterprise[] }> {
  const rows = await db.selectFrom('enterprises').select(['id', 'name', 'path', 'territory_id', 'grid_id', 'industry', 'activities', 'uscc', 'status'])
    .where('is_demo', '=', 1).orderBy('id').execute();
  const points = await db.selectFrom('risk_points').select(['enterprise_id', 'level']).where('is_demo', '=', 1).where('enterprise_id', 'is not', null).execute();
  const worst = new Map<string, RiskLevel>();
  for (const p of points) {
    const w = worst.get(p.enterprise_id!);
    if (!w || levelRank[p.level as RiskLevel] < levelRank[w]) worst.set(p.enterprise_id!, p.level as RiskLevel);
  }
  const areas = new Map((await db.selectFrom('area_risk').select(['organisation_id', 'level']).execute()).map((a) => [a.organisation_id, a.level as Level]));
  const visit = rows.filter((e) => e.status !== 'closed').map((e) => ({
    id: e.id, name: e.name, path: e.path, territory_id: e.territory_id, grid_id: e.grid_id, industry: e.industry, uscc: e.uscc,
    type: enterpriseTypeOf({ activities: JSON.parse(e.activities || '[]') as string[], industry: e.industry, name: e.name }),
  }));
  const pool = visit.map((e) => ({ id: e.id, name: e.name, path: e.path, territory_id: e.territory_id, areaLevel: areas.get(e.territory_id) ?? null, worstLevel: worst.get(e.id) ?? null }));
  return { visit, pool };
}

export async function seedDemoInspections(ctx: AppContext): Promise<SeedInspectionsResult> {
  const db = ctx.database.db;
  const already = await db.selectFrom('hazard_findings').select('id').where('is_demo', '=', 1).limit(1).executeTakeFirst();
  if (already) return { alreadySeeded: true, counts: {} };
  const inspectorsMade = await ensureDemoInspectors(ctx);
  await ensureStarterChecklists(ctx);
  const templates = await loadTemplates(db);
  const { visit: enterprises, pool } = await loadEnterprises(db);
  if (templates.size === 0 || enterprises.length === 0) return { alreadySeeded: false, counts: { inspectors: inspectorsMade } };

  const now = ctx.now();
  const at = now.toISOString();
  const today = chinaDate(now);
  const rng = seededRng(DEMO_INSPECTIONS_SEED);
  const users = await demoUsers(db);
  const inspectors = ['inspector01', ...DEMO_INSPECTORS.map((i) => i.username)].map((u) => users.get(u)).filter((u) => u !== undefined);
  const inspector01 = users.get('inspector01') ?? inspectors[0];
  if (!inspector01) return { alreadySeeded: false, counts: { inspectors: inspectorsMade } };
  const orgs = new Map((await db.selectFrom('organisations').select(['id', 'path', 'name']).execute()).map((o) => [o.id, o]));
  const org = (key: string): { id: string; path: string; name: string } => orgs.get(orgIdOf(key)) ?? { id: orgIdOf(key), path: '/440117/', name: key };
  const bureau = org('safety-bureau');
  const town = org('wenquan-town');
  const settings = await loadInspectionSettings(db);

  const { conflicts, draws } = buildDemoPlans({
    rng, today, pool, inspectors, ownEnterpriseId: OWN_ENTERPRISE_ID,
    bureau: { id: bureau.id, path: bureau.path, drawnBy: users.get('ajj')?.id ?? inspector01.id }, town: { id: town.id, path: town.path, drawnBy: users.get('wenquan')?.id ?? inspector01.id },
  });
  const visits = buildVisits({ rng, today, nowIso: at, enterprises, templates, draws, inspectors, inspector01, bureau, town, ownEnterpriseId: OWN_ENTERPRISE_ID });
  const enterprise01 = users.get('enterprise01')?.id ?? null;
  const evidence = buildEvidence(rng, visits, {
    enterprise: (f) => (f.enterprise_id === OWN_ENTERPRISE_ID ? enterprise01 : null),
    inspector: (f) => f.verified_by ?? null,
  });
  const cases = buildCases({
    rng, today, nowIso: at, visits, enterprises: new Map(enterprises.map((e) => [e.id, e])), ownEnterpriseId: OWN_ENTERPRISE_ID,
    bureau: { id: bureau.id, userId: users.get('ajj')?.id ?? null }, admin: { userId: users.get('admin')?.id ?? null }, ajj: { userId: users.get('ajj')?.id ?? null },
    departments: ['market-bureau', 'housing-bureau', 'transport-bureau', 'environment-bureau'].map(org),
    durationMonths: settings.blacklistCriteria[0]?.durationMonths ?? 12,
  });

  const counts = await inTransaction(ctx, async (trx) => {
    const written: Record<string, number> = {
      conflicts: await insertInChunks(trx, 'inspector_conflicts', conflicts),
      plans: await insertInChunks(trx, 'inspection_plans', draws.map((d) => d.plan)),
      draws: await insertInChunks(trx, 'inspection_draws', draws.map((d) => d.draw)),
      inspections: await insertInChunks(trx, 'inspections', visits.inspections),
      results: await insertInChunks(trx, 'inspection_results', visits.results),
      findings: await insertInChunks(trx, 'hazard_findings', visits.findings),
      attachments: await insertInChunks(trx, 'attachments', evidence.attachments),
      attachmentContents: await insertInChunks(trx, 'attachment_contents', evidence.contents),
      cases: await insertInChunks(trx, 'enforcement_cases', cases.cases),
      blacklistEntries: await insertInChunks(trx, 'blacklist_entries', cases.entries),
      jointNotices: await insertInChunks(trx, 'joint_punishment_notices', cases.notices),
    };
    await recordAudit(trx, { actor: systemActor('seed-demo'), action: 'seed-demo', entity: 'hazard_finding', entityId: 'demo-inspections', after: { seed: DEMO_INSPECTIONS_SEED, today, ...written }, at });
    return written;
  });
  return { alreadySeeded: false, counts: { inspectors: inspectorsMade, ...counts } };
}
