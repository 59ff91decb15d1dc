// `hazgov restore --in FILE`: into an empty database only (see backup/restore-database.ts).
import { parseArgs } from 'node:util';
import { restoreDatabase } from '../backup/restore-database.js';
import { usage } from '../cli-error.js';
import { openContext, overridesFrom } from '../open-context.js';

export async function restoreCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' }, in: { type: 'string' } }, strict: true });
  if (!values.in) throw usage('restore --in FILE');
  const { ctx, close } = await openContext(overridesFrom(values), { migrate: false });
  try {
    const r = await restoreDatabase(ctx.database, values.in);
    process.stdout.write(`restored ${r.rows} rows from ${values.in} into ${ctx.database.kind} ${ctx.database.location}\n`);
    return 0;
  } finally {
    await close();
  }
}
