// Ends one session. Idempotent: signing out twice, or with an expired cookie, is not an error.
import type { Actor } from '@hazgov/domain/orgs/scope';
import { deleteSession } from '@hazgov/db/auth/sessions.repository';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';

export type LogoutOptions = { actor: Actor | null; sessionId: string | null };

export async function logout(ctx: AppContext, opts: LogoutOptions): Promise<void> {
  const { actor, sessionId } = opts;
  if (!actor || !sessionId) return;
  await inTransaction(ctx, async (trx) => {
    await deleteSession(trx, sessionId);
    await recordAudit(trx, { actor, action: 'auth.logout', entity: 'user', entityId: actor.userId, at: ctx.now().toISOString() });
  });
}
