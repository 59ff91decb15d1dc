// The enforcement case as a pure state machine (types.ts). Two tracks:
//   order (责令限期整改):  issued --comply--> complied --close--> closed
//                         issued --mark_overdue (scheduler)--> overdue --comply--> complied; overdue --close--> closed
//                         (an order left unanswered is closed by passing it to a penalty case: close from overdue)
//   penalty (行政处罚):    filed --investigate--> investigating --notify_party--> notified --decide--> decided
//                         --execute--> executed --close--> closed
// Publication (行政处罚决定公开) is not a status: a decided, executed or closed penalty may be published once.
import type { Role } from '../orgs/roles.js';
import { stateMachine, type StateMachine } from '../shared/state-machine.js';
import type { CaseKind, CaseStatus } from './types.js';

export const caseActions = ['comply', 'mark_overdue', 'close', 'investigate', 'notify_party', 'decide', 'execute'] as const;
export type CaseAction = (typeof caseActions)[number];

const workflows: Record<CaseKind, StateMachine<CaseStatus, CaseAction>> = {
  rectification_order: stateMachine<CaseStatus, CaseAction>([
    { from: 'issued', action: 'comply', to: 'complied' },
    { from: 'issued', action: 'mark_overdue', to: 'overdue' },
    { from: 'overdue', action: 'comply', to: 'complied' },
    { from: 'complied', action: 'close', to: 'closed' },
    { from: 'overdue', action: 'close', to: 'closed' },
  ], ['mark_overdue']),
  penalty: stateMachine<CaseStatus, CaseAction>([
    { from: 'filed', action: 'investigate', to: 'investigating' },
    { from: 'investigating', action: 'notify_party', to: 'notified' },
    { from: 'notified', action: 'decide', to: 'decided' },
    { from: 'decided', action: 'execute', to: 'executed' },
    { from: 'executed', action: 'close', to: 'closed' },
  ]),
};

export const initialCaseStatus = (kind: CaseKind): CaseStatus => (kind === 'rectification_order' ? 'issued' : 'filed');

/** The status an action leads to from here, or null when the workflow does not allow it. */
export function nextCaseStatus(kind: CaseKind, from: CaseStatus, action: CaseAction): CaseStatus | null {
  return workflows[kind].next(from, action);
}

/** The actions a user could take from a status (the scheduler's mark_overdue is not one). */
export function allowedCaseActions(kind: CaseKind, from: CaseStatus): CaseAction[] {
  return workflows[kind].allowed(from);
}

/** Who enforces: the district admin, departments (区安全监管局 …) and inspectors. Towns and enterprises read only. */
export const CASE_WRITERS: readonly Role[] = ['district_admin', 'department', 'inspector'];
/** A decision (决定) and its publication are the department's or the admin's, not a single inspector's. */
export const CASE_DECIDERS: readonly Role[] = ['district_admin', 'department'];

export function mayActOnCase(role: Role | 'system', action: CaseAction): boolean {
  if (action === 'mark_overdue') return role === 'system';
  if (role === 'system') return false;
  if (action === 'decide') return CASE_DECIDERS.includes(role);
  return CASE_WRITERS.includes(role);
}

/** Published: a penalty that has been decided (and maybe executed or closed), not published before. */
export function mayPublishCase(kind: CaseKind, status: CaseStatus, publishedAt: string | null): boolean {
  return kind === 'penalty' && ['decided', 'executed', 'closed'].includes(status) && publishedAt === null;
}
