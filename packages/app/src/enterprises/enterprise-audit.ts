// Every write to an enterprise or one of its parts is audited under the ENTERPRISE's id (entity_id), the entity
// naming what changed ('enterprise', 'enterprise_licence', 'enterprise_site', 'enterprise_unit', 'inventory',
// 'enterprise_declaration') and before/after carrying the part's own id. So the enterprise's history is one indexed
// lookup, and a deleted licence or unit stays in it. (recomputeUnit records identification changes under the unit's
// id; the history adds those through the unit ids.) Also: an edit by the enterprise reopens a returned declaration.
import type { Db } from '@hazgov/db/database';
import { currentDeclarationOf, updateDeclaration } from '@hazgov/db/enterprises/declarations.repository';
import { updateEnterprise, type EnterpriseRow } from '@hazgov/db/enterprises/enterprises.repository';
import { nextDeclarationStatus } from '@hazgov/domain/enterprises/declaration-state';
import type { DeclarationStatus } from '@hazgov/domain/enterprises/enterprise-values';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { recordAudit, type AuditActor } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';

export type EnterpriseEntity = 'enterprise' | 'enterprise_licence' | 'enterprise_site' | 'enterprise_unit' | 'inventory' | 'enterprise_declaration';

export async function auditEnterprise(
  trx: Db,
  ctx: AppContext,
  e: { actor: AuditActor; enterpriseId: string; entity: EnterpriseEntity; action: string; before?: unknown; after?: unknown },
): Promise<void> {
  await recordAudit(trx, { actor: e.actor, action: e.action, entity: e.entity, entityId: e.enterpriseId, before: e.before, after: e.after, at: ctx.now().toISOString() });
}

/** After an edit of the record by the enterprise itself: a returned declaration goes back to draft. */
export async function reopenDeclarationAfterEdit(trx: Db, ctx: AppContext, actor: Actor, enterprise: EnterpriseRow): Promise<void> {
  if (actor.role !== 'enterprise' || enterprise.declaration_status !== 'returned') return;
  const current = await currentDeclarationOf(trx, enterprise.id);
  if (!current) return;
  const next = nextDeclarationStatus(current.status as DeclarationStatus, 'edit');
  if (!next || next === current.status) return;
  const at = ctx.now().toISOString();
  await updateDeclaration(trx, current.id, { status: next, updated_at: at });
  await updateEnterprise(trx, enterprise.id, { declaration_status: next, updated_at: at });
  await auditEnterprise(trx, ctx, {
    actor, enterpriseId: enterprise.id, entity: 'enterprise_declaration', action: 'enterprise_declaration.reopened',
    before: { id: current.id, status: current.status }, after: { id: current.id, status: next },
  });
}
