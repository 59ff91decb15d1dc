// One transaction per user action: the write and its audit rows commit together or not at all.
import type { Db } from '@hazgov/db/database';
import type { AppContext } from './context.js';

export function inTransaction<T>(ctx: AppContext, work: (trx: Db) => Promise<T>): Promise<T> {
  return ctx.database.db.transaction().execute(work);
}
