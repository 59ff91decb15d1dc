// Office downloads: the task list (.xlsx), a unit's quarterly report (.docx, own unit only) and the district
// roll-up (.xlsx/.docx, district admin), each with a UTF-8 filename* so Chinese names survive every browser.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { exportRollup } from '@hazgov/app/plans/export-rollup';
import { exportTaskList } from '@hazgov/app/plans/export-task-list';
import { DOCX, exportUnitReport, XLSX } from '@hazgov/app/plans/export-unit-report';
import { getPlan } from '@hazgov/app/plans/get-plan';
import { binaryResponse } from '../shared/binary-response.js';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';
import { attachment } from './plans.presenter.js';
import { exportRollupQuery, exportUnitReportQuery, planParams } from './plans.schemas.js';

export async function planExportRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  const tags = ['plans'];

  r.get('/api/plans/:planId/export/tasks.xlsx', {
    schema: { tags, summary: 'The division-of-work list (附件1 form) as .xlsx', params: planParams, response: { 200: binaryResponse(XLSX, 'The task list workbook'), ...errorResponses } },
  }, async (request, reply) => {
    const { actor, scope } = requireActor(request);
    const plan = await getPlan(ctx, { actor, scope, planId: request.params.planId });
    const buffer = await exportTaskList(ctx, { planId: plan.snapshot.plan.id });
    return reply.header('content-type', XLSX).header('content-disposition', attachment(`${plan.snapshot.plan.title}分工及完成时间清单.xlsx`)).send(buffer as never); // a Buffer bypasses the JSON serializer
  });

  r.get('/api/plans/:planId/export/unit-report.docx', {
    schema: { tags, summary: 'A unit’s quarterly report as .docx (own unit; any unit for the district admin)', params: planParams, querystring: exportUnitReportQuery, response: { 200: binaryResponse(DOCX, 'The quarterly report document'), ...errorResponses } },
  }, async (request, reply) => {
    const { actor, scope } = requireActor(request);
    const out = await exportUnitReport(ctx, { actor, scope, planId: request.params.planId, ...request.query });
    return reply.header('content-type', out.contentType).header('content-disposition', attachment(out.fileName)).send(out.buffer as never);
  });

  for (const format of ['xlsx', 'docx'] as const) {
    r.get(`/api/plans/:planId/export/rollup.${format}`, {
      schema: { tags, summary: `The district roll-up as .${format} (district admin)`, params: planParams, querystring: exportRollupQuery, response: { 200: binaryResponse(format === 'xlsx' ? XLSX : DOCX, 'The roll-up file'), ...errorResponses } },
    }, async (request, reply) => {
      const { actor, scope } = requireActor(request, ['district_admin']);
      const out = await exportRollup(ctx, { actor, scope, planId: request.params.planId, ...request.query, format });
      return reply.header('content-type', out.contentType).header('content-disposition', attachment(out.fileName)).send(out.buffer as never);
    });
  }
}
