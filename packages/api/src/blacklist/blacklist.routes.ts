// Routes of the blacklist: proposal → review → decision → publication → repair → removal, joint-punishment notices
// (docs/api-contract.md § Blacklist). Static paths (/listed, /notices) are matched before /:id by the router.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actOnEntry } from '@hazgov/app/blacklist/act-on-entry';
import { loadBlacklistCriteria } from '@hazgov/app/blacklist/blacklist-settings';
import { acknowledgeNotice, listNotices } from '@hazgov/app/blacklist/joint-notices';
import { getEntry, listEntries, listListedEnterprises, type EntryWithParts } from '@hazgov/app/blacklist/list-entries';
import { proposeEntry } from '@hazgov/app/blacklist/propose-entry';
import { listedEnterpriseIdsAmong } from '@hazgov/db/blacklist/listed.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';
import { presentEntry, presentNoticeWithEntry, type EntryPresentContext } from './blacklist.presenter.js';
import * as s from './blacklist.schemas.js';

const tags = ['blacklist'];
const yes = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : v === '1' || v === 'true');

export async function blacklistRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  const who = (request: FastifyRequest) => requireActor(request).actor;
  const presenting = async (actor: Actor, parts: EntryWithParts[]): Promise<EntryPresentContext> => {
    const db = ctx.database.db;
    const ids = parts.flatMap((p) => (p.entry.enterprise_id ? [p.entry.enterprise_id] : []));
    return {
      actor, criteria: new Map((await loadBlacklistCriteria(db)).map((c) => [c.key, c])), listed: await listedEnterpriseIdsAmong(db, ids),
    };
  };
  const detail = async (actor: Actor, entryId: string) => {
    const p = await getEntry(ctx, { actor, entryId });
    return presentEntry(p, await presenting(actor, [p]));
  };

  r.get('/api/blacklist/listed', {
    schema: { tags, summary: 'The listed enterprises of my district (the badge shown beside them everywhere)', response: { 200: s.listedResponse, ...errorResponses } },
  }, async (request) => ({ enterpriseIds: await listListedEnterprises(ctx, { actor: who(request) }) }));

  r.get('/api/blacklist/notices', {
    schema: { tags, summary: 'Joint-punishment notices sent to my department', querystring: s.noticesQuery, response: { 200: s.noticeList, ...errorResponses } },
  }, async (request) => {
    const rows = await listNotices(ctx, { actor: who(request), acknowledged: yes(request.query.acknowledged) });
    return { items: rows.map((x) => presentNoticeWithEntry(x.notice, x.entry)) };
  });

  r.post('/api/blacklist/notices/:id/acknowledge', {
    schema: { tags, summary: 'Acknowledge a joint-punishment notice with what the department did', params: s.entryParams, body: s.acknowledgeBody, response: { 200: s.noticeWithEntry, ...errorResponses } },
  }, async (request) => {
    const x = await acknowledgeNotice(ctx, { actor: who(request), noticeId: request.params.id, response: request.body.response });
    return presentNoticeWithEntry(x.notice, x.entry);
  });

  r.get('/api/blacklist', {
    schema: { tags, summary: 'Blacklist entries in my jurisdiction, newest first', querystring: s.listQuery, response: { 200: s.entryList, ...errorResponses } },
  }, async (request) => {
    const actor = who(request);
    const parts = await listEntries(ctx, { actor, ...request.query });
    const c = await presenting(actor, parts);
    return { items: parts.map((p) => presentEntry(p, c)) };
  });

  r.post('/api/blacklist', {
    schema: { tags, summary: 'Propose a listing: an enterprise or a person (department, territory, admin)', body: s.entryInput, response: { 201: s.entry, ...errorResponses } },
  }, async (request, reply) => {
    const actor = who(request);
    const id = await proposeEntry(ctx, { actor, input: request.body });
    return reply.code(201).send(await detail(actor, id));
  });

  r.get('/api/blacklist/:id', {
    schema: { tags, summary: 'One blacklist entry with its joint notices', params: s.entryParams, response: { 200: s.entry, ...errorResponses } },
  }, async (request) => detail(who(request), request.params.id));

  r.post('/api/blacklist/:id/actions', {
    schema: { tags, summary: 'A workflow step (409 BLACKLIST_TRANSITION_NOT_ALLOWED, BLACKLIST_SAME_PERSON, BLACKLIST_VERSION_CONFLICT)', params: s.entryParams, body: s.entryActionBody, response: { 200: s.entry, ...errorResponses } },
  }, async (request) => {
    const actor = who(request);
    await actOnEntry(ctx, { actor, entryId: request.params.id, input: request.body });
    return detail(actor, request.params.id);
  });
}
