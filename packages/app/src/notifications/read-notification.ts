// Marks one inbox notification read. Reading is a write, so it is audited like any other.
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { AppError } from '@hazgov/domain/shared/app-error';
import { findInboxNotification, markNotificationRead, type NotificationRow } from '@hazgov/db/notifications/notifications.repository';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';

export async function readNotification(ctx: AppContext, opts: { actor: Actor; scope: Scope; notificationId: string }): Promise<NotificationRow> {
  return inTransaction(ctx, async (trx) => {
    const row = await findInboxNotification(trx, opts.notificationId, { organisationId: opts.actor.organisationId, scope: opts.scope });
    if (!row) throw new AppError('NOTIFICATION_NOT_FOUND', 'not_found');
    if (row.read_at) return row;
    const at = ctx.now().toISOString();
    await markNotificationRead(trx, row.id, at);
    await recordAudit(trx, { actor: opts.actor, action: 'notification.read', entity: 'notification', entityId: row.id, after: { readAt: at }, at });
    return { ...row, read_at: at };
  });
}
