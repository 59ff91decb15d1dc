// Area risk (区域风险): the level of a territory or grid cell from what lies inside it. No national standard fixes
// this rule, so it is a setting (AreaRule) and this default is documented with its reasoning in
// docs/risk-area-rule.md. Shape: a weighted score (major hazards by grade, risk points by colour, sensitive targets,
// residents per 10,000) cut by thresholds into the four colours, then floors that lift the level when one thing
// alone is serious enough (a grade-1 major hazard, a red point, a point out of control) however empty the rest is.
import { levelRank, riskLevels, type AreaFactors, type AreaRule, type RiskLevel, type SupervisionFrequency } from './types.js';

export const defaultAreaRule: AreaRule = {
  weights: {
    majorHazard: { 1: 40, 2: 20, 3: 10, 4: 3 },
    riskPoint: { red: 10, orange: 0.5, yellow: 0, blue: 0 },
    sensitiveTarget: 0.5,
    populationPer10k: 0.5,
  },
  thresholds: { red: 60, orange: 30, yellow: 10 },
  floors: { grade1MajorHazard: 'orange', redRiskPoint: 'orange', outOfControlPoint: 'orange' },
  // Chinese: data the district may rewrite; the web shows a translation while it is the default
  basis: '平台默认规则（见 docs/risk-area-rule.md）：得分 = 重大危险源（一级 40、二级 20、三级 10、四级 3）+ 风险点（红 10、橙 0.5，黄、蓝 0）+ 每个敏感目标 0.5 + 每万名常住人口 0.5；≥60 重大，≥30 较大，≥10 一般，其余为低；有一级重大危险源、红色风险点或失控风险点的区域至少为较大。国家标准未规定区域风险的评定方法，本区可调整。',
};

/** Months between supervision visits by area level: red monthly, orange quarterly, yellow half-yearly, blue yearly. */
export const defaultSupervisionFrequency: SupervisionFrequency = { red: 1, orange: 3, yellow: 6, blue: 12 };

export type AreaLevel = { level: RiskLevel; score: number; reasons: string[]; supervisionMonths: number };

export const emptyAreaFactors = (population: number | null = null): AreaFactors => ({
  majorHazards: { 1: 0, 2: 0, 3: 0, 4: 0 }, riskPoints: { red: 0, orange: 0, yellow: 0, blue: 0 }, outOfControl: 0, sensitiveTargets: 0, population,
});

const worse = (a: RiskLevel, b: RiskLevel): RiskLevel => (levelRank[a] <= levelRank[b] ? a : b);
/** Hundredths: population/10,000 × weight may be fractional; keep the score exact to 0.01 so thresholds are met exactly. */
const round2 = (x: number): number => Math.round(x * 100) / 100;

export function areaScore(f: AreaFactors, rule: AreaRule): number {
  const w = rule.weights;
  let s = 0;
  for (const g of ['1', '2', '3', '4'] as const) s += f.majorHazards[g] * w.majorHazard[g];
  for (const l of riskLevels) s += f.riskPoints[l] * w.riskPoint[l];
  s += f.sensitiveTargets * w.sensitiveTarget;
  if (f.population !== null) s += (f.population / 10_000) * w.populationPer10k;
  return round2(s);
}

/**
 * The level of an area. `reasons` lists the codes of the rules that fired: `threshold.<level>` for the band the score
 * falls in, `floor.<name>` for each floor whose condition holds and which lifted the level above that band, and
 * `population.unknown` when the area's residents are not known (they then count 0).
 */
export function areaLevel(f: AreaFactors, rule: AreaRule, freq: SupervisionFrequency): AreaLevel {
  const score = areaScore(f, rule);
  const t = rule.thresholds;
  const byScore: RiskLevel = score >= t.red ? 'red' : score >= t.orange ? 'orange' : score >= t.yellow ? 'yellow' : 'blue';
  const reasons = [`threshold.${byScore}`];
  let level = byScore;
  const floors: [keyof AreaRule['floors'], boolean][] = [
    ['grade1MajorHazard', f.majorHazards[1] > 0],
    ['redRiskPoint', f.riskPoints.red > 0],
    ['outOfControlPoint', f.outOfControl > 0],
  ];
  for (const [name, holds] of floors) {
    if (!holds) continue;
    const floor = rule.floors[name];
    if (levelRank[floor] < levelRank[byScore]) reasons.push(`floor.${name}`);
    level = worse(level, floor);
  }
  if (f.population === null) reasons.push('population.unknown');
  return { level, score, reasons, supervisionMonths: freq[level] };
}
