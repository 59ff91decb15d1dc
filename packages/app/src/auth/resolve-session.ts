// Turns a session cookie into the signed-in user, enforcing the idle timeout. Refreshing last_seen_at is
// housekeeping, not a user action: it is not audited, and it is written at most once a minute so that a busy
// page does not turn every read into a write.
import type { Actor } from '@hazgov/domain/orgs/scope';
import { deleteSession, findSession, touchSession } from '@hazgov/db/auth/sessions.repository';
import { findUserById } from '@hazgov/db/users/users.repository';
import type { AppContext } from '../shared/context.js';
import { hashToken } from './session-token.js';
import { actorOf, sessionUserOf, type SessionUser } from './session-user.js';

export const TOUCH_INTERVAL_MS = 60_000;

export type ResolvedSession =
  | { kind: 'active'; sessionId: string; csrfToken: string; user: SessionUser; actor: Actor }
  | { kind: 'expired' }
  | { kind: 'none' };

export type ResolveSessionOptions = { token: string; idleMinutes: number };

export async function resolveSession(ctx: AppContext, opts: ResolveSessionOptions): Promise<ResolvedSession> {
  if (!opts.token) return { kind: 'none' };
  const db = ctx.database.db;
  const id = hashToken(opts.token);
  const session = await findSession(db, id);
  if (!session) return { kind: 'none' };
  const now = ctx.now().getTime();
  const idleMs = now - Date.parse(session.last_seen_at);
  if (idleMs > opts.idleMinutes * 60_000) {
    await deleteSession(db, id);
    return { kind: 'expired' };
  }
  const row = await findUserById(db, session.user_id);
  if (!row || row.active !== 1) {
    await deleteSession(db, id);
    return { kind: 'none' };
  }
  if (idleMs >= TOUCH_INTERVAL_MS) await touchSession(db, id, new Date(now).toISOString());
  const user = sessionUserOf(row);
  return { kind: 'active', sessionId: id, csrfToken: session.csrf_token, user, actor: actorOf(user) };
}
