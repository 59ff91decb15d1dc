// Starts a year's self-declaration (a draft). With copyForward the record is first restored from the latest
// approved declaration before that year, so the enterprise only changes what changed. Years go forward: a year at
// or before an existing declaration's is refused, and so is a new one while another is still open.
import crypto from 'node:crypto';
import {
  findDeclarationOfYear, insertDeclaration, lastApprovedBefore, listDeclarationsOf, type DeclarationRow,
} from '@hazgov/db/enterprises/declarations.repository';
import { updateEnterprise } from '@hazgov/db/enterprises/enterprises.repository';
import { isOpenDeclaration } from '@hazgov/domain/enterprises/declaration-state';
import type { DeclarationStatus } from '@hazgov/domain/enterprises/enterprise-values';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { requireEnterpriseInScope, requireMayDeclare, requireMayEdit } from './enterprise-access.js';
import { auditEnterprise } from './enterprise-audit.js';
import { parseSnapshot, restoreFromSnapshot } from './record-snapshot.js';

export async function startDeclaration(ctx: AppContext, opts: { actor: Actor; enterpriseId: string; year: number; copyForward: boolean }): Promise<DeclarationRow> {
  return inTransaction(ctx, async (trx) => {
    const enterprise = await requireEnterpriseInScope(trx, opts.actor, opts.enterpriseId);
    requireMayDeclare(opts.actor, enterprise);
    const existing = await listDeclarationsOf(trx, enterprise.id);
    const open = existing.find((d) => isOpenDeclaration(d.status as DeclarationStatus));
    if (open) throw new AppError('DECLARATION_OPEN_EXISTS', 'conflict', { year: open.year });
    const latest = existing[0];
    if ((await findDeclarationOfYear(trx, enterprise.id, opts.year)) || (latest && latest.year >= opts.year)) {
      throw new AppError('DECLARATION_YEAR_EXISTS', 'conflict', { year: latest && latest.year > opts.year ? latest.year : opts.year });
    }
    let copiedFromId: string | null = null;
    if (opts.copyForward) {
      requireMayEdit(opts.actor, enterprise);
      const source = await lastApprovedBefore(trx, enterprise.id, opts.year);
      const snapshot = parseSnapshot(source?.snapshot_json ?? null);
      if (!source || !snapshot) throw new AppError('DECLARATION_NOTHING_TO_COPY', 'conflict', { year: opts.year });
      await restoreFromSnapshot(trx, ctx, { actor: opts.actor, enterprise, snapshot });
      copiedFromId = source.id;
    }
    const at = ctx.now().toISOString();
    const row: DeclarationRow = {
      id: crypto.randomUUID(), enterprise_id: enterprise.id, path: enterprise.path, year: opts.year, status: 'draft', snapshot_json: null,
      copied_from_id: copiedFromId, submitted_at: null, submitted_by: null, reviewed_at: null, reviewed_by: null, review_comment: null,
      created_at: at, updated_at: at,
    };
    await insertDeclaration(trx, row);
    await updateEnterprise(trx, enterprise.id, { declaration_status: 'draft', updated_at: at });
    await auditEnterprise(trx, ctx, {
      actor: opts.actor, enterpriseId: enterprise.id, entity: 'enterprise_declaration',
      action: copiedFromId ? 'enterprise_declaration.copied_forward' : 'enterprise_declaration.started', after: row,
    });
    return row;
  });
}
