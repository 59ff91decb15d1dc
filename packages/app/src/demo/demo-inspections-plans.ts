// The demo's two yearly inspection plans with one published 双随机 draw each: 区安全监管局's district-wide
// "双随机、一公开" plan (30 enterprises, two inspectors each) and 温泉镇's own plan (8 enterprises of the town, one
// inspector each), plus three declared conflicts of interest (回避) the draws respect. Pools are sorted by id and
// weighted as DrawWeights say (the territory's area-risk level × the enterprise's worst risk-point level), drawn by
// the platform's runDraw with a fixed seed.
import type { Insertable } from 'kysely';
import type { DB } from '@hazgov/db/schema';
import { defaultDrawWeights, drawWeightOf, runDraw, type Level } from '@hazgov/domain/inspections/draw';
import { DRAW_ALGORITHM, type DrawAssignment, type DrawConflict } from '@hazgov/domain/inspections/types';
import { addDays } from './demo-enterprise-names.js';
import { instantOn } from './demo-inspections-findings.js';
import type { DemoUser } from './demo-inspections-people.js';
import type { Rng } from './prng.js';

export type DrawEnterprise = { id: string; name: string; path: string; territory_id: string; areaLevel: Level | null; worstLevel: Level | null };

export type PlannedDraw = {
  plan: Insertable<DB['inspection_plans']>; draw: Insertable<DB['inspection_draws']>; assignments: DrawAssignment[]; drawnOn: string;
};

type PlanSpec = {
  id: string; drawId: string; owner: { id: string; path: string }; title: string; kind: 'double_random' | 'key';
  territoryIds: string[]; sampleSize: number; perEnterprise: number; seed: number; drawnOn: string; note: string;
};

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function plannedDraw(rng: Rng, s: PlanSpec, pool: DrawEnterprise[], inspectors: DemoUser[], conflicts: DrawConflict[], drawnBy: string): PlannedDraw {
  const enterprises = pool.filter((e) => s.territoryIds.length === 0 || s.territoryIds.includes(e.territory_id)).sort(byId)
    .map((e) => ({ id: e.id, weight: drawWeightOf(defaultDrawWeights, e.areaLevel, e.worstLevel) }));
  const inspectorPool = [...inspectors].sort(byId).map((i) => ({ id: i.id }));
  const relevant = conflicts.filter((c) => enterprises.some((e) => e.id === c.enterpriseId));
  // the platform's documented draw (domain/inspections/draw.ts), so 核验 (verify) re-computes the same result
  const assignments = runDraw({ seed: s.seed, enterprisePool: enterprises, inspectorPool, conflicts: relevant, sampleSize: s.sampleSize, inspectorsPerEnterprise: s.perEnterprise });
  const created = instantOn(rng, addDays(s.drawnOn, -10));
  const drawnAt = instantOn(rng, s.drawnOn);
  const publishedAt = instantOn(rng, addDays(s.drawnOn, 1));
  return {
    drawnOn: s.drawnOn, assignments,
    plan: {
      id: s.id, path: s.owner.path, organisation_id: s.owner.id, year: Number(s.drawnOn.slice(0, 4)), title: s.title, kind: s.kind,
      territory_ids_json: JSON.stringify(s.territoryIds), sample_size: s.sampleSize, inspectors_per_enterprise: s.perEnterprise,
      weights_json: JSON.stringify(defaultDrawWeights), status: 'published', note: s.note, created_by: drawnBy, created_at: created, updated_at: publishedAt, published_at: publishedAt,
    },
    draw: {
      id: s.drawId, plan_id: s.id, path: s.owner.path, seed: String(s.seed), algorithm: DRAW_ALGORITHM,
      enterprise_pool_json: JSON.stringify(enterprises), inspector_pool_json: JSON.stringify(inspectorPool), conflicts_json: JSON.stringify(relevant),
      result_json: JSON.stringify(assignments), status: 'published', drawn_at: drawnAt, drawn_by: drawnBy, published_at: publishedAt,
    },
  };
}

export type DemoPlansInput = {
  rng: Rng; today: string; pool: DrawEnterprise[]; inspectors: DemoUser[];
  bureau: { id: string; path: string; drawnBy: string }; town: { id: string; path: string; drawnBy: string }; ownEnterpriseId: string;
};

/** Three conflicts (回避) and the two plans with their published draws. */
export function buildDemoPlans(p: DemoPlansInput): { conflicts: Insertable<DB['inspector_conflicts']>[]; draws: PlannedDraw[] } {
  const { rng, today, pool, inspectors } = p;
  const reasons = ['近亲属在该企业担任安全管理人员', '三年内曾在该企业任职', '与该企业主要负责人存在经济往来'];
  const candidates = pool.filter((e) => e.id !== p.ownEnterpriseId);
  const conflicts = reasons.map((reason, k) => {
    const e = candidates[(k * 37 + 11) % candidates.length]!;
    return { id: `demo-conflict-${k + 1}`, path: e.path, inspector_id: inspectors[k % inspectors.length]!.id, enterprise_id: e.id, reason, created_by: p.bureau.drawnBy, created_at: instantOn(rng, addDays(today, -150)) };
  });
  const drawConflicts: DrawConflict[] = conflicts.map((c) => ({ inspectorId: c.inspector_id, enterpriseId: c.enterprise_id, reason: c.reason }));
  const year = (d: string): string => d.slice(0, 4);
  const bureauOn = addDays(today, -120);
  const townOn = addDays(today, -40);
  const draws = [
    plannedDraw(rng, {
      id: 'demo-iplan-1', drawId: 'demo-draw-1', owner: p.bureau, kind: 'double_random', territoryIds: [], sampleSize: 30, perEnterprise: 2, seed: 2_019_061_801, drawnOn: bureauOn,
      title: `${year(bureauOn)}年度危险化学品企业"双随机、一公开"监督抽查计划（演示）`, note: '按属地区域风险等级和企业最高风险等级加权抽取，每家企业2名执法人员。',
    }, pool, inspectors, drawConflicts, p.bureau.drawnBy),
    plannedDraw(rng, {
      id: 'demo-iplan-2', drawId: 'demo-draw-2', owner: p.town, kind: 'double_random', territoryIds: [p.town.id], sampleSize: 8, perEnterprise: 1, seed: 3_141_592_653, drawnOn: townOn,
      title: `温泉镇${year(townOn)}年度危险化学品企业随机抽查计划（演示）`, note: '镇安监办会同区安全监管局执法人员开展。',
    }, pool, inspectors, drawConflicts, p.town.drawnBy),
  ];
  return { conflicts, draws };
}
