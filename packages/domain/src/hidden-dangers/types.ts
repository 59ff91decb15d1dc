// The vocabulary of hidden dangers (隐患, GLOSSARY `hazardFinding`): found → rectified with evidence → verified → closed,
// the loop that answers "how do I know this finding from six months ago was fixed?". The transitions live in
// hidden-dangers/finding-workflow.ts as a pure state machine.
export const findingSeverities = ['general', 'major'] as const; // 一般隐患 / 重大隐患
export type FindingSeverity = (typeof findingSeverities)[number];

export const findingSources = ['inspection', 'self_check', 'report', 'other'] as const; // 执法检查 / 企业自查 / 举报 / 其他
export type FindingSource = (typeof findingSources)[number];

/** open: found, waiting for the enterprise's plan; rectifying: plan in hand; awaiting_verification: reported done with
 * evidence; closed: verified by an inspector. A return sends it back to rectifying; a reopen brings a closed one back. */
export const findingStatuses = ['open', 'rectifying', 'awaiting_verification', 'closed'] as const;
export type FindingStatus = (typeof findingStatuses)[number];

export const findingActions = ['submit_plan', 'submit_rectification', 'verify', 'return', 'reopen', 'extend_deadline'] as const;
export type FindingAction = (typeof findingActions)[number];

/** 0 none; 1 the territory is told; 2 the responsible department; 3 the district office (区安委办). */
export const escalationLevels = [0, 1, 2, 3] as const;
export type EscalationLevel = (typeof escalationLevels)[number];
/** Days past the deadline at which each level is reached (a setting; this is the documented default). */
export type EscalationRule = { territoryDays: number; departmentDays: number; districtDays: number };

export const supervisionStatuses = ['listed', 'delisted'] as const; // 挂牌督办 / 摘牌
export type SupervisionStatus = (typeof supervisionStatuses)[number];

/** A criterion that makes a hidden danger major (重大隐患判定标准), from data/inspections/major-criteria.json or the admin. */
export type MajorCriterion = { key: string; text: string; basis: string; verified: boolean };
