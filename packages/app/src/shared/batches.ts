// A scheduler pass over rows that a change takes out of its own query (past-deadline orders → overdue, ended listings
// → expired): one transaction per batch, until a batch comes back short. A full batch that changed nothing (every row
// lost its version race) also ends the pass: fetching again would return the same rows and loop for ever.
import type { Db } from '@hazgov/db/database';
import type { AppContext } from './context.js';
import { inTransaction } from './transaction.js';

/** Runs `batch` (fetch up to `size` rows, change them, return how many were fetched and changed) until done; the total changed. */
export async function changeInBatches(ctx: AppContext, size: number, batch: (trx: Db, size: number) => Promise<{ fetched: number; changed: number }>): Promise<number> {
  let total = 0;
  for (;;) {
    const { fetched, changed } = await inTransaction(ctx, (trx) => batch(trx, size));
    total += changed;
    if (fetched < size || changed === 0) return total;
  }
}
