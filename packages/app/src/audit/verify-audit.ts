// Verifies the whole chain on behalf of a user (the CLI calls verifyAuditChain directly: it has the database).
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';
import { verifyAuditChain, type VerifyResult } from './audit-chain.js';

export async function verifyAudit(ctx: AppContext, opts: { actor: Actor }): Promise<VerifyResult> {
  if (opts.actor.role !== 'district_admin') throw new AppError('FORBIDDEN', 'forbidden');
  return verifyAuditChain(ctx.database.db);
}
