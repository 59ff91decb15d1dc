// The shapes of docs/api-contract.md § "Settings and area risk" that the dashboard, area-risk and grading-rules
// pages read. The vocabulary (levels, bands, the area rule) is the domain's own, so web and server never disagree.
import type { AreaFactors, AreaRule, RiskBands, RiskLevel, RiskPointKind, RiskStatus, ScoreBand, SupervisionFrequency } from '@hazgov/domain/risk/types';

export type { AreaFactors, AreaRule, RiskBands, RiskLevel, RiskPointKind, RiskStatus, ScoreBand, SupervisionFrequency };
export { levelColour, levelRank, riskLevels, riskPointKinds, riskStatuses } from '@hazgov/domain/risk/types';

export type RiskRules = { bands: RiskBands; areaRule: AreaRule; supervisionFrequency: SupervisionFrequency };
export type RiskSettingsAnswer = RiskRules & { defaults: RiskRules; updatedAt: string | null; updatedBy: string | null };
export type RiskSettingsInput = Partial<RiskRules>;

export const areaKinds = ['territory', 'grid'] as const;
export type AreaKind = (typeof areaKinds)[number];
export type AreaRiskItem = {
  organisation: { id: string; name: string; kind: string };
  parentId: string | null;
  level: RiskLevel;
  score: number;
  factors: AreaFactors;
  reasons: string[];
  supervisionMonths: number;
  computedAt: string;
  hasPolygon: boolean;
};
export type AreaRiskList = { items: AreaRiskItem[] };
export type AreaRiskQuery = { kind?: AreaKind | undefined; level?: RiskLevel | undefined; territoryId?: string | undefined };

export type LevelCounts = Record<RiskLevel, number>;
/** One row of the dashboard's attention list (a risk point summary: only what the table shows is relied on). */
export type AttentionPoint = {
  id: string; name: string; kind: RiskPointKind; level: RiskLevel; status: RiskStatus; reviewLate: boolean;
  nextReviewOn: string | null; enterprise: { id: string; name: string } | null; territory: { id: string; name: string } | null;
  grid?: { id: string; name: string } | null; responsiblePerson?: string | null;
};
export type RiskDashboard = {
  byLevel: LevelCounts;
  byStatus: Record<RiskStatus, number>;
  reviewLate: number;
  byTerritory: ({ id: string; name: string } & LevelCounts)[];
  byIndustry: ({ industry: string | null } & LevelCounts)[];
  byKind: { kind: RiskPointKind; count: number }[];
  trend: ({ month: string } & LevelCounts)[];
  attention: AttentionPoint[];
  areas: LevelCounts;
};
