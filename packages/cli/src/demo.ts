// The demo data set is owned by the plans context (@hazgov/app/demo/seed-demo). Until it is installed, a minimal
// stand-in seeds the organisation directory and one district admin so that `serve --demo` is usable at once.
import { systemActor } from '@hazgov/app/audit/audit-chain';
import { readOrganisationSeed } from '@hazgov/app/orgs/read-organisation-seed';
import { seedOrganisations } from '@hazgov/app/orgs/seed-organisations';
import type { AppContext } from '@hazgov/app/shared/context';
import { createUser } from '@hazgov/app/users/create-user';
import { importOptional } from './optional-module.js';

export type DemoLogin = { username: string; password: string; role: string; organisation: string };
type SeedDemoModule = { seedDemo: (ctx: AppContext) => Promise<{ logins: DemoLogin[] }> };

export async function runSeedDemo(ctx: AppContext): Promise<DemoLogin[]> {
  const mod = await importOptional<SeedDemoModule>('@hazgov/app/demo/seed-demo');
  if (mod) return (await mod.seedDemo(ctx)).logins;
  const seeded = await seedOrganisations(ctx, readOrganisationSeed(), { actor: systemActor('demo') });
  const office = seeded.ids['safety-committee-office'] ?? '440117';
  const login: DemoLogin = { username: 'admin', password: 'Conghua2017Demo', role: 'district_admin', organisation: '区安委办' };
  await createUser(ctx, { actor: systemActor('demo'), username: login.username, displayName: '演示管理员', role: login.role, organisationId: office, password: login.password });
  return [login];
}

export function printLogins(logins: readonly DemoLogin[]): void {
  process.stdout.write('演示账号 / demo logins:\n');
  for (const l of logins) process.stdout.write(`  ${l.username.padEnd(20)} ${l.password.padEnd(18)} ${l.role.padEnd(15)} ${l.organisation}\n`);
}
