// zod schemas of notices (督查通报) and the inbox.
import { z } from 'zod';

const id = z.string().min(1).max(100);
export const noticeParams = z.object({ id });
export const noticesQuery = z.object({ planId: id.optional() });
export const createNoticeBody = z.object({ planId: id, title: z.string().min(1).max(200), body: z.string().min(1).max(20000), targetUnitIds: z.array(id).min(1).max(5000) });
export const noticeView = z.object({
  id: z.string(), planId: z.string(), planTitle: z.string(), title: z.string(), body: z.string(), issuedAt: z.string(),
  targetCount: z.number(), acknowledgedCount: z.number(),
  targets: z.array(z.object({ unitId: z.string(), unitName: z.string(), acknowledgedAt: z.string().nullable() })),
});
export const noticeListResponse = z.object({ items: z.array(noticeView) });
export const acknowledgeResponse = z.object({ noticeId: z.string(), unitId: z.string(), acknowledgedAt: z.string() });

export const notificationsQuery = z.object({ unread: z.enum(['0', '1', 'true', 'false']).optional(), limit: z.coerce.number().int().min(1).max(1000).optional() });
export const notificationView = z.object({
  id: z.string(), kind: z.string(), title: z.string(), body: z.string(), link: z.string().nullable(), createdAt: z.string(), readAt: z.string().nullable(),
});
export const notificationListResponse = z.object({ items: z.array(notificationView), unread: z.number() });
