// The two tracks of a case as Steps (an order: 下达 → 整改 → 结案; a penalty: 立案 → 调查取证 → 告知 → 决定 → 执行 → 结案), where
// the case stands on its track, and the buttons offered: the domain's allowed actions that this role may take. Pure.
import { allowedCaseActions, mayActOnCase, mayPublishCase } from '@hazgov/domain/enforcement/case-workflow';
import type { Role } from '@hazgov/domain/orgs/roles';
import type { CaseAction, CaseKind, CaseStatus } from '../api/enforcement.types';

const orderTrack: CaseStatus[] = ['issued', 'complied', 'closed'];
const penaltyTrack: CaseStatus[] = ['filed', 'investigating', 'notified', 'decided', 'executed', 'closed'];

export function trackOf(kind: CaseKind): CaseStatus[] {
  return kind === 'rectification_order' ? orderTrack : penaltyTrack;
}

/** The step of `status` on its track; an overdue order stands at the 整改 step, in error. */
export function trackPosition(kind: CaseKind, status: CaseStatus): { current: number; state: 'process' | 'error' | 'finish' } {
  if (status === 'closed') return { current: trackOf(kind).length - 1, state: 'finish' };
  if (status === 'overdue') return { current: 1, state: 'error' };
  return { current: Math.max(0, trackOf(kind).indexOf(status)), state: 'process' };
}

export function caseButtons(role: Role, kind: CaseKind, status: CaseStatus): CaseAction[] {
  return allowedCaseActions(kind, status).filter((a) => mayActOnCase(role, a));
}

export function canPublish(role: Role, kind: CaseKind, status: CaseStatus, publishedAt: string | null): boolean {
  return (role === 'district_admin' || role === 'department') && mayPublishCase(kind, status, publishedAt);
}
