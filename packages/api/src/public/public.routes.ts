// The public portal's feeds: no login, only published records, only fields flagged public. Not under /api/: no session
// is read or needed. JSON and RSS come from the same publicView-cut records (app/src/public). Answers may be cached for
// five minutes by browsers and proxies: a record published or withdrawn shows there within that time.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listPublicBlacklist } from '@hazgov/app/public/public-blacklist';
import { listPublicDraws } from '@hazgov/app/public/public-draws';
import { listPublicPenalties } from '@hazgov/app/public/public-penalties';
import { getPublicRiskNotices } from '@hazgov/app/public/public-risk-notices';
import { errorResponses } from '../shared/error-mapping.js';
import { blacklistRss, penaltiesRss } from './public.feed.js';

const tags = ['public'];
const CACHE = 'public, max-age=300';
const records = z.object({ generatedAt: z.string(), items: z.array(z.record(z.string(), z.unknown())) });
const riskNotices = z.object({
  generatedAt: z.string(), areas: z.array(z.object({ name: z.string(), level: z.string(), supervisionMonths: z.number() })),
  counts: z.object({ red: z.number(), orange: z.number(), yellow: z.number(), blue: z.number() }),
});
const draws = z.object({
  generatedAt: z.string(),
  items: z.array(z.object({
    planTitle: z.string(), year: z.number(), organisation: z.string().nullable(), drawnOn: z.string(), publishedOn: z.string().nullable(),
    seed: z.string(), algorithm: z.string(),
    enterprises: z.array(z.object({ name: z.string(), territory: z.string().nullable(), status: z.string(), submittedOn: z.string().nullable(), findingCount: z.number().nullable() })),
  })),
});

/** The links inside the RSS: the address the reader used (the portal has no fixed public URL setting of its own). */
const baseOf = (request: FastifyRequest): string => `${request.protocol}://${request.host}`;
const cached = (reply: FastifyReply, type?: string): FastifyReply => {
  reply.header('cache-control', CACHE);
  if (type) reply.type(type);
  return reply;
};

export async function publicRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;

  r.get('/public/blacklist.json', {
    schema: { tags, summary: 'The current blacklist, public fields only (no login)', response: { 200: records, ...errorResponses } },
  }, async (_request, reply) => cached(reply).send(await listPublicBlacklist(ctx)));

  r.get('/public/blacklist.rss', {
    schema: { tags, summary: 'The current blacklist as RSS 2.0, public fields only (no login)' },
  }, async (request, reply) => {
    const list = await listPublicBlacklist(ctx);
    return cached(reply, 'application/rss+xml; charset=utf-8').send(blacklistRss(baseOf(request), list.generatedAt, list.items));
  });

  r.get('/public/penalties.json', {
    schema: { tags, summary: 'Published penalty decisions, public fields only (no login)', response: { 200: records, ...errorResponses } },
  }, async (_request, reply) => cached(reply).send(await listPublicPenalties(ctx)));

  r.get('/public/penalties.rss', {
    schema: { tags, summary: 'Published penalty decisions as RSS 2.0, public fields only (no login)' },
  }, async (request, reply) => {
    const list = await listPublicPenalties(ctx);
    return cached(reply, 'application/rss+xml; charset=utf-8').send(penaltiesRss(baseOf(request), list.generatedAt, list.items));
  });

  r.get('/public/risk-notices.json', {
    schema: { tags, summary: 'Area risk levels and risk point colour counts; no enterprise named (no login)', response: { 200: riskNotices, ...errorResponses } },
  }, async (_request, reply) => cached(reply).send(await getPublicRiskNotices(ctx)));

  r.get('/public/draws.json', {
    schema: { tags, summary: 'Published 双随机 draws with their seed and results (no login)', response: { 200: draws, ...errorResponses } },
  }, async (_request, reply) => cached(reply).send(await listPublicDraws(ctx)));
}
