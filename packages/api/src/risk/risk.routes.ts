// Routes of risk points (docs/api-contract.md § Risk points; the PDFs live in risk-pdf.routes.ts). Each handler:
// who is asking → the use case (which checks scope, role and input) → the presenter.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { chinaDateOf } from '@hazgov/app/plans/china-date';
import { createRiskPoint } from '@hazgov/app/risk/create-risk-point';
import { getRiskPoint } from '@hazgov/app/risk/get-risk-point';
import { listRiskPoints } from '@hazgov/app/risk/list-risk-points';
import { loadBands } from '@hazgov/app/risk/risk-settings';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';
import { presentPoint, presentSummary, type PresentContext } from './risk.presenter.js';
import * as s from './risk.schemas.js';

const yes = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : v === '1' || v === 'true');
const tags = ['risk'];

export async function riskRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  const presenting = async (actor: Actor): Promise<PresentContext> => ({ actor, today: chinaDateOf(ctx.now()), bands: await loadBands(ctx.database.db) });
  const detail = async (actor: Actor, pointId: string) => presentPoint(await getRiskPoint(ctx, { actor, pointId }), await presenting(actor));
  const who = (request: FastifyRequest) => requireActor(request).actor;

  r.get('/api/risk/points', {
    schema: { tags, summary: 'Risk points in my jurisdiction, worst level first, filtered and paged', querystring: s.listQuery, response: { 200: s.listResponse, ...errorResponses } },
  }, async (request) => {
    const actor = who(request);
    const { level, reviewLate, publicOnly, ...q } = request.query;
    const { rows, total } = await listRiskPoints(ctx, {
      actor, query: { ...q, levels: level ? level.split(',') : undefined, reviewLate: yes(reviewLate), publicOnly: yes(publicOnly) },
    });
    const c = await presenting(actor);
    return { items: rows.map((row) => presentSummary(row, c)), total, page: q.page, pageSize: q.pageSize };
  });

  r.post('/api/risk/points', {
    schema: { tags, summary: 'Record a risk point (an enterprise its own; regulators and towns public places)', body: s.riskPointInput, response: { 201: s.riskPoint, ...errorResponses } },
  }, async (request, reply) => {
    const actor = who(request);
    const id = await createRiskPoint(ctx, { actor, input: request.body });
    return reply.code(201).send(await detail(actor, id));
  });

  r.get('/api/risk/points/:id', {
    schema: { tags, summary: 'One risk point with its assessment, measures and review state', params: s.pointParams, response: { 200: s.riskPoint, ...errorResponses } },
  }, async (request) => detail(who(request), request.params.id));
}
