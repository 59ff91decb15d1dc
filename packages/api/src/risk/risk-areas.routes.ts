// Routes of risk settings, area risk and the dashboard (docs/api-contract.md § Settings and area risk).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getRiskDashboard } from '@hazgov/app/risk/get-risk-dashboard';
import { getRiskSettings } from '@hazgov/app/risk/get-risk-settings';
import { listAreaRiskFor } from '@hazgov/app/risk/list-area-risk';
import { recomputeAreasNow } from '@hazgov/app/risk/recompute-areas-now';
import { saveRiskSettings, type RiskSettingsInput } from '@hazgov/app/risk/save-risk-settings';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';
import { presentArea, presentDashboard } from './risk-areas.presenter.js';
import * as s from './risk-areas.schemas.js';

export async function riskAreasRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  const tags = ['risk'];

  r.get('/api/risk/settings', {
    schema: { tags, summary: 'The risk rules in force (score bands, area rule, supervision frequency) and the documented defaults', response: { 200: s.settingsResponse, ...errorResponses } },
  }, async (request) => {
    requireActor(request);
    return getRiskSettings(ctx.database.db) as Promise<never>;
  });

  r.put('/api/risk/settings', {
    schema: { tags, summary: 'Save the risk rules (district admin); re-grades every point and recomputes every area in one transaction', body: s.settingsBody, response: { 200: s.settingsResponse, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request, ['district_admin']);
    return saveRiskSettings(ctx, { actor, input: request.body as RiskSettingsInput }) as Promise<never>;
  });

  r.get('/api/risk/areas', {
    schema: { tags, summary: 'Area risk of the territories and grid cells in my jurisdiction, with the factors and the rules that fired', querystring: s.areasQuery, response: { 200: s.areasResponse, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request);
    const items = await listAreaRiskFor(ctx, { actor, ...request.query });
    return { items: items.map(presentArea) };
  });

  r.post('/api/risk/areas/recompute', {
    schema: { tags, summary: 'Recompute every area’s risk now (district admin)', response: { 200: s.recomputeResponse, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request, ['district_admin']);
    return recomputeAreasNow(ctx, { actor });
  });

  r.get('/api/risk/dashboard', {
    schema: { tags, summary: 'Risk points by level, status, territory, industry and kind; 12-month trend; points needing attention; areas by level', querystring: s.dashboardQuery, response: { 200: s.dashboardResponse, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request);
    return presentDashboard(await getRiskDashboard(ctx, { actor, territoryId: request.query.territoryId }));
  });
}
