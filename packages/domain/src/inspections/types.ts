// The vocabulary of enforcement inspections (执法检查), shared by every layer: checklist templates per enterprise type,
// yearly inspection plans with their 双随机 draws, and one inspection's record (filled on a phone, offline if need be).
export const enterpriseTypes = ['production', 'storage', 'trade', 'use', 'filling_station', 'warehouse', 'transport'] as const;
export type EnterpriseType = (typeof enterpriseTypes)[number]; // 生产 / 储存 / 经营 / 使用 / 加油加气站 / 仓储 / 运输

export const severityHints = ['general', 'major'] as const;
export type SeverityHint = (typeof severityHints)[number];

export const inspectionOutcomes = ['pass', 'fail', 'not_applicable'] as const;
export type InspectionOutcome = (typeof inspectionOutcomes)[number];

export const inspectionStatuses = ['planned', 'in_progress', 'submitted', 'cancelled'] as const;
export type InspectionStatus = (typeof inspectionStatuses)[number];

export const inspectionPlanKinds = ['double_random', 'key', 'special'] as const; // 双随机抽查 / 重点检查 / 专项检查
export type InspectionPlanKind = (typeof inspectionPlanKinds)[number];
export const inspectionPlanStatuses = ['draft', 'published'] as const;
export type InspectionPlanStatus = (typeof inspectionPlanStatuses)[number];

/** Draw weights: an enterprise's weight = area[its territory's area-risk level] × enterprise[its worst level]. */
export type DrawWeights = {
  area: Record<'red' | 'orange' | 'yellow' | 'blue' | 'none', number>;
  enterprise: Record<'red' | 'orange' | 'yellow' | 'blue' | 'none', number>;
};
export type DrawPoolEntry = { id: string; weight: number };
export type DrawConflict = { inspectorId: string; enterpriseId: string; reason: string };
export type DrawAssignment = { enterpriseId: string; inspectorIds: string[] };
/** The algorithm's versioned name, stored with every draw (docs/inspections-draw.md says what it does). */
export const DRAW_ALGORITHM = 'hazgov-draw-v1';

export type ChecklistItem = { id: string; sort: number; area: string; content: string; legalBasis: string; severityHint: SeverityHint; majorCriterion: string | null };
