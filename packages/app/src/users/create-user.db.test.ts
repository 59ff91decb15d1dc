import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '@hazgov/db/test-db';
import type { Database } from '@hazgov/db/database';
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';
import { systemActor } from '../audit/audit-chain.js';
import { seedOrganisations } from '../orgs/seed-organisations.js';
import { OFFICE, TOWN_A, organisationFixture } from '../orgs/organisation-fixture.js';
import { createUser } from './create-user.js';
import { listUsers } from './list-users.js';

let database: Database;
let ctx: AppContext;
beforeEach(async () => {
  database = await createTestDb();
  ctx = { database, now: () => new Date('2026-03-02T00:00:00Z') };
  await seedOrganisations(ctx, organisationFixture);
});
afterEach(async () => database.close());

const base = { displayName: '温泉镇安监员', role: 'territory', organisationId: TOWN_A, password: 'Wenquan2017Safe' };
const lastAudit = () => database.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();

describe('createUser', () => {
  it('stores an argon2id hash and records the creation in the audit chain', async () => {
    const user = await createUser(ctx, { actor: systemActor('cli'), username: 'WQ.Safety', ...base });
    expect(user.username).toBe('wq.safety');
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await lastAudit()).toMatchObject({ action: 'user.create', entity: 'user', entity_id: user.id, actor_name: 'cli', actor_id: null });
  });

  it('only a district admin may create users when acting as a user', async () => {
    const town = await createUser(ctx, { actor: systemActor(), username: 'wq.town', ...base });
    const actor: Actor = { userId: town.id, username: town.username, displayName: town.display_name, role: 'territory', organisationId: TOWN_A, organisationPath: town.organisation_path };
    await expect(createUser(ctx, { actor, username: 'wq.other', ...base })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const admin = await createUser(ctx, { actor: systemActor(), username: 'admin', ...base, role: 'district_admin', organisationId: OFFICE });
    const adminActor: Actor = { ...actor, userId: admin.id, username: 'admin', role: 'district_admin', organisationId: OFFICE };
    await expect(createUser(ctx, { actor: adminActor, username: 'wq.other', ...base })).resolves.toMatchObject({ username: 'wq.other' });
    expect(await lastAudit()).toMatchObject({ action: 'user.create', actor_id: admin.id });
    expect((await listUsers(ctx, { actor })).map((u) => u.username).sort()).toEqual(['wq.other', 'wq.town']);
  });

  it('rejects weak passwords with field details, writing nothing', async () => {
    const before = await lastAudit();
    await expect(createUser(ctx, { actor: systemActor(), username: 'wq.weak', ...base, password: 'short' })).rejects.toMatchObject({
      code: 'PASSWORD_POLICY', kind: 'input', details: [{ field: 'password', code: 'PASSWORD_TOO_SHORT' }, { field: 'password', code: 'PASSWORD_NEEDS_LETTER_AND_DIGIT' }],
    });
    expect((await lastAudit()).seq).toBe(before.seq);
  });
});
