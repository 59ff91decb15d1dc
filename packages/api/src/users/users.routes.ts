// User accounts: anyone signed in lists the accounts of their own jurisdiction; only a district admin creates.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createUser } from '@hazgov/app/users/create-user';
import { listUsers } from '@hazgov/app/users/list-users';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';
import { presentUser } from './users.presenter.js';
import { createUserBody, userListQuery, userListResponse, userSchema } from './users.schemas.js';

export async function usersRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/users', {
    schema: { tags: ['users'], summary: 'Users in my jurisdiction', querystring: userListQuery, response: { 200: userListResponse, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request);
    const rows = await listUsers(app.ctx, { actor, organisationId: request.query.organisationId });
    const now = app.ctx.now().toISOString();
    return { items: rows.map((u) => presentUser(u, now)) };
  });

  r.post('/api/users', {
    schema: { tags: ['users'], summary: 'Create a user (district admin)', body: createUserBody, response: { 201: userSchema, ...errorResponses } },
  }, async (request, reply) => {
    const { actor } = requireActor(request, ['district_admin']);
    const row = await createUser(app.ctx, { actor, ...request.body });
    return reply.code(201).send(presentUser(row, app.ctx.now().toISOString()));
  });
}
