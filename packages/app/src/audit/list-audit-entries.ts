// The audit log as the district office reads it: newest first, filtered by entity.
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError } from '@hazgov/domain/shared/app-error';
import { listAudit, type AuditRow } from '@hazgov/db/audit/audit.repository';
import type { AppContext } from '../shared/context.js';

export type ListAuditEntriesOptions = { actor: Actor; entity?: string | undefined; entityId?: string | undefined; limit?: number | undefined };

export const MAX_AUDIT_PAGE = 500;

export async function listAuditEntries(ctx: AppContext, opts: ListAuditEntriesOptions): Promise<AuditRow[]> {
  if (opts.actor.role !== 'district_admin') throw new AppError('FORBIDDEN', 'forbidden');
  const limit = Math.min(Math.max(opts.limit ?? 100, 1), MAX_AUDIT_PAGE);
  return listAudit(ctx.database.db, { entity: opts.entity, entityId: opts.entityId, limit });
}
