// Import and export of enterprises, units, inventories and licences as .xlsx (docs/api-contract.md § Enterprises,
// Import/export). The import answers 202 with a job id at once and runs in the server process; the job is polled.
// Its upload limit is this route's own (IMPORT_MAX_BYTES): 10,000 enterprises with units and inventories make a
// workbook of several MB, above the server-wide 5 MB of other uploads.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getEnterpriseImport, startEnterpriseImport, type ImportJob } from '@hazgov/app/enterprises/import/enterprise-import-jobs';
import { enterpriseImportTemplate, exportEnterprisesWorkbook } from '@hazgov/app/enterprises/import/export-enterprises-workbook';
import { viewProblem } from '@hazgov/app/enterprises/import/import-problem';
import { sniffWorkbook } from '@hazgov/app/enterprises/import/read-enterprise-workbook';
import { XLSX } from '@hazgov/app/plans/export-unit-report';
import { AppError } from '@hazgov/domain/shared/app-error';
import { attachment } from '../plans/plans.presenter.js';
import { binaryResponse } from '../shared/binary-response.js';
import { errorResponses } from '../shared/error-mapping.js';
import { translate } from '../shared/messages.js';
import { requireActor, type Locale } from '../shared/request.js';
import { exportQuery, importJobParams, importJobView, importStarted } from './enterprise-import.schemas.js';

/** A 10,000-enterprise workbook (≈ 90,000 rows) is about 6 MB; 32 MB leaves room for formatting and pictures. */
export const IMPORT_MAX_BYTES = 32 * 1024 * 1024;
const LIMIT_TEXT = '32 MB';

async function readWorkbookUpload(request: FastifyRequest): Promise<{ file: Buffer; fileName: string }> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'unsupported');
  let file: Buffer | null = null;
  let fileName = '';
  try {
    for await (const part of request.parts({ limits: { fileSize: IMPORT_MAX_BYTES, files: 1 } })) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== 'file' || file) { await part.toBuffer(); continue; }
      file = await part.toBuffer();
      fileName = part.filename;
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT') throw new AppError('FILE_TOO_LARGE', 'too_large', { limit: LIMIT_TEXT });
    throw err;
  }
  if (!file) throw new AppError('VALIDATION_FAILED', 'input', {}, [{ field: 'file', code: 'VALIDATION.required' }]);
  return { file, fileName };
}

function presentJob(job: ImportJob, locale: Locale) {
  return {
    id: job.id, status: job.status, phase: job.phase, done: job.done, total: job.total, result: job.result,
    problems: job.problems.map((p) => {
      const view = viewProblem(p, locale);
      return { sheet: view.sheet, row: view.row, column: view.column, code: view.code, message: translate(p.code, locale, view.params) };
    }),
  };
}

const flag = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : v === '1' || v === 'true');

export async function enterpriseImportRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  const tags = ['enterprises'];

  r.get('/api/enterprises/import-template.xlsx', {
    schema: { tags, summary: 'The import template: sheets 企业 / 生产储存单元 / 存储物料 / 证照 with drop-downs of the user’s territories', response: { 200: binaryResponse(XLSX, 'The template workbook'), ...errorResponses } },
  }, async (request, reply) => {
    const { actor } = requireActor(request);
    const buffer = await enterpriseImportTemplate(ctx, { actor });
    return reply.header('content-type', XLSX).header('content-disposition', attachment('企业及危险化学品存储导入模板.xlsx')).send(buffer as never);
  });

  r.post('/api/enterprises/import', {
    schema: {
      tags, summary: `Import a filled template (.xlsx ≤ ${LIMIT_TEXT}, multipart: file); 202 with the job to poll`,
      consumes: ['multipart/form-data'], response: { 202: importStarted, ...errorResponses },
    },
  }, async (request, reply) => {
    const { actor } = requireActor(request, ['district_admin', 'department', 'territory']);
    const upload = await readWorkbookUpload(request);
    const sniffed = sniffWorkbook(upload.file, upload.fileName);
    if (sniffed) throw new AppError(sniffed.code, 'input', sniffed.params ?? {}, [{ field: 'file', code: sniffed.code, params: sniffed.params ?? {} }]);
    const { jobId } = startEnterpriseImport(ctx, { actor, buffer: upload.file, fileName: upload.fileName });
    return reply.code(202).send({ jobId });
  });

  r.get('/api/enterprises/import/:jobId', {
    schema: { tags, summary: 'Progress and outcome of an import (only the user who started it; kept an hour)', params: importJobParams, response: { 200: importJobView, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request);
    return presentJob(getEnterpriseImport(ctx, { actor, jobId: request.params.jobId }), request.locale);
  });

  r.get('/api/enterprises/export.xlsx', {
    schema: { tags, summary: 'The enterprises the list shows for these filters, in the import template’s sheets', querystring: exportQuery, response: { 200: binaryResponse(XLSX, 'The export workbook'), ...errorResponses } },
  }, async (request, reply) => {
    const { actor } = requireActor(request);
    const q = request.query;
    const buffer = await exportEnterprisesWorkbook(ctx, {
      actor,
      query: {
        q: q.q, territoryId: q.territoryId, industry: q.industry, activity: q.activity, status: q.status, grade: q.grade,
        majorHazard: flag(q.majorHazard), licenceExpiringWithinDays: q.licenceExpiringWithinDays, restricted: flag(q.restricted),
      },
    });
    return reply.header('content-type', XLSX).header('content-disposition', attachment('企业及危险化学品存储导出.xlsx')).send(buffer as never);
  });
}
