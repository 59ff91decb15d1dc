// Sign-in with lockout: 5 consecutive failures lock the account for 15 minutes. Attempts while locked are
// refused without touching the lock, so an attacker cannot keep it alive forever, and the owner knows when
// it lifts. Every outcome is an audit row, written in the same transaction as the counters it changes.
import { AppError } from '@hazgov/domain/shared/app-error';
import { findUserByUsername, incrementFailedLogins, setLoginCounters } from '@hazgov/db/users/users.repository';
import { insertSession } from '@hazgov/db/auth/sessions.repository';
import { recordAudit, systemActor } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { burnPasswordCheck, verifyPassword } from './password-hash.js';
import { hashToken, newToken } from './session-token.js';
import { actorOf, sessionUserOf, type SessionUser } from './session-user.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export type LoginOptions = { username: string; password: string; ip?: string | null | undefined };
export type LoginResult = { token: string; csrfToken: string; user: SessionUser };

export async function login(ctx: AppContext, opts: LoginOptions): Promise<LoginResult> {
  const username = opts.username.trim();
  const now = ctx.now();
  const at = now.toISOString();
  const found = await findUserByUsername(ctx.database.db, username);

  if (!found || found.active !== 1) {
    await burnPasswordCheck(opts.password);
    await inTransaction(ctx, (trx) =>
      recordAudit(trx, { actor: systemActor(`anonymous:${username.slice(0, 64)}`), action: 'auth.login_failed', entity: 'user', entityId: found?.id ?? username.slice(0, 64), after: { reason: found ? 'inactive' : 'unknown_user', ip: opts.ip ?? null }, at }),
    );
    throw new AppError('INVALID_CREDENTIALS', 'auth');
  }
  const user = found;
  const actor = actorOf(sessionUserOf(user));

  if (user.locked_until && user.locked_until > at) {
    await inTransaction(ctx, (trx) =>
      recordAudit(trx, { actor, action: 'auth.login_refused_locked', entity: 'user', entityId: user.id, after: { lockedUntil: user.locked_until, ip: opts.ip ?? null }, at }),
    );
    throw new AppError('ACCOUNT_LOCKED', 'locked', { until: user.locked_until });
  }

  const ok = await verifyPassword(user.password_hash, opts.password);
  if (!ok) {
    const lockedUntil = await inTransaction(ctx, async (trx) => {
      const failed = await incrementFailedLogins(trx, user.id, at);
      if (failed < 0) return user.locked_until ?? at; // a parallel attempt locked the account meanwhile
      const lockNow = failed >= MAX_FAILED_LOGINS;
      const until = lockNow ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null;
      if (until) await setLoginCounters(trx, user.id, { failed_logins: 0, locked_until: until });
      await recordAudit(trx, { actor, action: 'auth.login_failed', entity: 'user', entityId: user.id, after: { failedLogins: failed, reason: 'wrong_password', ip: opts.ip ?? null }, at });
      if (until) await recordAudit(trx, { actor, action: 'auth.locked', entity: 'user', entityId: user.id, after: { lockedUntil: until, failures: failed }, at });
      return until;
    });
    if (lockedUntil) throw new AppError('ACCOUNT_LOCKED', 'locked', { until: lockedUntil });
    throw new AppError('INVALID_CREDENTIALS', 'auth');
  }

  const token = newToken();
  const csrfToken = newToken();
  await inTransaction(ctx, async (trx) => {
    await setLoginCounters(trx, user.id, { failed_logins: 0, locked_until: null });
    await insertSession(trx, { id: hashToken(token), user_id: user.id, csrf_token: csrfToken, created_at: at, last_seen_at: at, ip: opts.ip ?? null });
    await recordAudit(trx, { actor, action: 'auth.login', entity: 'user', entityId: user.id, after: { ip: opts.ip ?? null }, at });
  });
  return { token, csrfToken, user: sessionUserOf(user) };
}
