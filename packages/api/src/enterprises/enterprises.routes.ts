// Routes of the enterprises context (docs/api-contract.md § Enterprises; import/export live in enterprise-import.routes.ts).
// Each handler: who is asking → the use case (which checks scope, role and input) → the presenter.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { addLicence } from '@hazgov/app/enterprises/add-licence';
import { addSite } from '@hazgov/app/enterprises/add-site';
import { addUnit } from '@hazgov/app/enterprises/add-unit';
import { createEnterprise } from '@hazgov/app/enterprises/create-enterprise';
import { deleteLicence } from '@hazgov/app/enterprises/delete-licence';
import { deleteSite } from '@hazgov/app/enterprises/delete-site';
import { deleteUnit } from '@hazgov/app/enterprises/delete-unit';
import { loadUnitView } from '@hazgov/app/enterprises/enterprise-record';
import { getEnterprise } from '@hazgov/app/enterprises/get-enterprise';
import { getDeclaration, listDeclarationQueue, listDeclarations } from '@hazgov/app/enterprises/list-declarations';
import { listEnterpriseHistory } from '@hazgov/app/enterprises/list-enterprise-history';
import { listEnterprises } from '@hazgov/app/enterprises/list-enterprises';
import { replaceInventory } from '@hazgov/app/enterprises/replace-inventory';
import { reviewDeclaration } from '@hazgov/app/enterprises/review-declaration';
import { startDeclaration } from '@hazgov/app/enterprises/start-declaration';
import { submitDeclaration } from '@hazgov/app/enterprises/submit-declaration';
import { updateEnterprise } from '@hazgov/app/enterprises/update-enterprise';
import { updateLicence } from '@hazgov/app/enterprises/update-licence';
import { updateSite } from '@hazgov/app/enterprises/update-site';
import { updateUnit } from '@hazgov/app/enterprises/update-unit';
import { chinaDateOf } from '@hazgov/app/plans/china-date';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';
import { presentDeclaration, presentDetail, presentLicence, presentListItem, presentSite, presentUnit } from './enterprises.presenter.js';
import * as s from './enterprises.schemas.js';

const yes = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : v === '1' || v === 'true');
const tags = ['enterprises'];

export async function enterprisesRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  const today = (): string => chinaDateOf(ctx.now());
  const detail = async (actor: Parameters<typeof getEnterprise>[1]['actor'], enterpriseId: string) =>
    presentDetail(await getEnterprise(ctx, { actor, enterpriseId }), today());
  const unitOut = async (row: Parameters<typeof loadUnitView>[1]) => presentUnit(await loadUnitView(ctx.database.db, row));

  r.get('/api/enterprises', {
    schema: { tags, summary: 'Enterprises in my jurisdiction, filtered and paged', querystring: s.listQuery, response: { 200: s.listResponse, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request);
    const q = request.query;
    const { items, total } = await listEnterprises(ctx, { actor, query: { ...q, majorHazard: yes(q.majorHazard), restricted: yes(q.restricted) } });
    return { items: items.map(presentListItem), total, page: q.page, pageSize: q.pageSize };
  });

  r.post('/api/enterprises', {
    schema: { tags, summary: 'Register an enterprise (regulators, towns in their territory)', body: s.enterpriseInput, response: { 201: s.enterpriseDetail, ...errorResponses } },
  }, async (request, reply) => {
    const { actor } = requireActor(request);
    const id = await createEnterprise(ctx, { actor, input: request.body });
    return reply.code(201).send(await detail(actor, id));
  });

  r.get('/api/enterprises/:id', {
    schema: { tags, summary: 'An enterprise with licences, sites, units, inventories, registers and its declaration', params: s.enterpriseParams, response: { 200: s.enterpriseDetail, ...errorResponses } },
  }, async (request) => detail(requireActor(request).actor, request.params.id));

  r.put('/api/enterprises/:id', {
    schema: { tags, summary: 'Save an enterprise (409 ENTERPRISE_VERSION_CONFLICT on a stale version)', params: s.enterpriseParams, body: s.enterpriseUpdate, response: { 200: s.enterpriseDetail, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request);
    const { version, ...input } = request.body;
    await updateEnterprise(ctx, { actor, enterpriseId: request.params.id, version, input });
    return detail(actor, request.params.id);
  });

  r.get('/api/enterprises/:id/history', {
    schema: { tags, summary: 'Audit history of the enterprise and its parts', params: s.enterpriseParams, response: { 200: s.historyResponse, ...errorResponses } },
  }, async (request) => ({ items: await listEnterpriseHistory(ctx, { actor: requireActor(request).actor, enterpriseId: request.params.id }) }));

  r.post('/api/enterprises/:id/licences', {
    schema: { tags, summary: 'Add a licence', params: s.enterpriseParams, body: s.licenceInput, response: { 201: s.licence, ...errorResponses } },
  }, async (request, reply) => {
    const row = await addLicence(ctx, { actor: requireActor(request).actor, enterpriseId: request.params.id, input: request.body });
    return reply.code(201).send(presentLicence(row, today()));
  });
  r.put('/api/enterprise-licences/:licenceId', {
    schema: { tags, summary: 'Change a licence', params: s.licenceParams, body: s.licenceInput, response: { 200: s.licence, ...errorResponses } },
  }, async (request) => presentLicence(await updateLicence(ctx, { actor: requireActor(request).actor, licenceId: request.params.licenceId, input: request.body }), today()));
  r.delete('/api/enterprise-licences/:licenceId', {
    schema: { tags, summary: 'Remove a licence', params: s.licenceParams, response: { 204: s.noContent, ...errorResponses } },
  }, async (request, reply) => {
    await deleteLicence(ctx, { actor: requireActor(request).actor, licenceId: request.params.licenceId });
    return reply.code(204).send(null);
  });

  r.post('/api/enterprises/:id/sites', {
    schema: { tags, summary: 'Add a site', params: s.enterpriseParams, body: s.siteInput, response: { 201: s.site, ...errorResponses } },
  }, async (request, reply) => reply.code(201).send(presentSite(await addSite(ctx, { actor: requireActor(request).actor, enterpriseId: request.params.id, input: request.body }))));
  r.put('/api/enterprise-sites/:siteId', {
    schema: { tags, summary: 'Change a site', params: s.siteParams, body: s.siteInput, response: { 200: s.site, ...errorResponses } },
  }, async (request) => presentSite(await updateSite(ctx, { actor: requireActor(request).actor, siteId: request.params.siteId, input: request.body })));
  r.delete('/api/enterprise-sites/:siteId', {
    schema: { tags, summary: 'Remove a site without units', params: s.siteParams, response: { 204: s.noContent, ...errorResponses } },
  }, async (request, reply) => {
    await deleteSite(ctx, { actor: requireActor(request).actor, siteId: request.params.siteId });
    return reply.code(204).send(null);
  });

  r.post('/api/enterprises/:id/units', {
    schema: { tags, summary: 'Add a production or storage unit', params: s.enterpriseParams, body: s.unitInput, response: { 201: s.unit, ...errorResponses } },
  }, async (request, reply) => reply.code(201).send(await unitOut(await addUnit(ctx, { actor: requireActor(request).actor, enterpriseId: request.params.id, input: request.body }))));
  r.put('/api/enterprise-units/:unitId', {
    schema: { tags, summary: 'Change a unit (a population change recomputes its grade)', params: s.unitParams, body: s.unitInput, response: { 200: s.unit, ...errorResponses } },
  }, async (request) => unitOut(await updateUnit(ctx, { actor: requireActor(request).actor, unitId: request.params.unitId, input: request.body })));
  r.delete('/api/enterprise-units/:unitId', {
    schema: { tags, summary: 'Remove a unit with its inventory', params: s.unitParams, response: { 204: s.noContent, ...errorResponses } },
  }, async (request, reply) => {
    await deleteUnit(ctx, { actor: requireActor(request).actor, unitId: request.params.unitId });
    return reply.code(204).send(null);
  });
  r.put('/api/enterprise-units/:unitId/inventory', {
    schema: { tags, summary: 'Replace a unit’s inventory and recompute its GB 18218 identification', params: s.unitParams, body: s.inventoryBody, response: { 200: s.unit, ...errorResponses } },
  }, async (request) => unitOut(await replaceInventory(ctx, { actor: requireActor(request).actor, unitId: request.params.unitId, lines: request.body.lines })));

  r.get('/api/enterprises/:id/declarations', {
    schema: { tags, summary: 'The enterprise’s self-declarations', params: s.enterpriseParams, response: { 200: s.declarationListResponse, ...errorResponses } },
  }, async (request) => ({ items: (await listDeclarations(ctx, { actor: requireActor(request).actor, enterpriseId: request.params.id })).map(presentDeclaration) }));
  r.post('/api/enterprises/:id/declarations', {
    schema: { tags, summary: 'Start a year’s declaration (copyForward restores last year’s approved record)', params: s.enterpriseParams, body: s.startDeclarationBody, response: { 201: s.declaration, ...errorResponses } },
  }, async (request, reply) => {
    const { actor } = requireActor(request);
    const row = await startDeclaration(ctx, { actor, enterpriseId: request.params.id, ...request.body });
    const saved = (await listDeclarations(ctx, { actor, enterpriseId: request.params.id })).find((d) => d.id === row.id);
    if (!saved) throw new Error('declaration not readable after create');
    return reply.code(201).send(presentDeclaration(saved));
  });
  r.get('/api/enterprise-declarations', {
    schema: { tags, summary: 'Declarations in my jurisdiction by status (the review queue)', querystring: s.declarationQueueQuery, response: { 200: s.declarationListResponse, ...errorResponses } },
  }, async (request) => ({ items: (await listDeclarationQueue(ctx, { actor: requireActor(request).actor, status: request.query.status })).map(presentDeclaration) }));
  r.get('/api/enterprise-declarations/:declarationId', {
    schema: { tags, summary: 'One declaration with the record as submitted and the last approved one', params: s.declarationParams, response: { 200: s.declarationWithSnapshot, ...errorResponses } },
  }, async (request) => {
    const { declaration, snapshot, previousSnapshot } = await getDeclaration(ctx, { actor: requireActor(request).actor, declarationId: request.params.declarationId });
    return {
      ...presentDeclaration(declaration), snapshot: snapshot ? presentDetail(snapshot, today()) : null,
      previousSnapshot: previousSnapshot ? presentDetail(previousSnapshot, today()) : null,
    };
  });
  r.post('/api/enterprise-declarations/:declarationId/submit', {
    schema: { tags, summary: 'Submit a declaration (400 DECLARATION_INCOMPLETE lists every gap)', params: s.declarationParams, response: { 200: s.declaration, ...errorResponses } },
  }, async (request) => presentDeclaration(await submitDeclaration(ctx, { actor: requireActor(request).actor, declarationId: request.params.declarationId })));
  r.post('/api/enterprise-declarations/:declarationId/review', {
    schema: { tags, summary: 'Approve or return a submitted declaration (regulators; a return needs a comment)', params: s.declarationParams, body: s.reviewBody, response: { 200: s.declaration, ...errorResponses } },
  }, async (request) => presentDeclaration(await reviewDeclaration(ctx, { actor: requireActor(request).actor, declarationId: request.params.declarationId, ...request.body })));
}
