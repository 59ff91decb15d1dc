// Routes of inspections in the field: the record, offline sync, photos (docs/api-contract.md § issue 5). Each handler:
// who is asking → the use case (scope, role, input) → the presenter.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { addInspectionPhoto } from '@hazgov/app/inspections/add-inspection-photo';
import { createInspection } from '@hazgov/app/inspections/create-inspection';
import { getInspection } from '@hazgov/app/inspections/get-inspection';
import { listInspections } from '@hazgov/app/inspections/list-inspections';
import { syncInspections } from '@hazgov/app/inspections/sync-inspections';
import { chinaDateOf } from '@hazgov/app/plans/china-date';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { attachmentSchema, presentAttachment } from '../attachments/attachments.presenter.js';
import { readAttachmentUpload } from '../attachments/attachment-upload.js';
import { errorResponses } from '../shared/error-mapping.js';
import { translate } from '../shared/messages.js';
import { requireActor } from '../shared/request.js';
import { presentInspection, presentSummary } from './inspections.presenter.js';
import * as s from './inspections.schemas.js';

const tags = ['inspections'];
const yes = (v: string | undefined): boolean => v === '1' || v === 'true';

export async function inspectionsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  const detail = async (actor: Actor, inspectionId: string) => presentInspection(await getInspection(ctx, { actor, inspectionId }), chinaDateOf(ctx.now()));

  r.get('/api/inspections', {
    schema: { tags, summary: 'Inspections in my jurisdiction (mine=1: those I am an inspector of), work to do first', querystring: s.listQuery, response: { 200: s.listResponse, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request);
    const { mine, ...q } = request.query;
    const { items, total } = await listInspections(ctx, { actor, query: { ...q, mine: yes(mine) } });
    return { items: items.map(presentSummary), total, page: q.page, pageSize: q.pageSize };
  });

  r.post('/api/inspections', {
    schema: {
      tags, summary: 'Open an inspection of an enterprise (regulators; the id may be made on the phone, replaying it is harmless)',
      body: s.createBody, response: { 201: s.inspection, ...errorResponses },
    },
  }, async (request, reply) => {
    const { actor } = requireActor(request);
    const id = await createInspection(ctx, { actor, input: request.body });
    return reply.code(201).send(await detail(actor, id));
  });

  r.post('/api/inspections/sync', {
    schema: {
      tags, summary: 'Apply the phone’s queued operations in order: receipts make a replay harmless, stale edits come back as conflicts, submit makes the findings',
      body: s.syncBody, response: { 200: s.syncResponse, ...errorResponses },
    },
  }, async (request) => {
    const { actor } = requireActor(request);
    const outcomes = await syncInspections(ctx, { actor, ops: request.body.ops });
    const shown = new Map<string, Awaited<ReturnType<typeof detail>>>();
    const results = [];
    for (const o of outcomes) {
      let insp;
      if (o.outcome !== 'rejected') {
        insp = shown.get(o.inspectionId) ?? await detail(actor, o.inspectionId);
        shown.set(o.inspectionId, insp);
      }
      results.push({
        opId: o.opId, outcome: o.outcome, replayed: o.replayed, ...(insp ? { inspection: insp } : {}),
        ...(o.conflicts.length > 0 ? { conflicts: o.conflicts } : {}),
        ...(o.error ? { error: { code: o.error.code, message: translate(o.error.code, request.locale, o.error.params), field: o.error.field } } : {}),
      });
    }
    return { results };
  });

  r.get('/api/inspections/:id', {
    schema: { tags, summary: 'One inspection: checklist version, results with photos, representative confirmation, the findings it made', params: s.inspectionParams, response: { 200: s.inspection, ...errorResponses } },
  }, async (request) => detail(requireActor(request).actor, request.params.id));

  r.post('/api/inspections/:id/photos', {
    schema: {
      tags, summary: 'Add a photo (multipart: file, itemId?, takenAt?): JPEG/PNG/WebP by their bytes, ≤ 8 MB; the time from EXIF when present',
      consumes: ['multipart/form-data'], params: s.inspectionParams, response: { 201: attachmentSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const { actor } = requireActor(request);
    const upload = await readAttachmentUpload(request);
    const saved = await addInspectionPhoto(ctx, {
      actor, inspectionId: request.params.id, input: { itemId: upload.fields.itemId, takenAt: upload.fields.takenAt, fileName: upload.fileName, bytes: upload.bytes },
    });
    return reply.code(201).send(presentAttachment(saved));
  });
}
