// Who reads and writes which enforcement case: everyone reads the cases of the enterprises in their enterprise scope
// (outside it: 404); the district admin, departments and inspectors act (domain/enforcement/case-workflow.ts).
import type { Db } from '@hazgov/db/database';
import { findCaseInScope, type CaseView } from '@hazgov/db/enforcement/enforcement-cases.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { notFound } from '@hazgov/domain/shared/app-error';

export async function requireCaseInScope(db: Db, actor: Actor, id: string): Promise<CaseView> {
  const row = await findCaseInScope(db, id, enterpriseScopeOf(actor));
  if (!row) throw notFound('enforcement_case');
  return row;
}

/** The row as the audit keeps it (before / after of a change). */
export const auditedCase = (c: { id: string; kind: string; status: string; decision_no: string | null; amount: string | null; deadline: string | null; published_at: string | null; version: number }) => ({
  id: c.id, kind: c.kind, status: c.status, decision_no: c.decision_no, amount: c.amount, deadline: c.deadline, published_at: c.published_at, version: c.version,
});
