// One enterprise's whole record, when it lies in the actor's enterprise scope (else 404).
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';
import { requireEnterpriseInScope } from './enterprise-access.js';
import { loadEnterpriseRecord, type EnterpriseRecord } from './enterprise-record.js';

export async function getEnterprise(ctx: AppContext, opts: { actor: Actor; enterpriseId: string }): Promise<EnterpriseRecord> {
  const db = ctx.database.db;
  const enterprise = await requireEnterpriseInScope(db, opts.actor, opts.enterpriseId);
  return loadEnterpriseRecord(db, enterprise);
}
