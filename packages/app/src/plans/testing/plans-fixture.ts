// Test helpers for the plans context: a migrated database with the Conghua organisations and alias table, a
// movable clock, actors for any organisation, and small hand-made plans whose numbers can be checked by hand.
import { createTestDb } from '@hazgov/db/test-db';
import type { Database } from '@hazgov/db/database';
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { Role } from '@hazgov/domain/orgs/roles';
import { seedOrganisations } from '../../orgs/seed-organisations.js';
import type { AppContext } from '../../shared/context.js';
import { conghuaOrganisationData, conghuaOrganisationIds } from '../conghua-reference.js';
import { seedUnitAliases } from '../seed-unit-aliases.js';

export type Clock = { now: () => Date; set: (iso: string) => void };
export type PlansFixture = { database: Database; ctx: AppContext; clock: Clock; id: (key: string) => string; actor: (key: string, role: Role) => Promise<Actor>; close: () => Promise<void> };

export async function createPlansFixture(start = '2017-06-09T02:00:00.000Z'): Promise<PlansFixture> {
  const database = await createTestDb();
  let current = new Date(start);
  const clock: Clock = { now: () => new Date(current), set: (iso) => { current = new Date(iso); } };
  const ctx: AppContext = { database, now: clock.now };
  await seedOrganisations(ctx, conghuaOrganisationData);
  await seedUnitAliases(ctx);
  const { idOfKey } = conghuaOrganisationIds();
  const id = (key: string): string => {
    const v = idOfKey.get(key);
    if (!v) throw new Error(`no organisation key ${key}`);
    return v;
  };
  const actor = async (key: string, role: Role): Promise<Actor> => {
    const org = await database.db.selectFrom('organisations').selectAll().where('id', '=', id(key)).executeTakeFirstOrThrow();
    return { userId: `user-${key}`, username: key, displayName: `${org.name}用户`, role, organisationId: org.id, organisationPath: org.path };
  };
  return { database, ctx, clock, id, actor, close: () => database.close() };
}
