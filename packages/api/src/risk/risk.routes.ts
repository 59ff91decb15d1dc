// Routes of risk points (docs/api-contract.md § Risk points; the PDFs live in risk-pdf.routes.ts). Each handler:
// who is asking → the use case (which checks scope, role and input) → the presenter.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { chinaDateOf } from '@hazgov/app/plans/china-date';
import { addRiskComment } from '@hazgov/app/risk/add-risk-comment';
import { addRiskConfirmation } from '@hazgov/app/risk/add-risk-confirmation';
import { assessRisk } from '@hazgov/app/risk/assess-risk';
import { clearRiskOverride } from '@hazgov/app/risk/clear-risk-override';
import { createRiskPoint } from '@hazgov/app/risk/create-risk-point';
import { deleteRiskPoint } from '@hazgov/app/risk/delete-risk-point';
import { getRiskPoint } from '@hazgov/app/risk/get-risk-point';
import { listRiskPointComments } from '@hazgov/app/risk/list-risk-comments';
import { listRiskPointConfirmations } from '@hazgov/app/risk/list-risk-confirmations';
import { listRiskPointHistory } from '@hazgov/app/risk/list-risk-point-history';
import { listRiskPoints } from '@hazgov/app/risk/list-risk-points';
import { overrideRiskPoint } from '@hazgov/app/risk/override-risk-point';
import { reviewRiskPoint } from '@hazgov/app/risk/review-risk-point';
import { updateRiskPoint } from '@hazgov/app/risk/update-risk-point';
import { loadBands } from '@hazgov/app/risk/risk-settings';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';
import { presentComment, presentConfirmation, presentPoint, presentSummary, type PresentContext } from './risk.presenter.js';
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

  r.put('/api/risk/points/:id', {
    schema: { tags, summary: 'Save a risk point (409 RISK_POINT_VERSION_CONFLICT on a stale version)', params: s.pointParams, body: s.riskPointUpdate, response: { 200: s.riskPoint, ...errorResponses } },
  }, async (request) => {
    const actor = who(request);
    const { version, ...input } = request.body;
    await updateRiskPoint(ctx, { actor, pointId: request.params.id, version, input });
    return detail(actor, request.params.id);
  });

  r.delete('/api/risk/points/:id', {
    schema: { tags, summary: 'Remove a risk point with its comments and confirmations', params: s.pointParams, response: { 204: s.noContent, ...errorResponses } },
  }, async (request, reply) => {
    await deleteRiskPoint(ctx, { actor: who(request), pointId: request.params.id });
    return reply.code(204).send(null);
  });

  r.post('/api/risk/points/:id/override', {
    schema: { tags, summary: 'Set a regulator’s grade with a reason (regulators)', params: s.pointParams, body: s.overrideBody, response: { 200: s.riskPoint, ...errorResponses } },
  }, async (request) => {
    const actor = who(request);
    await overrideRiskPoint(ctx, { actor, pointId: request.params.id, ...request.body });
    return detail(actor, request.params.id);
  });

  r.delete('/api/risk/points/:id/override', {
    schema: { tags, summary: 'Clear a regulator’s grade with a reason (regulators)', params: s.pointParams, body: s.clearOverrideBody, response: { 200: s.riskPoint, ...errorResponses } },
  }, async (request) => {
    const actor = who(request);
    await clearRiskOverride(ctx, { actor, pointId: request.params.id, reason: request.body.reason });
    return detail(actor, request.params.id);
  });

  r.post('/api/risk/points/:id/review', {
    schema: { tags, summary: 'Record a periodic review: next review = reviewedOn + interval', params: s.pointParams, body: s.reviewBody, response: { 200: s.riskPoint, ...errorResponses } },
  }, async (request) => {
    const actor = who(request);
    await reviewRiskPoint(ctx, { actor, pointId: request.params.id, ...request.body });
    return detail(actor, request.params.id);
  });

  r.get('/api/risk/points/:id/comments', {
    schema: { tags, summary: 'Comments on a risk point, oldest first', params: s.pointParams, response: { 200: s.commentList, ...errorResponses } },
  }, async (request) => ({ items: (await listRiskPointComments(ctx, { actor: who(request), pointId: request.params.id })).map(presentComment) }));

  r.post('/api/risk/points/:id/comments', {
    schema: { tags, summary: 'Comment on a risk point (regulators; the owner replies); the other side is told', params: s.pointParams, body: s.commentBody, response: { 201: s.comment, ...errorResponses } },
  }, async (request, reply) => {
    const row = await addRiskComment(ctx, { actor: who(request), pointId: request.params.id, body: request.body.body });
    return reply.code(201).send(presentComment(row));
  });

  r.get('/api/risk/points/:id/confirmations', {
    schema: { tags, summary: 'Post risk confirmations (岗位安全风险确认) of a risk point, newest first', params: s.pointParams, response: { 200: s.confirmationList, ...errorResponses } },
  }, async (request) => ({ items: (await listRiskPointConfirmations(ctx, { actor: who(request), pointId: request.params.id })).map(presentConfirmation) }));

  r.post('/api/risk/points/:id/confirmations', {
    schema: { tags, summary: 'Record a post risk confirmation (the enterprise’s users; the post must be one of the point’s)', params: s.pointParams, body: s.confirmationBody, response: { 201: s.confirmation, ...errorResponses } },
  }, async (request, reply) => {
    const row = await addRiskConfirmation(ctx, { actor: who(request), pointId: request.params.id, input: request.body });
    return reply.code(201).send(presentConfirmation(row));
  });

  r.get('/api/risk/points/:id/history', {
    schema: { tags, summary: 'Audit history of a risk point, its overrides, reviews, comments and confirmations', params: s.pointParams, response: { 200: s.historyResponse, ...errorResponses } },
  }, async (request) => ({ items: await listRiskPointHistory(ctx, { actor: who(request), pointId: request.params.id }) }));

  r.post('/api/risk/assess', {
    schema: { tags, summary: 'Score an assessment (LEC, LS or matrix) with the bands in force; saves nothing', body: s.assessment, response: { 200: s.assessmentResult, ...errorResponses } },
  }, async (request) => {
    who(request);
    const { method, inputs } = request.body;
    return assessRisk(ctx, { method, inputs: { l: inputs.l, ...(inputs.e == null ? {} : { e: inputs.e }), ...(inputs.c == null ? {} : { c: inputs.c }), ...(inputs.s == null ? {} : { s: inputs.s }) } });
  });
}
