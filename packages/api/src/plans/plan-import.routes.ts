// Plan import from a file (preview, then confirm) and the unit-name alias table an admin curates.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { confirmPlanImport } from '@hazgov/app/plans/confirm-plan-import';
import { listUnitAliases } from '@hazgov/app/plans/list-unit-aliases';
import { previewPlanImport } from '@hazgov/app/plans/preview-plan-import';
import { resolveUnitAlias } from '@hazgov/app/plans/resolve-unit-alias';
import { AppError } from '@hazgov/domain/shared/app-error';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';
import { presentAliases, presentImportPreview } from './plans.presenter.js';
import { aliasBody, aliasListResponse, aliasParams, aliasView, confirmImportBody, confirmImportResponse, importParams, importPreviewResponse } from './plans.schemas.js';

type Upload = { file: Buffer; fileName: string; fields: Record<string, string> };

async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'unsupported');
  const fields: Record<string, string> = {};
  let file: Buffer | null = null;
  let fileName = '';
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || file) { await part.toBuffer(); continue; }
      file = await part.toBuffer(); // throws FST_REQ_FILE_TOO_LARGE above the server's 5 MB limit → 413
      fileName = part.filename;
    } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
  }
  if (!file) throw new AppError('VALIDATION_FAILED', 'input', {}, [{ field: 'file', code: 'VALIDATION.required' }]);
  return { file, fileName, fields };
}

export async function planImportRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  const tags = ['plans'];

  r.post('/api/plans/import', {
    schema: {
      tags, summary: 'Upload a plan table (.xlsx/.docx, ≤ 5 MB, multipart: file, title, code?, parentPlanId?) for a preview',
      consumes: ['multipart/form-data'], response: { 200: importPreviewResponse, ...errorResponses },
    },
  }, async (request) => {
    const { actor, scope } = requireActor(request, ['district_admin', 'territory']);
    const upload = await readUpload(request);
    const preview = await previewPlanImport(ctx, {
      actor, scope, file: upload.file, fileName: upload.fileName, title: upload.fields.title ?? '', code: upload.fields.code, parentPlanId: upload.fields.parentPlanId || null,
    });
    return presentImportPreview(preview, request.locale);
  });

  r.post('/api/plans/import/:importId/confirm', {
    schema: { tags, summary: 'Save a previewed plan once clean, with unknown names mapped', params: importParams, body: confirmImportBody, response: { 200: confirmImportResponse, ...errorResponses } },
  }, async (request) => {
    const { actor, scope } = requireActor(request, ['district_admin', 'territory']);
    return confirmPlanImport(ctx, { actor, scope, importId: request.params.importId, mappings: request.body.mappings });
  });

  r.get('/api/unit-aliases', {
    schema: { tags, summary: 'Unit-name aliases and names waiting for a decision (district admin)', response: { 200: aliasListResponse, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request, ['district_admin']);
    return presentAliases(await listUnitAliases(ctx, { actor }));
  });

  r.put('/api/unit-aliases/:alias', {
    schema: { tags, summary: 'Map a name to a unit, or resolve a group to units (district admin)', params: aliasParams, body: aliasBody, response: { 200: aliasView, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request, ['district_admin']);
    const result = await resolveUnitAlias(ctx, { actor, alias: request.params.alias, organisationId: request.body.organisationId, organisationIds: request.body.organisationIds });
    const overview = presentAliases(await listUnitAliases(ctx, { actor }));
    const row = overview.items.find((a) => a.alias === result.alias);
    if (!row) throw new AppError('UNIT_ALIAS_REQUIRED', 'not_found');
    return row;
  });
}
