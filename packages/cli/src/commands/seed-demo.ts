// `hazgov seed-demo`: fills the database with the deterministic demo (plans context) and prints the logins.
import { parseArgs } from 'node:util';
import { openContext, overridesFrom } from '../open-context.js';
import { printLogins, runSeedDemo } from '../demo.js';

export async function seedDemoCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' } }, strict: true });
  const { ctx, close } = await openContext(overridesFrom(values));
  try {
    printLogins(await runSeedDemo(ctx));
    return 0;
  } finally {
    await close();
  }
}
