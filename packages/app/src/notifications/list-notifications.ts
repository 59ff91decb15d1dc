// The actor's inbox: notifications addressed to its own organisation.
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { countUnread, listInbox, type NotificationRow } from '@hazgov/db/notifications/notifications.repository';
import type { AppContext } from '../shared/context.js';

export async function listNotifications(
  ctx: AppContext,
  opts: { actor: Actor; scope: Scope; unreadOnly?: boolean; limit?: number },
): Promise<{ items: NotificationRow[]; unread: number }> {
  const f = { organisationId: opts.actor.organisationId, scope: opts.scope };
  const items = await listInbox(ctx.database.db, { ...f, unreadOnly: opts.unreadOnly ?? false, limit: Math.min(opts.limit ?? 200, 1000) });
  return { items, unread: await countUnread(ctx.database.db, f) };
}
