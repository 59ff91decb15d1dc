// Creates hazard findings inside the caller's transaction (an inspection's submission turns every failed item into
// one; a regulator or an enterprise's self-check adds one by hand): severity from the criteria, 挂牌督办 for a major
// one, the audit entry and the notifications. Returns the new ids in input order.
import type { Db } from '@hazgov/db/database';
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { FindingSource } from '@hazgov/domain/hidden-dangers/types';
import type { AppContext } from '../shared/context.js';

export type NewFinding = {
  enterpriseId: string; inspectionId: string | null; itemId: string | null; source: FindingSource; category: string;
  description: string; legalBasis: string | null; majorCriteria: string[]; deadline: string; foundOn: string;
};

export async function insertFindings(trx: Db, ctx: AppContext, actor: Actor, findings: readonly NewFinding[]): Promise<string[]> {
  void trx; void ctx; void actor; void findings;
  throw new Error('insertFindings: not built yet (H3)');
}
