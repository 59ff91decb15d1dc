// Routes of enforcement cases: orders to rectify and penalties, their workflow and publication
// (docs/api-contract.md § Enforcement). Each handler: who is asking → the use case → the presenter.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actOnCase } from '@hazgov/app/enforcement/act-on-case';
import { createCase } from '@hazgov/app/enforcement/create-case';
import { getCaseWithTimeline, listCases } from '@hazgov/app/enforcement/list-cases';
import { publishCase } from '@hazgov/app/enforcement/publish-case';
import { listedEnterpriseIdsAmong } from '@hazgov/db/blacklist/listed.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';
import { presentCase } from './enforcement.presenter.js';
import * as s from './enforcement.schemas.js';

const tags = ['enforcement'];
const yes = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : v === '1' || v === 'true');

export async function enforcementRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  const who = (request: FastifyRequest) => requireActor(request).actor;
  const detail = async (actor: Actor, caseId: string) => {
    const { row, timeline } = await getCaseWithTimeline(ctx, { actor, caseId });
    return { ...presentCase(row, actor, await listedEnterpriseIdsAmong(ctx.database.db, [row.enterprise_id])), timeline };
  };

  r.get('/api/enforcement', {
    schema: { tags, summary: 'Enforcement cases in my jurisdiction, newest first', querystring: s.listQuery, response: { 200: s.caseList, ...errorResponses } },
  }, async (request) => {
    const actor = who(request);
    const { published, ...q } = request.query;
    const { rows, total } = await listCases(ctx, { actor, query: { ...q, published: yes(published) } });
    const listed = await listedEnterpriseIdsAmong(ctx.database.db, rows.map((c) => c.enterprise_id));
    return { items: rows.map((c) => presentCase(c, actor, listed)), total, page: q.page, pageSize: q.pageSize };
  });

  r.post('/api/enforcement', {
    schema: { tags, summary: 'Open a case: an order to rectify by a deadline, or a penalty case (department, inspector, admin)', body: s.caseInput, response: { 201: s.caseDetail, ...errorResponses } },
  }, async (request, reply) => {
    const actor = who(request);
    const id = await createCase(ctx, { actor, input: request.body });
    return reply.code(201).send(await detail(actor, id));
  });

  r.get('/api/enforcement/:id', {
    schema: { tags, summary: 'One enforcement case with its timeline (from the audit chain)', params: s.caseParams, response: { 200: s.caseDetail, ...errorResponses } },
  }, async (request) => detail(who(request), request.params.id));

  r.post('/api/enforcement/:id/actions', {
    schema: { tags, summary: 'A workflow step (409 CASE_TRANSITION_NOT_ALLOWED, CASE_VERSION_CONFLICT)', params: s.caseParams, body: s.caseActionBody, response: { 200: s.caseDetail, ...errorResponses } },
  }, async (request) => {
    const actor = who(request);
    await actOnCase(ctx, { actor, caseId: request.params.id, input: request.body });
    return detail(actor, request.params.id);
  });

  r.post('/api/enforcement/:id/publish', {
    schema: { tags, summary: 'Publish a decided penalty (行政处罚决定公开); the portal then lists its public fields', params: s.caseParams, response: { 200: s.caseDetail, ...errorResponses } },
  }, async (request) => {
    const actor = who(request);
    await publishCase(ctx, { actor, caseId: request.params.id });
    return detail(actor, request.params.id);
  });
}
