// Supervision notices (督查通报): the district office issues, target units acknowledge. And the inbox.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { acknowledgeNotice } from '@hazgov/app/notices/acknowledge-notice';
import { createNotice } from '@hazgov/app/notices/create-notice';
import { listNotices, type NoticeView } from '@hazgov/app/notices/list-notices';
import { listNotifications } from '@hazgov/app/notifications/list-notifications';
import { readNotification } from '@hazgov/app/notifications/read-notification';
import type { NotificationRow } from '@hazgov/db/notifications/notifications.repository';
import type { z } from 'zod';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';
import {
  acknowledgeResponse, createNoticeBody, noticeListResponse, noticeParams, noticeView, noticesQuery, notificationListResponse, notificationView,
  notificationsQuery,
} from './notices.schemas.js';

function presentNotice(n: NoticeView): z.output<typeof noticeView> {
  return {
    id: n.id, planId: n.plan_id, planTitle: n.plan_title, title: n.title, body: n.body, issuedAt: n.issued_at,
    targetCount: n.target_count, acknowledgedCount: n.acknowledged_count,
    targets: n.targets.map((t) => ({ unitId: t.organisation_id, unitName: t.unit_name, acknowledgedAt: t.acknowledged_at })),
  };
}

function presentNotification(n: NotificationRow): z.output<typeof notificationView> {
  return { id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, createdAt: n.created_at, readAt: n.read_at };
}

export async function noticesRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;

  r.get('/api/notices', {
    schema: { tags: ['notices'], summary: 'Supervision notices addressed inside my jurisdiction', querystring: noticesQuery, response: { 200: noticeListResponse, ...errorResponses } },
  }, async (request) => {
    const { scope } = requireActor(request);
    return { items: (await listNotices(ctx, { scope, planId: request.query.planId })).map(presentNotice) };
  });

  r.post('/api/notices', {
    schema: { tags: ['notices'], summary: 'Issue a supervision notice (district admin)', body: createNoticeBody, response: { 201: noticeView, ...errorResponses } },
  }, async (request, reply) => {
    const { actor, scope } = requireActor(request, ['district_admin']);
    const notice = await createNotice(ctx, { actor, ...request.body });
    const view = (await listNotices(ctx, { scope, planId: notice.plan_id })).find((n) => n.id === notice.id);
    if (!view) throw new Error('notice not readable after create');
    return reply.code(201).send(presentNotice(view));
  });

  r.post('/api/notices/:id/acknowledge', {
    schema: { tags: ['notices'], summary: 'Acknowledge a notice addressed to my unit', params: noticeParams, response: { 200: acknowledgeResponse, ...errorResponses } },
  }, async (request) => {
    const { actor, scope } = requireActor(request);
    return acknowledgeNotice(ctx, { actor, scope, noticeId: request.params.id });
  });

  r.get('/api/notifications', {
    schema: { tags: ['notifications'], summary: 'My unit’s inbox', querystring: notificationsQuery, response: { 200: notificationListResponse, ...errorResponses } },
  }, async (request) => {
    const { actor, scope } = requireActor(request);
    const unreadOnly = request.query.unread === '1' || request.query.unread === 'true';
    const { items, unread } = await listNotifications(ctx, { actor, scope, unreadOnly, limit: request.query.limit });
    return { items: items.map(presentNotification), unread };
  });

  r.post('/api/notifications/:id/read', {
    schema: { tags: ['notifications'], summary: 'Mark a notification read', params: noticeParams, response: { 200: notificationView, ...errorResponses } },
  }, async (request) => {
    const { actor, scope } = requireActor(request);
    return presentNotification(await readNotification(ctx, { actor, scope, notificationId: request.params.id }));
  });
}
