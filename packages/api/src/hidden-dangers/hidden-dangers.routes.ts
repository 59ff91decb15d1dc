// Routes of hidden dangers (hazard findings): list, statistics, detail, workflow actions, evidence, 挂牌督办
// (docs/api-contract.md § Hidden dangers). Each handler: who is asking → the use case (scope, side, input) → the presenter.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actOnFinding } from '@hazgov/app/hidden-dangers/act-on-finding';
import { addFindingEvidence } from '@hazgov/app/hidden-dangers/add-finding-evidence';
import { createFinding } from '@hazgov/app/hidden-dangers/create-finding';
import { getFinding } from '@hazgov/app/hidden-dangers/get-finding';
import { getFindingStats } from '@hazgov/app/hidden-dangers/get-finding-stats';
import { listFindings } from '@hazgov/app/hidden-dangers/list-findings';
import { setFindingSupervision } from '@hazgov/app/hidden-dangers/set-finding-supervision';
import { chinaDateOf } from '@hazgov/app/plans/china-date';
import { listedEnterpriseIdsAmong } from '@hazgov/db/blacklist/listed.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError } from '@hazgov/domain/shared/app-error';
import { readAttachmentUpload } from '../attachments/attachment-upload.js';
import { attachmentSchema, presentAttachment } from '../attachments/attachments.presenter.js';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';
import { presentFinding, presentFindingSummary, presentStats } from './hidden-dangers.presenter.js';
import * as s from './hidden-dangers.schemas.js';

const yes = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : v === '1' || v === 'true');
const tags = ['hidden-dangers'];

export async function hiddenDangersRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  const who = (request: FastifyRequest) => requireActor(request).actor;
  const detail = async (actor: Actor, findingId: string) => {
    const d = await getFinding(ctx, { actor, findingId });
    return presentFinding(d, { today: chinaDateOf(ctx.now()), listed: await listedEnterpriseIdsAmong(ctx.database.db, [d.finding.enterprise_id]) });
  };

  r.get('/api/hidden-dangers', {
    schema: { tags, summary: 'Hidden dangers in my jurisdiction, newest first, filtered and paged', querystring: s.listQuery, response: { 200: s.listResponse, ...errorResponses } },
  }, async (request) => {
    const actor = who(request);
    const { overdue, ...q } = request.query;
    const { rows, total, today } = await listFindings(ctx, { actor, query: { ...q, overdue: yes(overdue) } });
    const listed = await listedEnterpriseIdsAmong(ctx.database.db, rows.map((f) => f.enterprise_id));
    return { items: rows.map((f) => presentFindingSummary(f, { today, listed })), total, page: q.page, pageSize: q.pageSize };
  });

  r.get('/api/hidden-dangers/stats', {
    schema: { tags, summary: 'Closure rate, overdue, by territory, industry, type and month, escalated (my jurisdiction)', querystring: s.statsQuery, response: { 200: s.statsResponse, ...errorResponses } },
  }, async (request) => presentStats(await getFindingStats(ctx, { actor: who(request), ...request.query })));

  r.post('/api/hidden-dangers', {
    schema: { tags, summary: 'Record a hidden danger (regulators; an enterprise its own self-check); major when a criterion is named', body: s.createBody, response: { 201: s.finding, ...errorResponses } },
  }, async (request, reply) => {
    const actor = who(request);
    const id = await createFinding(ctx, { actor, input: request.body });
    return reply.code(201).send(await detail(actor, id));
  });

  r.get('/api/hidden-dangers/:id', {
    schema: { tags, summary: 'One hidden danger with its evidence and its timeline from the audit chain', params: s.findingParams, response: { 200: s.finding, ...errorResponses } },
  }, async (request) => detail(who(request), request.params.id));

  r.post('/api/hidden-dangers/:id/actions', {
    schema: { tags, summary: 'A step of the loop: submit_plan, submit_rectification (enterprise); verify, return, reopen, extend_deadline (regulators)', params: s.findingParams, body: s.actionBody, response: { 200: s.finding, ...errorResponses } },
  }, async (request) => {
    const actor = who(request);
    await actOnFinding(ctx, { actor, findingId: request.params.id, input: request.body });
    return detail(actor, request.params.id);
  });

  r.post('/api/hidden-dangers/:id/evidence', {
    schema: { tags, summary: 'Upload rectification evidence (enterprise) or a verification photo (regulator): image or PDF ≤ 8 MB; multipart file, kind, takenAt?', consumes: ['multipart/form-data'], params: s.findingParams, response: { 201: attachmentSchema, ...errorResponses } },
  }, async (request, reply) => {
    const actor = who(request);
    const upload = await readAttachmentUpload(request);
    const kind = upload.fields.kind ?? 'rectification';
    if (kind !== 'rectification' && kind !== 'verification') {
      throw new AppError('VALIDATION_FAILED', 'input', {}, [{ field: 'kind', code: 'VALIDATION.invalid_value', params: { values: 'rectification, verification' } }]);
    }
    const stored = await addFindingEvidence(ctx, { actor, findingId: request.params.id, kind, fileName: upload.fileName, bytes: upload.bytes, takenAt: upload.fields.takenAt ?? null });
    return reply.code(201).send(presentAttachment(stored));
  });

  r.post('/api/hidden-dangers/:id/supervision', {
    schema: { tags, summary: '挂牌督办: list or delist a major hidden danger (district admin, departments)', params: s.findingParams, body: s.supervisionBody, response: { 200: s.finding, ...errorResponses } },
  }, async (request) => {
    const actor = who(request);
    await setFindingSupervision(ctx, { actor, findingId: request.params.id, ...request.body });
    return detail(actor, request.params.id);
  });
}
