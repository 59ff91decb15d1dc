// Routes of the major-hazards context (docs/api-contract.md § Major hazards): the register, one unit's
// identification and register row, its report PDF, monitoring requirements by grade, statistics and the calculator.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getIdentificationReport } from '@hazgov/app/major-hazards/get-identification-report';
import { getMajorHazard } from '@hazgov/app/major-hazards/get-major-hazard';
import { getMonitoringRequirements } from '@hazgov/app/major-hazards/get-monitoring-requirements';
import { identifyLines } from '@hazgov/app/major-hazards/identify-lines';
import { listMajorHazards } from '@hazgov/app/major-hazards/list-major-hazards';
import { majorHazardStats } from '@hazgov/app/major-hazards/major-hazard-stats';
import { saveMonitoringRequirements } from '@hazgov/app/major-hazards/save-monitoring-requirements';
import { updateRegister } from '@hazgov/app/major-hazards/update-register';
import { register } from '../enterprises/enterprises.schemas.js';
import { binaryResponse } from '../shared/binary-response.js';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';
import { inlineFile, presentDetail, presentListItem, presentRegister } from './major-hazards.presenter.js';
import * as s from './major-hazards.schemas.js';

const PDF = 'application/pdf';

export async function majorHazardsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  const tags = ['major-hazards'];

  r.get('/api/major-hazards', {
    schema: { tags, summary: 'The major hazard register in my jurisdiction, with counts by grade', querystring: s.listQuery, response: { 200: s.listResponse, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request);
    const q = request.query;
    const { rows, total, countsByGrade } = await listMajorHazards(ctx, { actor, ...q });
    return { items: rows.map(presentListItem), total, page: q.page, pageSize: q.pageSize, countsByGrade };
  });

  r.get('/api/major-hazards/stats', {
    schema: { tags, summary: 'Major hazards by grade and territory, units below the threshold', response: { 200: s.statsResponse, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request);
    return majorHazardStats(ctx, { actor });
  });

  r.get('/api/major-hazards/monitoring-requirements', {
    schema: { tags, summary: 'Monitoring requirements by grade (the district’s, or the documented default)', response: { 200: s.monitoringResponse, ...errorResponses } },
  }, async (request) => {
    requireActor(request);
    return getMonitoringRequirements(ctx.database.db);
  });

  r.put('/api/major-hazards/monitoring-requirements', {
    schema: { tags, summary: 'Replace the monitoring requirements of every grade (district admin)', body: s.monitoringBody, response: { 200: s.monitoringResponse, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request, ['district_admin']);
    return saveMonitoringRequirements(ctx, { actor, items: request.body.items });
  });

  r.post('/api/major-hazards/identify', {
    schema: { tags, summary: 'GB 18218 calculator: identify and grade the given lines (saves nothing)', body: s.identifyBody, response: { 200: s.identification, ...errorResponses } },
  }, async (request) => {
    requireActor(request);
    return identifyLines(ctx, { lines: request.body.lines, population500m: request.body.population500m }) as Promise<never>;
  });

  r.get('/api/major-hazards/:unitId', {
    schema: { tags, summary: 'One unit’s identification trace, lines with flags, register row and monitoring requirements', params: s.unitParams, response: { 200: s.detailResponse, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request);
    return presentDetail(await getMajorHazard(ctx, { actor, unitId: request.params.unitId }));
  });

  r.put('/api/major-hazards/:unitId/register', {
    schema: { tags, summary: 'Edit a unit’s register row: filing and responsible persons (district admin, departments, the enterprise itself)', params: s.unitParams, body: s.registerBody, response: { 200: register, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request);
    return presentRegister(await updateRegister(ctx, { actor, unitId: request.params.unitId, input: request.body }));
  });

  r.get('/api/major-hazards/:unitId/report.pdf', {
    schema: { tags, summary: 'The identification report (辨识与分级报告) as a printable PDF with Chinese fonts embedded', params: s.unitParams, response: { 200: binaryResponse(PDF, 'The report'), ...errorResponses } },
  }, async (request, reply) => {
    const { actor } = requireActor(request);
    const { pdf, fileName } = await getIdentificationReport(ctx, { actor, unitId: request.params.unitId });
    return reply.header('content-type', PDF).header('content-disposition', inlineFile(fileName)).send(pdf as never); // a Buffer bypasses the serializer
  });
}
