// The session cookie: httpOnly (no script can read it), SameSite=Strict (never sent on a cross-site request),
// Secure whenever the request came over HTTPS, signed with the server secret so a forged value is rejected
// before any database lookup. No Max-Age: the server decides expiry (idle timeout), the browser forgets it on close.
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'hazgov_session';
export const LOCALE_COOKIE = 'hazgov_locale';

export function readSessionToken(request: FastifyRequest): string | null {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? unsigned.value : null;
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https', path: '/', signed: true });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https', path: '/' });
}
