// What the entry page offers: the next actions of an entry's status, who may take them, and what each asks for. The
// server's workflow (domain/blacklist/entry-workflow.ts) is the judge — this only decides which buttons to show; a
// refused action comes back as the server's message. `expire` is the scheduler's, never a button.
import type { Role } from '@hazgov/domain/orgs/roles';
import type { EntryAction, EntryStatus } from '../api/blacklist.types';

export const nextActions: Record<EntryStatus, readonly EntryAction[]> = {
  proposed: ['review_approve', 'review_reject'],
  reviewed: ['decide'],
  rejected: [],
  decided: ['publish'],
  published: ['apply_repair', 'remove'],
  repairing: ['approve_repair', 'reject_repair'],
  removed: [],
  expired: [],
};

const deciders: readonly Role[] = ['district_admin', 'department'];

/** Who may press it (as domain/blacklist/entry-workflow.ts mayActOnEntry): the office and departments decide; a repair
 * is applied for by the listed enterprise or by them on its behalf. Used when the server gives no allowedActions. */
export function mayTake(action: EntryAction, role: Role): boolean {
  if (action === 'expire') return false;
  if (action === 'apply_repair') return role === 'enterprise' || deciders.includes(role);
  return deciders.includes(role);
}

export function actionsFor(status: EntryStatus, role: Role): EntryAction[] {
  return nextActions[status].filter((a) => mayTake(a, role));
}

/** The fields the action's dialog asks for, and which are required. */
export type ActionField = 'comment' | 'decisionNo' | 'durationMonths' | 'departmentIds' | 'measures' | 'note';
export const actionFields: Record<EntryAction, { field: ActionField; required: boolean }[]> = {
  review_approve: [{ field: 'comment', required: false }],
  review_reject: [{ field: 'comment', required: true }],
  decide: [{ field: 'decisionNo', required: true }, { field: 'durationMonths', required: true }, { field: 'comment', required: false }],
  publish: [{ field: 'departmentIds', required: true }, { field: 'measures', required: true }],
  apply_repair: [{ field: 'note', required: true }],
  approve_repair: [{ field: 'comment', required: false }],
  reject_repair: [{ field: 'comment', required: true }],
  remove: [{ field: 'comment', required: true }],
  expire: [],
};

/** The lifecycle as steps: where the entry stands, and whether it ended off the main road (rejected). */
export const stepKeys = ['proposed', 'reviewed', 'decided', 'published', 'repairing', 'ended'] as const;
export type StepKey = (typeof stepKeys)[number];

export function currentStep(status: EntryStatus): { index: number; state: 'process' | 'error' | 'finish' } {
  switch (status) {
    case 'proposed': return { index: 0, state: 'process' };
    case 'reviewed': return { index: 1, state: 'process' };
    case 'rejected': return { index: 1, state: 'error' };
    case 'decided': return { index: 2, state: 'process' };
    case 'published': return { index: 3, state: 'process' };
    case 'repairing': return { index: 4, state: 'process' };
    case 'removed':
    case 'expired': return { index: 5, state: 'finish' };
  }
}

export const statusColor: Record<EntryStatus, string> = {
  proposed: 'blue', reviewed: 'cyan', rejected: 'default', decided: 'geekblue', published: 'red', repairing: 'orange', removed: 'green', expired: 'default',
};

/** The longest duration among the chosen criteria (the decision's default), else the data file's default of 12 months. */
export function defaultDuration(criteria: { durationMonths: number }[]): number {
  return criteria.reduce((m, c) => Math.max(m, c.durationMonths || 0), 0) || 12;
}
