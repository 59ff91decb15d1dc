// Declarations: an enterprise's own (every year), the regulators' queue by status, and one with its snapshot
// beside the last approved one before it (what changed since). All scoped like the enterprise record.
import {
  findDeclarationInScope, lastApprovedBefore, listDeclarationsByStatus, listDeclarationsOf, type DeclarationListRow,
} from '@hazgov/db/enterprises/declarations.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { notFound } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';
import { requireEnterpriseInScope } from './enterprise-access.js';
import type { EnterpriseRecord } from './enterprise-record.js';
import { parseSnapshot, recordOfSnapshot } from './record-snapshot.js';

export const QUEUE_LIMIT = 500;

export async function listDeclarations(ctx: AppContext, opts: { actor: Actor; enterpriseId: string }): Promise<DeclarationListRow[]> {
  const enterprise = await requireEnterpriseInScope(ctx.database.db, opts.actor, opts.enterpriseId);
  return listDeclarationsOf(ctx.database.db, enterprise.id);
}

export async function listDeclarationQueue(ctx: AppContext, opts: { actor: Actor; status: string }): Promise<DeclarationListRow[]> {
  return listDeclarationsByStatus(ctx.database.db, { scope: enterpriseScopeOf(opts.actor), status: opts.status, limit: QUEUE_LIMIT });
}

export async function getDeclaration(ctx: AppContext, opts: { actor: Actor; declarationId: string }): Promise<{
  declaration: DeclarationListRow; snapshot: EnterpriseRecord | null; previousSnapshot: EnterpriseRecord | null;
}> {
  const db = ctx.database.db;
  const declaration = await findDeclarationInScope(db, opts.declarationId, enterpriseScopeOf(opts.actor));
  if (!declaration) throw notFound('enterprise_declaration');
  const previous = await lastApprovedBefore(db, declaration.enterprise_id, declaration.year);
  const asRecord = async (json: string | null): Promise<EnterpriseRecord | null> => {
    const snapshot = parseSnapshot(json);
    return snapshot ? recordOfSnapshot(db, snapshot) : null;
  };
  return { declaration, snapshot: await asRecord(declaration.snapshot_json), previousSnapshot: await asRecord(previous?.snapshot_json ?? null) };
}
