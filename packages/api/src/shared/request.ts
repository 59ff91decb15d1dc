// The request-scoped facts every route reads: who is asking (set by the auth plugin) and in which language
// to answer. Routes call requireActor() first; it throws the domain error that error-mapping turns into 401/403.
import type { FastifyRequest } from 'fastify';
import { AppError } from '@hazgov/domain/shared/app-error';
import type { Role } from '@hazgov/domain/orgs/roles';
import { scopeOf, type Actor, type Scope } from '@hazgov/domain/orgs/scope';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    locale: Locale;
  }
}

export function requireActor(request: FastifyRequest, allowed?: readonly Role[]): { actor: Actor; scope: Scope } {
  const actor = request.actor;
  if (!actor) throw new AppError('NOT_AUTHENTICATED', 'auth');
  if (allowed && !allowed.includes(actor.role)) throw new AppError('FORBIDDEN', 'forbidden');
  return { actor, scope: scopeOf(actor) };
}

export function localeFrom(header: string | undefined): Locale {
  return header && /^en\b/i.test(header.trim()) ? 'en' : 'zh-CN';
}
