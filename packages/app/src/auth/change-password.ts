// A user changes their own password. The current password is required (a stolen, unlocked session must not be
// enough to take the account over), and every other session of the user ends.
import type { Actor } from '@hazgov/domain/orgs/scope';
import { checkPassword } from '@hazgov/domain/orgs/password-policy';
import { AppError, invalid } from '@hazgov/domain/shared/app-error';
import { findUserById, setPasswordHash } from '@hazgov/db/users/users.repository';
import { deleteOtherSessions } from '@hazgov/db/auth/sessions.repository';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { passwordProblemDetails } from '../users/password-problems.js';
import { hashPassword, verifyPassword } from './password-hash.js';

export type ChangePasswordOptions = { actor: Actor; sessionId: string | null; currentPassword: string; newPassword: string };

export async function changePassword(ctx: AppContext, opts: ChangePasswordOptions): Promise<void> {
  const problems = checkPassword(opts.newPassword, opts.actor.username);
  if (problems.length > 0) throw invalid('PASSWORD_POLICY', passwordProblemDetails(problems, 'newPassword'));
  if (opts.newPassword === opts.currentPassword) {
    throw invalid('PASSWORD_UNCHANGED', [{ field: 'newPassword', code: 'PASSWORD_UNCHANGED' }]);
  }
  const user = await findUserById(ctx.database.db, opts.actor.userId);
  if (!user) throw new AppError('NOT_AUTHENTICATED', 'auth');
  if (!(await verifyPassword(user.password_hash, opts.currentPassword))) {
    throw invalid('CURRENT_PASSWORD_WRONG', [{ field: 'currentPassword', code: 'CURRENT_PASSWORD_WRONG' }]);
  }
  const passwordHash = await hashPassword(opts.newPassword);
  const at = ctx.now().toISOString();
  await inTransaction(ctx, async (trx) => {
    await setPasswordHash(trx, user.id, passwordHash, at);
    await deleteOtherSessions(trx, user.id, opts.sessionId);
    // The hash is never written to the audit log: a log reader must not be handed offline-guessable material.
    await recordAudit(trx, { actor: opts.actor, action: 'auth.password_changed', entity: 'user', entityId: user.id, after: { passwordChangedAt: at }, at });
  });
}
