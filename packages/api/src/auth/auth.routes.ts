// Sign-in, sign-out, "who am I" and password change. Each handler: validate → use case → present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '@hazgov/domain/shared/app-error';
import { changePassword } from '@hazgov/app/auth/change-password';
import { login } from '@hazgov/app/auth/login';
import { logout } from '@hazgov/app/auth/logout';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';
import { changePasswordBody, loginBody, noContent, sessionResponse } from './auth.schemas.js';
import { presentMe } from './me.presenter.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

export type AuthRoutesOptions = { loginRateLimitPerMinute: number };

export async function authRoutes(app: FastifyInstance, opts: AuthRoutesOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/auth/login', {
    schema: { tags: ['auth'], summary: 'Sign in', body: loginBody, response: { 200: sessionResponse, ...errorResponses } },
    config: { rateLimit: { max: opts.loginRateLimitPerMinute, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const result = await login(app.ctx, { username: request.body.username, password: request.body.password, ip: request.ip });
    setSessionCookie(request, reply, result.token);
    return { user: presentMe(result.user), csrfToken: result.csrfToken };
  });

  r.post('/api/auth/logout', {
    schema: { tags: ['auth'], summary: 'Sign out', response: { 204: noContent, ...errorResponses } },
  }, async (request, reply) => {
    await logout(app.ctx, { actor: request.actor, sessionId: request.session?.id ?? null });
    clearSessionCookie(request, reply);
    return reply.code(204).send(null);
  });

  r.get('/api/auth/me', {
    schema: { tags: ['auth'], summary: 'The signed-in user and the CSRF token', response: { 200: sessionResponse, ...errorResponses } },
  }, async (request) => {
    requireActor(request);
    if (!request.session) throw new AppError('NOT_AUTHENTICATED', 'auth');
    return { user: presentMe(request.session.user), csrfToken: request.session.csrfToken };
  });

  r.post('/api/auth/password', {
    schema: { tags: ['auth'], summary: 'Change my password', body: changePasswordBody, response: { 204: noContent, ...errorResponses } },
  }, async (request, reply) => {
    const { actor } = requireActor(request);
    await changePassword(app.ctx, { actor, sessionId: request.session?.id ?? null, ...request.body });
    return reply.code(204).send(null);
  });
}
