// The working-day calendar: a year's listed days (official + overrides) for everyone signed in; overrides are
// set and removed by the district office.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getCalendarYear } from '@hazgov/app/calendar/get-calendar-year';
import { setCalendarOverride } from '@hazgov/app/calendar/set-calendar-override';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const calendarQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
const dayView = z.object({ date: z.string(), kind: z.enum(['holiday', 'workday']), name: z.string(), source: z.enum(['base', 'override']) });
const calendarResponse = z.object({ year: z.number(), coverage: z.enum(['verified', 'unverified', 'not_covered']), days: z.array(dayView) });
const overrideParams = z.object({ date: isoDate });
const overrideBody = z.object({ kind: z.enum(['holiday', 'workday']), name: z.string().min(1).max(100) });
const overrideResponse = z.object({ date: z.string(), kind: z.enum(['holiday', 'workday']), name: z.string(), updatedAt: z.string() });

export async function calendarRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  const tags = ['calendar'];

  r.get('/api/calendar', {
    schema: { tags, summary: 'Holidays and make-up working days of a year (official table + overrides)', querystring: calendarQuery, response: { 200: calendarResponse, ...errorResponses } },
  }, async (request) => {
    requireActor(request);
    const year = request.query.year ?? Number(ctx.now().toISOString().slice(0, 4));
    const view = await getCalendarYear(ctx, { year });
    return { year: view.year, coverage: view.coverage, days: view.days.map((d) => ({ date: d.date, kind: d.kind, name: d.name, source: d.source })) };
  });

  r.put('/api/calendar/overrides/:date', {
    schema: { tags, summary: 'Override one day (district admin)', params: overrideParams, body: overrideBody, response: { 200: overrideResponse, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request, ['district_admin']);
    const row = await setCalendarOverride(ctx, { actor, date: request.params.date, ...request.body });
    if (!row) throw new Error('override not saved');
    return { date: row.date, kind: row.kind as 'holiday', name: row.name, updatedAt: row.updated_at };
  });

  r.delete('/api/calendar/overrides/:date', {
    schema: { tags, summary: 'Remove an override (district admin)', params: overrideParams, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    const { actor } = requireActor(request, ['district_admin']);
    await setCalendarOverride(ctx, { actor, date: request.params.date, kind: null });
    return reply.code(204).send(null);
  });
}
