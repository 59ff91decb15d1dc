// The vocabulary of enforcement (执法): orders to rectify within a deadline (责令限期整改指令书) and administrative
// penalties (行政处罚决定书) with their case status; decisions are published (行政处罚决定公开). Transitions in
// enforcement/case-workflow.ts.
export const caseKinds = ['rectification_order', 'penalty'] as const;
export type CaseKind = (typeof caseKinds)[number];

/** An order: issued → complied | overdue → closed. A penalty: filed (立案) → investigating (调查取证) → notified (告知)
 * → decided (决定) → executed (执行) → closed (结案). */
export const caseStatuses = ['issued', 'complied', 'overdue', 'filed', 'investigating', 'notified', 'decided', 'executed', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const penaltyKinds = ['warning', 'fine', 'confiscation', 'suspension', 'licence_revocation'] as const; // 警告 / 罚款 / 没收违法所得 / 责令停产停业 / 吊销许可证
export type PenaltyKind = (typeof penaltyKinds)[number];
