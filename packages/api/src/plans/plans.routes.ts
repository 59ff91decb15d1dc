// HTTP routes of the plans context (docs/api-contract.md, Plans). Each handler reads like a sentence:
// actor → validated input → use case → presenter. Notices, inbox and calendar are registered from here too.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { completeMilestone } from '@hazgov/app/plans/complete-milestone';
import { getAssessment } from '@hazgov/app/plans/get-assessment';
import { getPlan } from '@hazgov/app/plans/get-plan';
import { getPlanBoard } from '@hazgov/app/plans/get-plan-board';
import { getPlanDashboard } from '@hazgov/app/plans/get-plan-dashboard';
import { getPlanTask } from '@hazgov/app/plans/get-plan-task';
import { getPlanUnit } from '@hazgov/app/plans/get-plan-unit';
import { listPlanSubmissions } from '@hazgov/app/plans/list-plan-submissions';
import { listPlans } from '@hazgov/app/plans/list-plans';
import { listProgressReports } from '@hazgov/app/plans/list-progress-reports';
import { markPlanEventOccurred } from '@hazgov/app/plans/mark-plan-event-occurred';
import { reviewProgressReport } from '@hazgov/app/plans/review-progress-report';
import { savePlanSubmission, type SubmissionBody } from '@hazgov/app/plans/save-plan-submission';
import { saveProgressReport } from '@hazgov/app/plans/save-progress-report';
import { updateAssessmentCriteria } from '@hazgov/app/plans/update-assessment-criteria';
import { calendarRoutes } from '../calendar/calendar.routes.js';
import { noticesRoutes } from '../notices/notices.routes.js';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';
import { planExportRoutes } from './plan-exports.routes.js';
import { planImportRoutes } from './plan-import.routes.js';
import {
  presentAssessment, presentBoard, presentPlan, presentPlanListItem, presentReport, presentSubmission, presentTask, presentUnitPage,
} from './plans.presenter.js';
import {
  asOfQuery, assessmentQuery, assessmentResponse, boardQuery, boardResponse, completeMilestoneBody, completionResponse, criteriaBody, criteriaResponse,
  dashboardResponse, eventOccurredBody, eventParams, eventResponse, milestoneParams, planListResponse, planParams, planResponse, progressReport,
  reportsQuery, reportsResponse, reviewBody, reviewParams, saveReportBody, submissionBody, submissionParams, submissionView, submissionsQuery,
  submissionsResponse, taskParams, taskResponse, unitParams, unitResponse,
} from './plans.schemas.js';

const tags = ['plans'];

export async function plansRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;

  r.get('/api/plans', { schema: { tags, summary: 'Plans I may see', response: { 200: planListResponse, ...errorResponses } } }, async (request) => {
    const { actor, scope } = requireActor(request);
    return { items: (await listPlans(ctx, { actor, scope })).map(presentPlanListItem) };
  });

  r.get('/api/plans/:planId', { schema: { tags, summary: 'A plan: phases, groups, submissions, quarters', params: planParams, response: { 200: planResponse, ...errorResponses } } }, async (request) => {
    const { actor, scope } = requireActor(request);
    return presentPlan(await getPlan(ctx, { actor, scope, planId: request.params.planId }));
  });

  r.get('/api/plans/:planId/board', {
    schema: { tags, summary: 'Tasks × units with status as of a date', params: planParams, querystring: boardQuery, response: { 200: boardResponse, ...errorResponses } },
  }, async (request) => {
    const { actor, scope } = requireActor(request);
    return presentBoard(await getPlanBoard(ctx, { actor, scope, planId: request.params.planId, ...request.query }));
  });

  r.get('/api/plans/:planId/tasks/:taskId', {
    schema: { tags, summary: 'One task: units, milestones, reports', params: taskParams, querystring: asOfQuery, response: { 200: taskResponse, ...errorResponses } },
  }, async (request) => {
    const { actor, scope } = requireActor(request);
    return presentTask(await getPlanTask(ctx, { actor, scope, ...request.params, asOf: request.query.asOf }));
  });

  r.get('/api/plans/:planId/units/:unitId', {
    schema: { tags, summary: 'One unit: what it owes, reports, late quarters, submissions', params: unitParams, querystring: asOfQuery, response: { 200: unitResponse, ...errorResponses } },
  }, async (request) => {
    const { actor, scope } = requireActor(request);
    return presentUnitPage(await getPlanUnit(ctx, { actor, scope, ...request.params, asOf: request.query.asOf }));
  });

  r.get('/api/plans/:planId/dashboard', {
    schema: { tags, summary: 'Completion, late units, timeline, reports per quarter', params: planParams, querystring: asOfQuery, response: { 200: dashboardResponse, ...errorResponses } },
  }, async (request) => {
    const { actor, scope } = requireActor(request);
    return getPlanDashboard(ctx, { actor, scope, planId: request.params.planId, asOf: request.query.asOf });
  });

  r.get('/api/plans/:planId/reports', {
    schema: { tags, summary: 'Progress reports in my jurisdiction', params: planParams, querystring: reportsQuery, response: { 200: reportsResponse, ...errorResponses } },
  }, async (request) => {
    const { actor, scope } = requireActor(request);
    return { items: (await listProgressReports(ctx, { actor, scope, planId: request.params.planId, ...request.query })).map(presentReport) };
  });

  r.put('/api/plans/:planId/reports', {
    schema: { tags, summary: 'Save or submit my unit’s quarterly report on a task', params: planParams, body: saveReportBody, response: { 200: progressReport, ...errorResponses } },
  }, async (request) => {
    const { actor, scope } = requireActor(request);
    return presentReport(await saveProgressReport(ctx, { actor, scope, planId: request.params.planId, ...request.body }));
  });

  r.post('/api/plans/:planId/reports/:reportId/review', {
    schema: { tags, summary: 'Accept or return a submitted report (district admin)', params: reviewParams, body: reviewBody, response: { 200: progressReport, ...errorResponses } },
  }, async (request) => {
    const { actor, scope } = requireActor(request, ['district_admin']);
    return presentReport(await reviewProgressReport(ctx, { actor, scope, ...request.params, ...request.body }));
  });

  r.get('/api/plans/:planId/submissions', {
    schema: { tags, summary: 'Implementation plans, contact returns, summaries: sent or missing', params: planParams, querystring: submissionsQuery, response: { 200: submissionsResponse, ...errorResponses } },
  }, async (request) => {
    const { actor, scope } = requireActor(request);
    return { items: (await listPlanSubmissions(ctx, { actor, scope, planId: request.params.planId, ...request.query })).map(presentSubmission) };
  });

  r.put('/api/plans/:planId/submissions/:kind', {
    schema: { tags, summary: 'Send my unit’s submission', params: submissionParams, body: submissionBody, response: { 200: submissionView, ...errorResponses } },
  }, async (request) => {
    const { actor, scope } = requireActor(request);
    await savePlanSubmission(ctx, { actor, scope, ...request.params, body: request.body as SubmissionBody });
    const [row] = await listPlanSubmissions(ctx, { actor, scope, planId: request.params.planId, kind: request.params.kind, unitId: actor.organisationId });
    if (!row) throw new Error('submission not readable after save');
    return presentSubmission(row);
  });

  r.post('/api/plans/:planId/milestones/:milestoneId/complete', {
    schema: { tags, summary: 'Declare a milestone met (own unit)', params: milestoneParams, body: completeMilestoneBody, response: { 200: completionResponse, ...errorResponses } },
  }, async (request) => {
    const { actor, scope } = requireActor(request);
    const row = await completeMilestone(ctx, { actor, scope, ...request.params, ...request.body });
    return { milestoneId: row.milestone_id, unitId: row.organisation_id, completedOn: row.completed_on, note: row.note };
  });

  r.post('/api/plans/:planId/events/:eventId/occurred', {
    schema: { tags, summary: 'Record that a condition occurred (district admin)', params: eventParams, body: eventOccurredBody, response: { 200: eventResponse, ...errorResponses } },
  }, async (request) => {
    const { actor, scope } = requireActor(request, ['district_admin']);
    const e = await markPlanEventOccurred(ctx, { actor, scope, ...request.params, ...request.body });
    return { id: e.id, name: e.name, occurredOn: e.occurred_on };
  });

  r.get('/api/plans/:planId/assessment', {
    schema: { tags, summary: 'Yearly assessment scores per unit', params: planParams, querystring: assessmentQuery, response: { 200: assessmentResponse, ...errorResponses } },
  }, async (request) => {
    const { actor, scope } = requireActor(request);
    return presentAssessment(await getAssessment(ctx, { actor, scope, planId: request.params.planId, year: request.query.year }));
  });

  r.put('/api/plans/:planId/assessment/criteria', {
    schema: { tags, summary: 'Set the assessment criteria (district admin)', params: planParams, body: criteriaBody, response: { 200: criteriaResponse, ...errorResponses } },
  }, async (request) => {
    const { actor, scope } = requireActor(request, ['district_admin']);
    return { criteria: await updateAssessmentCriteria(ctx, { actor, scope, planId: request.params.planId, criteria: request.body.criteria }) };
  });

  await planImportRoutes(app);
  await planExportRoutes(app);
  await noticesRoutes(app);
  await calendarRoutes(app);
}
