// The demo's inspectors (inspector02 … inspector06 beside seed-demo's inspector01, same pattern: role inspector at
// 区安全监管局) and the people the inspection story names. Passwords follow the policy (≥ 10 characters, letters and
// digits, not containing the username).
import type { Db } from '@hazgov/db/database';
import { systemActor } from '../audit/audit-chain.js';
import { conghuaOrganisationIds } from '../plans/conghua-reference.js';
import type { AppContext } from '../shared/context.js';
import { createUser } from '../users/create-user.js';

export const DEMO_INSPECTORS = [
  { username: 'inspector02', displayName: '执法检查员（二）', password: 'Checker2017Second' },
  { username: 'inspector03', displayName: '执法检查员（三）', password: 'Checker2017Third' },
  { username: 'inspector04', displayName: '执法检查员（四）', password: 'Checker2017Fourth' },
  { username: 'inspector05', displayName: '执法检查员（五）', password: 'Checker2017Fifth' },
  { username: 'inspector06', displayName: '执法检查员（六）', password: 'Checker2017Sixth' },
] as const;

export const orgIdOf = (key: string): string => conghuaOrganisationIds().idOfKey.get(key) ?? key;

/** Creates the missing inspector accounts; returns how many were made. */
export async function ensureDemoInspectors(ctx: AppContext): Promise<number> {
  const have = new Set((await ctx.database.db.selectFrom('users').select('username').where('username', 'in', DEMO_INSPECTORS.map((i) => i.username)).execute()).map((u) => u.username));
  let made = 0;
  for (const i of DEMO_INSPECTORS.filter((x) => !have.has(x.username))) {
    await createUser(ctx, { actor: systemActor('seed-demo'), username: i.username, displayName: i.displayName, role: 'inspector', organisationId: orgIdOf('safety-bureau'), password: i.password });
    made += 1;
  }
  return made;
}

export type DemoUser = { id: string; username: string; name: string; organisationId: string; path: string; role: string };

/** The demo accounts by username (those that exist). */
export async function demoUsers(db: Db): Promise<Map<string, DemoUser>> {
  const rows = await db.selectFrom('users').innerJoin('organisations as o', 'o.id', 'users.organisation_id')
    .select(['users.id', 'users.username', 'users.display_name', 'users.role', 'o.id as org', 'o.path'])
    .where('users.username', 'in', ['admin', 'ajj', 'wenquan', 'inspector01', ...DEMO_INSPECTORS.map((i) => i.username), 'enterprise01', 'gongan']).execute();
  return new Map(rows.map((u) => [u.username, { id: u.id, username: u.username, name: u.display_name, organisationId: u.org, path: u.path, role: u.role }]));
}

