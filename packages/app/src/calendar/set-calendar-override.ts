// The district office overrides one day of the official calendar (a year not yet published, a local holiday),
// or removes its override (kind null). Deadlines computed afterwards use the new calendar.
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError, invalid } from '@hazgov/domain/shared/app-error';
import { isIsoDate } from '@hazgov/domain/shared/iso-date';
import { deleteOverride, findOverride, upsertOverride, type CalendarOverrideRow } from '@hazgov/db/calendar/calendar-overrides.repository';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';

export type SetCalendarOverrideOptions = { actor: Actor; date: string; kind: 'holiday' | 'workday' | null; name?: string | undefined };

export async function setCalendarOverride(ctx: AppContext, opts: SetCalendarOverrideOptions): Promise<CalendarOverrideRow | null> {
  if (opts.actor.role !== 'district_admin') throw new AppError('FORBIDDEN', 'forbidden');
  if (!isIsoDate(opts.date)) throw invalid('CALENDAR_DATE_INVALID', [{ field: 'date', code: 'CALENDAR_DATE_INVALID' }]);
  const name = opts.name?.trim() ?? '';
  if (opts.kind !== null && !name) throw invalid('CALENDAR_NAME_REQUIRED', [{ field: 'name', code: 'CALENDAR_NAME_REQUIRED' }]);
  return inTransaction(ctx, async (trx) => {
    const before = await findOverride(trx, opts.date);
    const at = ctx.now().toISOString();
    if (opts.kind === null) {
      if (!before) return null;
      await deleteOverride(trx, opts.date);
      await recordAudit(trx, { actor: opts.actor, action: 'calendar.override.delete', entity: 'calendar_override', entityId: opts.date, before, at });
      return null;
    }
    const row: CalendarOverrideRow = { date: opts.date, kind: opts.kind, name, updated_at: at, updated_by: opts.actor.userId };
    await upsertOverride(trx, row);
    await recordAudit(trx, { actor: opts.actor, action: 'calendar.override', entity: 'calendar_override', entityId: opts.date, before: before ?? undefined, after: row, at });
    return row;
  });
}
