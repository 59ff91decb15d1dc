// For API tests: a server on a fresh test database (SQLite, or PostgreSQL when DATABASE_URL is set) with a
// movable clock, the organisation fixture seeded, and helpers to create users and sign in through the API.
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { createTestDb } from '@hazgov/db/test-db';
import type { Database } from '@hazgov/db/database';
import type { AppContext } from '@hazgov/app/shared/context';
import { seedOrganisations } from '@hazgov/app/orgs/seed-organisations';
import { organisationFixture } from '@hazgov/app/orgs/organisation-fixture';
import { readOrganisationSeed } from '@hazgov/app/orgs/read-organisation-seed';
import { createUser } from '@hazgov/app/users/create-user';
import { systemActor } from '@hazgov/app/audit/audit-chain';
import type { Config } from '../config.js';
import { buildServer } from '../server.js';

export type TestClock = { now: () => Date; set: (iso: string) => void; advanceMinutes: (m: number) => void };
export type Session = { cookie: string; csrfToken: string; headers: Record<string, string> };
export type TestServer = {
  app: FastifyInstance;
  ctx: AppContext;
  database: Database;
  clock: TestClock;
  routes: RouteOptions[];
  addUser: (u: { username: string; role: string; organisationId: string; password?: string; displayName?: string }) => Promise<string>;
  login: (username: string, password?: string) => Promise<Session>;
  close: () => Promise<void>;
};

export const TEST_PASSWORD = 'Hazgov2017Test';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0, host: '127.0.0.1', databaseUrl: undefined, dataDir: path.join(os.tmpdir(), 'hazgov-unused'),
    sessionSecret: 'test-secret-test-secret-test-secret-0123', sessionIdleMinutes: 30, loginRateLimitPerMinute: 1000,
    trustProxy: false, webDist: path.join(os.tmpdir(), 'hazgov-no-web-dist'), ...overrides,
  };
}

/** seed: the small organisation fixture (default), the full Conghua directory, or nothing (also `seedOrgs: false`). */
export async function startTestServer(opts: { config?: Partial<Config>; seed?: 'fixture' | 'conghua' | 'none'; seedOrgs?: boolean } = {}): Promise<TestServer> {
  const database = await createTestDb();
  let current = new Date('2026-03-02T02:00:00.000Z');
  const clock: TestClock = {
    now: () => new Date(current),
    set: (iso) => { current = new Date(iso); },
    advanceMinutes: (m) => { current = new Date(current.getTime() + m * 60_000); },
  };
  const ctx: AppContext = { database, now: clock.now };
  const seed = opts.seed ?? (opts.seedOrgs === false ? 'none' : 'fixture');
  if (seed !== 'none') await seedOrganisations(ctx, seed === 'conghua' ? readOrganisationSeed() : organisationFixture);
  const routes: RouteOptions[] = [];
  const app = await buildServer({ ctx, config: testConfig(opts.config), onRoute: (r) => routes.push(r) });
  await app.ready();

  const addUser: TestServer['addUser'] = async (u) => {
    const row = await createUser(ctx, {
      actor: systemActor('test'), username: u.username, displayName: u.displayName ?? u.username, role: u.role,
      organisationId: u.organisationId, password: u.password ?? TEST_PASSWORD,
    });
    return row.id;
  };
  const login: TestServer['login'] = async (username, password = TEST_PASSWORD) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const set = res.cookies.find((c) => c.name === 'hazgov_session');
    if (!set) throw new Error('no session cookie');
    const cookie = `hazgov_session=${set.value}`;
    const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
    return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
  };
  return { app, ctx, database, clock, routes, addUser, login, close: async () => { await app.close(); await database.close(); } };
}
