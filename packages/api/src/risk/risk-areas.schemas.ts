// zod schemas of docs/api-contract.md § Settings and area risk: the risk settings (bands, area rule, supervision
// frequency), area risk and the dashboard. The checks that need the whole document (order of bands, thresholds)
// live in domain/risk/settings.ts so the messages name the field; here only the shapes.
import { z } from 'zod';
import { riskLevels } from '@hazgov/domain/risk/types';

const id = z.string().min(1).max(100);
export const level = z.enum(riskLevels);
const num = z.number();
const levelCounts = z.object({ red: z.number(), orange: z.number(), yellow: z.number(), blue: z.number() });

const scoreBand = z.object({ level: z.string().max(20), min: num });
export const riskBands = z.object({
  lec: z.array(scoreBand).max(10), ls: z.array(scoreBand).max(10),
  matrix: z.array(z.array(z.string().max(20)).max(10)).max(10).describe('4×4, rows L1..L4, columns S1..S4'),
  basis: z.string().max(2000),
});
const grades = z.object({ 1: num, 2: num, 3: num, 4: num });
export const areaRule = z.object({
  weights: z.object({ majorHazard: grades, riskPoint: z.object({ red: num, orange: num, yellow: num, blue: num }), sensitiveTarget: num, populationPer10k: num }),
  thresholds: z.object({ red: num, orange: num, yellow: num }),
  floors: z.object({ grade1MajorHazard: z.string().max(20), redRiskPoint: z.string().max(20), outOfControlPoint: z.string().max(20) }),
  basis: z.string().max(2000),
});
export const supervisionFrequency = z.object({ red: num, orange: num, yellow: num, blue: num }).describe('months between inspections by area level');

const rules = { bands: riskBands, areaRule, supervisionFrequency };
export const settingsResponse = z.object({
  ...rules, defaults: z.object(rules), updatedAt: z.string().nullable(), updatedBy: z.string().nullable(),
});
export const settingsBody = z.object({ bands: riskBands.optional(), areaRule: areaRule.optional(), supervisionFrequency: supervisionFrequency.optional() });

export const areaFactors = z.object({
  majorHazards: grades, riskPoints: levelCounts, outOfControl: z.number(), sensitiveTargets: z.number(), population: z.number().nullable(),
});
export const areasQuery = z.object({
  kind: z.enum(['territory', 'grid']).optional(), level: level.optional(),
  territoryId: id.optional().describe('one territory (with its grid cells); outside my jurisdiction → 404'),
});
export const areaItem = z.object({
  organisation: z.object({ id: z.string(), name: z.string(), kind: z.string() }), parentId: z.string().nullable(),
  level, score: z.number(), factors: areaFactors,
  reasons: z.array(z.string()).describe("codes of the rules that fired: threshold.<level>, floor.grade1MajorHazard | floor.redRiskPoint | floor.outOfControlPoint, population.unknown"),
  supervisionMonths: z.number(), computedAt: z.string(), hasPolygon: z.boolean(),
});
export const areasResponse = z.object({ items: z.array(areaItem) });
export const recomputeResponse = z.object({ count: z.number() });

export const dashboardQuery = z.object({ territoryId: id.optional() });
const ref = z.object({ id: z.string(), name: z.string() });
export const attentionItem = z.object({
  id: z.string(), name: z.string(), kind: z.string(), level, status: z.string(), enterprise: ref.nullable(), territory: ref, grid: ref.nullable(),
  responsiblePerson: z.string(), nextReviewOn: z.string(), reviewLate: z.boolean(),
});
export const dashboardResponse = z.object({
  byLevel: levelCounts,
  byStatus: z.object({ controlled: z.number(), attention: z.number(), out_of_control: z.number() }),
  reviewLate: z.number(),
  byTerritory: z.array(ref.extend(levelCounts.shape)),
  byIndustry: z.array(levelCounts.extend({ industry: z.string().describe("the enterprise's industry; 'public_place' for public places, 'unspecified' when an enterprise gave none") })),
  byKind: z.array(z.object({ kind: z.string(), count: z.number() })),
  trend: z.array(levelCounts.extend({ month: z.string().describe('YYYY-MM; the last snapshot of each territory in the month, summed; months without snapshots are absent') })),
  attention: z.array(attentionItem).describe('red and orange points not controlled or with a late review, worst first, 50 at most'),
  areas: levelCounts.describe('area_risk rows in scope by level: territories and grid cells together'),
});
