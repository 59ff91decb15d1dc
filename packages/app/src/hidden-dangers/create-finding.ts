// A finding recorded by hand (POST /api/hidden-dangers): a regulator for any enterprise in scope, an enterprise's own
// user for its self-check (source forced to self_check). Checked and written by insertFindings in one transaction.
import { findEnterpriseInScope } from '@hazgov/db/enterprises/enterprises.repository';
import { REGULATOR_ROLES } from '@hazgov/domain/hidden-dangers/finding-workflow';
import type { FindingSeverity, FindingSource } from '@hazgov/domain/hidden-dangers/types';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { forbidden, invalid } from '@hazgov/domain/shared/app-error';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { insertFindings } from './create-findings.js';

export type FindingInput = {
  enterpriseId: string; category: string; description: string; severity?: FindingSeverity | null | undefined;
  majorCriteria?: string[] | null | undefined; deadline: string; legalBasis?: string | null | undefined; source: FindingSource;
};

export async function createFinding(ctx: AppContext, opts: { actor: Actor; input: FindingInput }): Promise<string> {
  const { actor, input } = opts;
  if (actor.role !== 'enterprise' && !REGULATOR_ROLES.includes(actor.role)) throw forbidden();
  const criteria = input.majorCriteria ?? [];
  if (input.severity === 'major' && criteria.length === 0) {
    throw invalid('FINDING_MAJOR_NEEDS_CRITERION', [{ field: 'majorCriteria', code: 'FINDING_MAJOR_NEEDS_CRITERION' }]);
  }
  return inTransaction(ctx, async (trx) => {
    const enterprise = await findEnterpriseInScope(trx, input.enterpriseId, enterpriseScopeOf(actor));
    if (!enterprise) throw invalid('FINDING_ENTERPRISE_UNKNOWN', [{ field: 'enterpriseId', code: 'FINDING_ENTERPRISE_UNKNOWN' }]);
    const source: FindingSource = actor.role === 'enterprise' ? 'self_check' : input.source;
    const [id] = await insertFindings(trx, ctx, actor, [{
      enterpriseId: enterprise.id, inspectionId: null, itemId: null, source, category: input.category, description: input.description,
      legalBasis: input.legalBasis ?? null, majorCriteria: criteria, deadline: input.deadline, foundOn: chinaDateOf(ctx.now()),
    }]);
    return id!;
  });
}
