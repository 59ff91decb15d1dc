// Who reads which blacklist entry: everyone reads the entries of the enterprises in their enterprise scope (outside it:
// 404). A person's ID number is shown whole only to the district admin and departments (masked for everyone else).
import type { Db } from '@hazgov/db/database';
import { findEntryInScope, type EntryView } from '@hazgov/db/blacklist/blacklist-entries.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { notFound } from '@hazgov/domain/shared/app-error';

/** What an enterprise sees of its own entries: the listing once published and what became of it — a proposal, its
 * review and the decision before publication are the regulators' deliberation. Undefined: no restriction. */
export const ENTERPRISE_VISIBLE_STATUSES: readonly string[] = ['published', 'repairing', 'removed', 'expired'];
export const visibleStatusesFor = (actor: Actor): readonly string[] | undefined => (actor.role === 'enterprise' ? ENTERPRISE_VISIBLE_STATUSES : undefined);

export async function requireEntryInScope(db: Db, actor: Actor, id: string): Promise<EntryView> {
  const row = await findEntryInScope(db, id, enterpriseScopeOf(actor));
  const visible = visibleStatusesFor(actor);
  if (!row || (visible && !visible.includes(row.status))) throw notFound('blacklist_entry');
  return row;
}

export const maySeeIdNumber = (actor: Actor): boolean => actor.role === 'district_admin' || actor.role === 'department';

/** The row as the audit keeps it: never the ID number itself (the audit is read by more people than the entry). */
export const auditedEntry = (e: { id: string; status: string; party_kind: string; party_name: string; criteria_json: string; decision_no: string | null; listed_from: string | null; listed_until: string | null; duration_months: number; version: number }) => ({
  id: e.id, status: e.status, party_kind: e.party_kind, party_name: e.party_name, criteria: JSON.parse(e.criteria_json) as string[], decision_no: e.decision_no,
  listed_from: e.listed_from, listed_until: e.listed_until, duration_months: e.duration_months, version: e.version,
});
