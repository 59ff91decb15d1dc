// `hazgov migrate [--data-dir DIR]`: applies pending migrations and prints the current one.
import { parseArgs } from 'node:util';
import { currentMigration, migrateToLatest } from '@hazgov/db/migrate';
import { openContext, overridesFrom } from '../open-context.js';

export async function migrateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' } }, strict: true });
  const { ctx, close } = await openContext(overridesFrom(values), { migrate: false });
  try {
    const applied = await migrateToLatest(ctx.database.db);
    for (const name of applied) process.stdout.write(`applied ${name}\n`);
    process.stdout.write(`${ctx.database.kind} ${ctx.database.location}: at ${await currentMigration(ctx.database.db)}\n`);
    return 0;
  } finally {
    await close();
  }
}
