// The organisation tree, flat (the client builds the tree from parentId). Visibility: app/orgs/list-organisations.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listOrganisations } from '@hazgov/app/orgs/list-organisations';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';
import { presentOrg } from './orgs.presenter.js';
import { orgListResponse } from './orgs.schemas.js';

export async function orgsRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get('/api/orgs', {
    schema: { tags: ['orgs'], summary: 'Organisations the user may see, tree-flat', response: { 200: orgListResponse, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request);
    const rows = await listOrganisations(app.ctx, { actor });
    return { items: rows.map(presentOrg) };
  });
}
