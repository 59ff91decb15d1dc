// For API tests: the usual cast of users on the organisation fixture — one per role, named like the demo logins —
// added and signed in with one call, so each test file says only who it needs (and any organisation or display
// name of its own) instead of repeating the addUser/login lines.
import { OFFICE, TOWN_A, TOWN_B } from '@hazgov/app/orgs/organisation-fixture';
import type { Session, TestServer } from './test-server.js';

export type TestUser = { role: string; organisationId: string; displayName?: string };

/** enta/entb belong to the organisations 'ent-a'/'ent-b' that seedEnterprise (major-hazards.test-support) creates. */
export const roleUsers = {
  admin: { role: 'district_admin', organisationId: OFFICE },
  ajj: { role: 'department', organisationId: 'org-safety-bureau' },
  wenquan: { role: 'territory', organisationId: TOWN_A },
  liangkou: { role: 'territory', organisationId: TOWN_B },
  inspector: { role: 'inspector', organisationId: 'org-safety-bureau' },
  enta: { role: 'enterprise', organisationId: 'ent-a' },
  entb: { role: 'enterprise', organisationId: 'ent-b' },
} satisfies Record<string, TestUser>;
export type RoleUser = keyof typeof roleUsers;

/**
 * Adds the named users (in order, then `extra`'s) and signs each in. `change` alters a usual user's fields (its own
 * organisation or display name); `extra` defines users of the test's own. Sessions expire after 30 idle minutes:
 * after moving the clock far, sign in again with `s.login(name)`.
 */
export async function withRoleUsers<K extends RoleUser, X extends string = never>(
  s: TestServer,
  names: readonly K[],
  opts: { change?: Partial<Record<K, Partial<TestUser>>>; extra?: Record<X, TestUser> } = {},
): Promise<Record<K | X, Session>> {
  const users: [string, TestUser][] = [
    ...names.map((n): [string, TestUser] => [n, { ...roleUsers[n], ...opts.change?.[n] }]),
    ...(Object.entries(opts.extra ?? {}) as [string, TestUser][]),
  ];
  for (const [username, u] of users) await s.addUser({ username, ...u });
  const sessions: Record<string, Session> = {};
  for (const [username] of users) sessions[username] = await s.login(username);
  return sessions as Record<K | X, Session>;
}
