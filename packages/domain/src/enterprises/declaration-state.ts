// The self-declaration workflow: the enterprise drafts, submits; a regulator approves or returns it with a comment;
// a returned declaration goes back to draft when the enterprise edits its record, and may be submitted again.
// While submitted the enterprise cannot edit (the regulator reviews a record that holds still).
import type { DeclarationStatus, EnterpriseDeclarationStatus } from './enterprise-values.js';

export type DeclarationAction = 'submit' | 'approve' | 'return' | 'edit';

const NEXT: Readonly<Record<DeclarationAction, Partial<Record<DeclarationStatus, DeclarationStatus>>>> = {
  submit: { draft: 'submitted', returned: 'submitted' },
  approve: { submitted: 'approved' },
  return: { submitted: 'returned' },
  // an edit reopens a returned declaration; a draft stays a draft; an approved one keeps its approval (its snapshot
  // is what was approved; later edits show in the history); a submitted one cannot be edited at all
  edit: { draft: 'draft', returned: 'draft', approved: 'approved' },
};

/** The state after the action, or null when the action is not allowed from this state. */
export function nextDeclarationStatus(status: DeclarationStatus, action: DeclarationAction): DeclarationStatus | null {
  return NEXT[action][status] ?? null;
}

/** Whether the enterprise itself may change its record now (regulators may always, within their jurisdiction). */
export function enterpriseMayEdit(status: EnterpriseDeclarationStatus): boolean {
  return status !== 'submitted';
}

/** A declaration still being worked on: a new year's declaration waits until it is settled. */
export const isOpenDeclaration = (status: DeclarationStatus): boolean => status === 'draft' || status === 'submitted' || status === 'returned';
