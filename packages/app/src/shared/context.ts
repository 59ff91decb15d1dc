// What every use case receives: the database and the clock. Passing the clock in lets tests and the
// "as of" views move time without touching the system clock.
import type { Database } from '@hazgov/db/database';

export type AppContext = {
  database: Database;
  now: () => Date;
};

export const todayOf = (ctx: AppContext): string => ctx.now().toISOString().slice(0, 10);
