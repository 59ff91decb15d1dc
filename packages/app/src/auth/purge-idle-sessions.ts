// Deletes sessions idle past the timeout. resolveSession already refuses them; this only stops the table from
// growing with sessions whose owners never came back. Housekeeping, not a user action: not audited.
import { deleteSessionsIdleSince } from '@hazgov/db/auth/sessions.repository';
import type { AppContext } from '../shared/context.js';

export async function purgeIdleSessions(ctx: AppContext, opts: { idleMinutes: number }): Promise<number> {
  const before = new Date(ctx.now().getTime() - opts.idleMinutes * 60_000).toISOString();
  return deleteSessionsIdleSince(ctx.database.db, before);
}
