// Where a finding stands in its loop (发现 → 整改方案 → 整改完成待核查 → 核查闭环), for the Steps on its page, and which
// actions the signed-in user is offered. The server's state machine (domain/hidden-dangers/finding-workflow.ts) decides;
// this only avoids showing buttons that would be refused. Pure.
import type { Role } from '@hazgov/domain/orgs/roles';
import type { FindingAction, FindingStatus } from '../api/hidden-dangers.types';

export const loopSteps = ['found', 'plan', 'rectified', 'closed'] as const;
export type LoopStep = (typeof loopSteps)[number];

const stepOf: Record<FindingStatus, number> = { open: 0, rectifying: 1, awaiting_verification: 2, closed: 3 };

/** The current step and how it is shown: a finding sent back is in error at the rectification step. */
export function loopPosition(status: FindingStatus, returned: boolean): { current: number; state: 'process' | 'error' | 'finish' } {
  if (status === 'closed') return { current: 3, state: 'finish' };
  return { current: stepOf[status], state: returned && status === 'rectifying' ? 'error' : 'process' };
}

const regulators: readonly Role[] = ['district_admin', 'department', 'territory', 'inspector'];

/** The actions offered to `role` on a finding in `status` (the enterprise rectifies, a regulator verifies). */
export function actionsFor(role: Role, status: FindingStatus): FindingAction[] {
  if (role === 'enterprise') {
    if (status === 'open' || status === 'rectifying') return status === 'open' ? ['submit_plan'] : ['submit_plan', 'submit_rectification'];
    return [];
  }
  if (!regulators.includes(role)) return [];
  if (status === 'awaiting_verification') return ['verify', 'return', 'extend_deadline'];
  if (status === 'closed') return ['reopen'];
  return ['extend_deadline'];
}

/** The enterprise adds rectification evidence while it rectifies; a regulator adds verification photos when checking. */
export function evidenceKindFor(role: Role, status: FindingStatus): 'rectification' | 'verification' | null {
  if (role === 'enterprise') return status === 'open' || status === 'rectifying' ? 'rectification' : null;
  return regulators.includes(role) && status === 'awaiting_verification' ? 'verification' : null;
}

/** 挂牌督办 is set or lifted by the district office and departments, on major findings only. */
export function canSupervise(role: Role, severity: string): boolean {
  return severity === 'major' && (role === 'district_admin' || role === 'department');
}
