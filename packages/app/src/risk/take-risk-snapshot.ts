// One risk_snapshots row per territory for the China date `asOf` (idempotent: a second run the same day replaces
// it). The dashboard's 12-month trend reads the last snapshot of each month.
import { countSnapshotRows, replaceSnapshot } from '@hazgov/db/risk/risk-snapshots.repository';
import { chinaDateOf, isIsoDate } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';

export async function takeRiskSnapshot(ctx: AppContext, asOf: string): Promise<{ territories: number }> {
  const day = isIsoDate(asOf) ? asOf : chinaDateOf(ctx.now());
  return inTransaction(ctx, async (trx) => {
    const rows = await countSnapshotRows(trx, day, day);
    await replaceSnapshot(trx, day, rows);
    return { territories: rows.length };
  });
}
