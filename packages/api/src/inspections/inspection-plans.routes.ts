// Routes of checklist templates, inspection settings, inspection plans, 双随机 draws, conflicts of interest (docs/api-contract.md § issue 5).
// Each handler: who is asking → the use case (which checks scope, role and input) → the presenter.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createTemplate } from '@hazgov/app/inspections/create-template';
import { getTemplate } from '@hazgov/app/inspections/get-template';
import { listTemplates } from '@hazgov/app/inspections/list-templates';
import { updateTemplate } from '@hazgov/app/inspections/update-template';
import { drawPlan } from '@hazgov/app/inspections/draw-plan';
import { getDraw } from '@hazgov/app/inspections/get-draw';
import { getPlan } from '@hazgov/app/inspections/get-plan';
import { createPlan } from '@hazgov/app/inspections/create-plan';
import { defaultInspectionSettings } from '@hazgov/app/inspections/inspection-defaults';
import { loadInspectionSettingsInForce } from '@hazgov/app/inspections/inspection-settings';
import { addConflict } from '@hazgov/app/inspections/add-conflict';
import { listConflicts } from '@hazgov/app/inspections/list-conflicts';
import { removeConflict } from '@hazgov/app/inspections/remove-conflict';
import { listInspectors } from '@hazgov/app/inspections/list-inspectors';
import { listPlans } from '@hazgov/app/inspections/list-plans';
import { publishDraw } from '@hazgov/app/inspections/publish-draw';
import { publishPlan } from '@hazgov/app/inspections/publish-plan';
import { saveInspectionSettings } from '@hazgov/app/inspections/save-inspection-settings';
import { updatePlan } from '@hazgov/app/inspections/update-plan';
import { verifyDraw } from '@hazgov/app/inspections/verify-draw';
import type { ChecklistTemplateInput } from '@hazgov/domain/inspections/checklist-input';
import type { PlanInput } from '@hazgov/domain/inspections/plan-input';
import { isGovernmentRole } from '@hazgov/domain/orgs/roles';
import { forbidden } from '@hazgov/domain/shared/app-error';
import { findUserById } from '@hazgov/db/users/users.repository';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';
import { presentTemplate, presentTemplateSummary } from './inspection-plans.presenter.js';
import * as s from './inspection-plans.schemas.js';

const tags = ['inspections'];

export async function inspectionPlansRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  const db = ctx.database.db;
  const who = (request: FastifyRequest) => requireActor(request).actor;
  const settingsView = async () => {
    const s = await loadInspectionSettingsInForce(db);
    const by = s.updatedBy ? await findUserById(db, s.updatedBy) : undefined;
    return { ...s, defaults: defaultInspectionSettings(), updatedBy: by?.display_name ?? s.updatedBy };
  };

  // checklist templates
  r.get('/api/inspections/templates', {
    schema: { tags, summary: 'Checklist templates (every version; filter by enterprise type and status)', querystring: s.templatesQuery, response: { 200: s.templatesResponse, ...errorResponses } },
  }, async (request) => ({ items: (await listTemplates(ctx, { actor: who(request), ...request.query })).map(presentTemplateSummary) }));

  r.get('/api/inspections/templates/:id', {
    schema: { tags, summary: 'One checklist template with its items', params: s.idParams, response: { 200: s.template, ...errorResponses } },
  }, async (request) => presentTemplate(await getTemplate(db, who(request), request.params.id)));

  r.post('/api/inspections/templates', {
    schema: { tags, summary: 'New checklist template (district admin)', body: s.templateInput, response: { 201: s.template, ...errorResponses } },
  }, async (request, reply) => reply.code(201).send(presentTemplate(await createTemplate(ctx, { actor: who(request), input: request.body as ChecklistTemplateInput }))));

  r.put('/api/inspections/templates/:id', {
    schema: { tags, summary: 'Revise a template: saves version n+1 and retires this one (district admin)', params: s.idParams, body: s.templateInput, response: { 200: s.template, ...errorResponses } },
  }, async (request) => presentTemplate(await updateTemplate(ctx, { actor: who(request), id: request.params.id, input: request.body as ChecklistTemplateInput })));

  // settings
  r.get('/api/inspections/settings', {
    schema: { tags, summary: 'Inspection settings in force (major criteria, escalation, deadlines, blacklist criteria, public fields) and their defaults', response: { 200: s.settingsResponse, ...errorResponses } },
  }, async (request) => {
    if (!isGovernmentRole(who(request).role)) throw forbidden();
    return settingsView();
  });

  r.put('/api/inspections/settings', {
    schema: { tags, summary: 'Save any of the inspection settings (district admin); each document checked whole', body: s.settingsBody, response: { 200: s.settingsResponse, ...errorResponses } },
  }, async (request) => {
    await saveInspectionSettings(ctx, { actor: who(request), input: request.body });
    return settingsView();
  });

  // plans
  r.get('/api/inspections/plans', {
    schema: { tags, summary: 'Inspection plans in my jurisdiction, with their draws and progress', querystring: s.plansQuery, response: { 200: s.plansResponse, ...errorResponses } },
  }, async (request) => ({ items: await listPlans(ctx, { actor: who(request), year: request.query.year }) }));

  r.post('/api/inspections/plans', {
    schema: { tags, summary: 'New yearly inspection plan of my organisation (department, territory, admin)', body: s.planInput, response: { 201: s.plan, ...errorResponses } },
  }, async (request, reply) => reply.code(201).send(await createPlan(ctx, { actor: who(request), input: request.body as PlanInput })));

  r.get('/api/inspections/plans/:id', {
    schema: { tags, summary: 'One inspection plan', params: s.idParams, response: { 200: s.plan, ...errorResponses } },
  }, async (request) => getPlan(ctx, { actor: who(request), planId: request.params.id }));

  r.put('/api/inspections/plans/:id', {
    schema: { tags, summary: 'Edit a draft plan (409 INSPECTION_PLAN_NOT_DRAFT once published)', params: s.idParams, body: s.planInput, response: { 200: s.plan, ...errorResponses } },
  }, async (request) => updatePlan(ctx, { actor: who(request), planId: request.params.id, input: request.body as PlanInput }));

  r.post('/api/inspections/plans/:id/publish', {
    schema: { tags, summary: 'Publish a plan', params: s.idParams, response: { 200: s.plan, ...errorResponses } },
  }, async (request) => publishPlan(ctx, { actor: who(request), planId: request.params.id }));

  r.post('/api/inspections/plans/:id/draw', {
    schema: { tags, summary: '双随机 draw for the plan with a recorded seed (409 INSPECTION_DRAW_NOT_ENOUGH_INSPECTORS)', params: s.idParams, body: s.drawBody, response: { 201: s.draw, ...errorResponses } },
  }, async (request, reply) => reply.code(201).send(await drawPlan(ctx, { actor: who(request), planId: request.params.id, seed: request.body?.seed })));

  // draws
  r.get('/api/inspections/draws/:id', {
    schema: { tags, summary: 'One draw: seed, algorithm, pools, conflicts and result', params: s.idParams, response: { 200: s.draw, ...errorResponses } },
  }, async (request) => getDraw(ctx, { actor: who(request), drawId: request.params.id }));

  r.get('/api/inspections/draws/:id/verify', {
    schema: { tags, summary: 'Re-run the draw from its stored seed and pools and compare', params: s.idParams, response: { 200: s.verifyResponse, ...errorResponses } },
  }, async (request) => verifyDraw(ctx, { actor: who(request), drawId: request.params.id }));

  r.post('/api/inspections/draws/:id/publish', {
    schema: { tags, summary: 'Publish a draw: one planned inspection per drawn enterprise; shown on the public portal', params: s.idParams, response: { 200: s.draw, ...errorResponses } },
  }, async (request) => publishDraw(ctx, { actor: who(request), drawId: request.params.id }));

  // conflicts of interest and inspectors
  r.get('/api/inspections/conflicts', {
    schema: { tags, summary: 'Conflicts of interest (回避) for enterprises in my jurisdiction', querystring: s.conflictsQuery, response: { 200: s.conflictsResponse, ...errorResponses } },
  }, async (request) => ({ items: await listConflicts(ctx, { actor: who(request), ...request.query }) }));

  r.post('/api/inspections/conflicts', {
    schema: { tags, summary: 'Record that an inspector may not inspect an enterprise', body: s.conflictInput, response: { 201: s.conflict, ...errorResponses } },
  }, async (request, reply) => reply.code(201).send(await addConflict(ctx, { actor: who(request), input: request.body })));

  r.delete('/api/inspections/conflicts/:id', {
    schema: { tags, summary: 'Remove a conflict of interest', params: s.idParams, response: { 204: s.noContent, ...errorResponses } },
  }, async (request, reply) => {
    await removeConflict(ctx, { actor: who(request), conflictId: request.params.id });
    return reply.code(204).send(null);
  });

  r.get('/api/inspections/inspectors', {
    schema: { tags, summary: 'Inspectors of my district', response: { 200: s.inspectorsResponse, ...errorResponses } },
  }, async (request) => ({ items: await listInspectors(ctx, { actor: who(request) }) }));
}
