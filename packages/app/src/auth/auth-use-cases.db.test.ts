// Every write of the auth use cases is in the audit chain: sign-in (success, failure, lock), sign-out, password.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '@hazgov/db/test-db';
import type { Database } from '@hazgov/db/database';
import type { AppContext } from '../shared/context.js';
import { systemActor, verifyAuditChain } from '../audit/audit-chain.js';
import { seedOrganisations } from '../orgs/seed-organisations.js';
import { TOWN_A, organisationFixture } from '../orgs/organisation-fixture.js';
import { createUser } from '../users/create-user.js';
import { changePassword } from './change-password.js';
import { login } from './login.js';
import { logout } from './logout.js';
import { resolveSession } from './resolve-session.js';
import { purgeIdleSessions } from './purge-idle-sessions.js';

let database: Database;
let ctx: AppContext;
let now: Date;
let userId: string;
beforeEach(async () => {
  database = await createTestDb();
  now = new Date('2026-03-02T00:00:00Z');
  ctx = { database, now: () => now };
  await seedOrganisations(ctx, organisationFixture);
  userId = (await createUser(ctx, { actor: systemActor(), username: 'wq.town', displayName: '温泉镇', role: 'territory', organisationId: TOWN_A, password: 'Wenquan2017Safe' })).id;
});
afterEach(async () => database.close());

const actions = async () => (await database.db.selectFrom('audit_log').select('action').where('entity_id', '=', userId).orderBy('seq').execute()).map((r) => r.action);

describe('auth use cases', () => {
  it('audit every write and keep the chain intact', async () => {
    await expect(login(ctx, { username: 'wq.town', password: 'nope' })).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    const signedIn = await login(ctx, { username: 'wq.town', password: 'Wenquan2017Safe', ip: '10.0.0.1' });
    const session = await resolveSession(ctx, { token: signedIn.token, idleMinutes: 30 });
    expect(session.kind).toBe('active');
    if (session.kind !== 'active') return;
    await changePassword(ctx, { actor: session.actor, sessionId: session.sessionId, currentPassword: 'Wenquan2017Safe', newPassword: 'Wenquan2018Safe' });
    await logout(ctx, { actor: session.actor, sessionId: session.sessionId });
    for (let i = 0; i < 5; i += 1) await login(ctx, { username: 'wq.town', password: 'nope' }).catch(() => undefined);
    expect(await actions()).toEqual([
      'user.create', 'auth.login_failed', 'auth.login', 'auth.password_changed', 'auth.logout',
      'auth.login_failed', 'auth.login_failed', 'auth.login_failed', 'auth.login_failed', 'auth.login_failed', 'auth.locked',
    ]);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
  });

  it('an idle session expires and is deleted', async () => {
    const signedIn = await login(ctx, { username: 'wq.town', password: 'Wenquan2017Safe' });
    now = new Date(now.getTime() + 31 * 60_000);
    expect(await resolveSession(ctx, { token: signedIn.token, idleMinutes: 30 })).toEqual({ kind: 'expired' });
    expect(await resolveSession(ctx, { token: signedIn.token, idleMinutes: 30 })).toEqual({ kind: 'none' });
  });

  it('purges sessions idle past the timeout, keeps the others', async () => {
    await login(ctx, { username: 'wq.town', password: 'Wenquan2017Safe' });
    now = new Date(now.getTime() + 20 * 60_000);
    await login(ctx, { username: 'wq.town', password: 'Wenquan2017Safe' });
    now = new Date(now.getTime() + 15 * 60_000);
    expect(await purgeIdleSessions(ctx, { idleMinutes: 30 })).toBe(1);
    expect(await database.db.selectFrom('sessions').selectAll().execute()).toHaveLength(1);
  });
});
