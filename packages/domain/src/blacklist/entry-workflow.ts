// The blacklist entry as a pure state machine (types.ts):
//   proposed --review_approve--> reviewed --decide--> decided --publish--> published
//   proposed --review_reject--> rejected (final)
//   published --apply_repair--> repairing --approve_repair--> removed; repairing --reject_repair--> published
//   published | repairing --remove--> removed (by decision, e.g. the listing was wrong)
//   published | repairing --expire (scheduler)--> expired
// Four eyes: the reviewer may not be the proposer (checked with the people, in the use case: mayReview).
import type { Role } from '../orgs/roles.js';
import { stateMachine } from '../shared/state-machine.js';
import type { EntryAction, EntryStatus } from './types.js';

const workflow = stateMachine<EntryStatus, EntryAction>([
  { from: 'proposed', action: 'review_approve', to: 'reviewed' },
  { from: 'proposed', action: 'review_reject', to: 'rejected' },
  { from: 'reviewed', action: 'decide', to: 'decided' },
  { from: 'decided', action: 'publish', to: 'published' },
  { from: 'published', action: 'apply_repair', to: 'repairing' },
  { from: 'repairing', action: 'approve_repair', to: 'removed' },
  { from: 'repairing', action: 'reject_repair', to: 'published' },
  { from: 'published', action: 'remove', to: 'removed' },
  { from: 'repairing', action: 'remove', to: 'removed' },
  { from: 'published', action: 'expire', to: 'expired' },
  { from: 'repairing', action: 'expire', to: 'expired' },
], ['expire']);

export const nextEntryStatus = workflow.next;
/** The actions a user could take from a status (the scheduler's expire is not one). */
export const allowedEntryActions = workflow.allowed;

/** Who proposes a listing: the district admin, departments and territories (towns). */
export const ENTRY_PROPOSERS: readonly Role[] = ['district_admin', 'department', 'territory'];
/** Review, decision, publication, repair decisions and removal: the district admin and departments. */
export const ENTRY_DECIDERS: readonly Role[] = ['district_admin', 'department'];

/** May this role take this action? (the enterprise itself may apply for credit repair of its own listing: the use case
 * checks it is its own). The scheduler alone expires. */
export function mayActOnEntry(role: Role | 'system', action: EntryAction): boolean {
  if (action === 'expire') return role === 'system';
  if (role === 'system') return false;
  if (action === 'apply_repair') return role === 'enterprise' || ENTRY_DECIDERS.includes(role);
  return ENTRY_DECIDERS.includes(role);
}

/** Four eyes: the reviewer of a proposal is never the person who proposed it. */
export const mayReview = (proposedBy: string | null, reviewerId: string): boolean => proposedBy === null || proposedBy !== reviewerId;

/** The listing's end: listedFrom + months, same day of month, clamped to the month's last day (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
