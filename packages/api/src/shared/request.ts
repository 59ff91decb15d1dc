// The request-scoped facts every route reads: who is asking (set by the auth plugin) and in which language
// to answer. Routes call requireActor() first; it throws the domain error that error-mapping turns into 401/403.
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '@hazgov/app/shared/context';
import type { SessionUser } from '@hazgov/app/auth/session-user';
import { AppError } from '@hazgov/domain/shared/app-error';
import type { Role } from '@hazgov/domain/orgs/roles';
import { scopeOf, type Actor, type Scope } from '@hazgov/domain/orgs/scope';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

/** The signed-in session behind a request: its stored id (the token's hash), its CSRF token and its user. */
export type RequestSession = { id: string; csrfToken: string; user: SessionUser };

declare module 'fastify' {
  // Route modules are plain `async (app) => {}` plugins; they reach the use cases' context through app.ctx.
  interface FastifyInstance {
    ctx: AppContext;
    sessionIdleMinutes: number;
  }
  interface FastifyRequest {
    actor: Actor | null;
    locale: Locale;
    session: RequestSession | null;
    /** A session cookie was sent but its session had expired: answer SESSION_EXPIRED rather than NOT_AUTHENTICATED. */
    sessionExpired: boolean;
  }
}

export function requireActor(request: FastifyRequest, allowed?: readonly Role[]): { actor: Actor; scope: Scope } {
  const actor = request.actor;
  if (!actor) throw new AppError(request.sessionExpired ? 'SESSION_EXPIRED' : 'NOT_AUTHENTICATED', 'auth');
  if (allowed && !allowed.includes(actor.role)) throw new AppError('FORBIDDEN', 'forbidden');
  return { actor, scope: scopeOf(actor) };
}

export function localeFrom(header: string | undefined): Locale {
  return header && /^en\b/i.test(header.trim()) ? 'en' : 'zh-CN';
}

/** An explicit choice (the hazgov_locale cookie the UI's language switch sets) wins over the browser's header. */
export function requestLocale(cookie: string | undefined, acceptLanguage: string | undefined): Locale {
  if (cookie === 'en' || cookie === 'zh-CN') return cookie;
  return localeFrom(acceptLanguage);
}
