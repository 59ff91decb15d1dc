// Runs before every route: works out the request's language, who is signed in (enforcing the idle timeout),
// and, for any state-changing request that carries a session, checks the CSRF token. Registered on the root
// instance (not encapsulated) so that every route module, including ones added later, is covered.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '@hazgov/domain/shared/app-error';
import { resolveSession } from '@hazgov/app/auth/resolve-session';
import { sameToken } from '@hazgov/app/auth/session-token';
import { requestLocale } from '../shared/request.js';
import { LOCALE_COOKIE, clearSessionCookie, readSessionToken } from './session-cookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Sign-in replaces the session, and its own proof is the password; it is the one write exempt from CSRF. */
const CSRF_EXEMPT = new Set(['/api/auth/login']);
export const CSRF_HEADER = 'x-csrf-token';

export function registerAuth(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('locale', 'zh-CN');
  app.decorateRequest('session', null);
  app.decorateRequest('sessionExpired', false);

  app.addHook('onRequest', async (request, reply) => {
    request.locale = requestLocale(request.cookies[LOCALE_COOKIE], request.headers['accept-language']);
    if (!request.url.startsWith('/api/')) return; // static files of the web app need no session
    const token = readSessionToken(request);
    if (!token) return;
    const resolved = await resolveSession(app.ctx, { token, idleMinutes: app.sessionIdleMinutes });
    if (resolved.kind !== 'active') {
      request.sessionExpired = resolved.kind === 'expired';
      clearSessionCookie(request, reply);
      return;
    }
    request.actor = resolved.actor;
    request.session = { id: resolved.sessionId, csrfToken: resolved.csrfToken, user: resolved.user };
    checkCsrf(request);
  });
}

function checkCsrf(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method) || !request.session) return;
  if (CSRF_EXEMPT.has(request.routeOptions.url ?? '')) return;
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !sameToken(sent, request.session.csrfToken)) throw new AppError('CSRF_INVALID', 'forbidden');
}
