// Sign-in, lockout, idle expiry, CSRF and password change, through HTTP (app.inject) on a real database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashToken } from '@hazgov/app/auth/session-token';
import { OFFICE, TOWN_A } from '@hazgov/app/orgs/organisation-fixture';
import { TEST_PASSWORD, startTestServer, type TestServer } from '../shared/test-server.js';

let s: TestServer;
const auditActions = async (entityId: string): Promise<string[]> =>
  (await s.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', entityId).orderBy('seq').execute()).map((r) => r.action);
const loginAs = (username: string, password: string, headers: Record<string, string> = {}) =>
  s.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });

beforeEach(async () => {
  s = await startTestServer();
});
afterEach(async () => s.close());

describe('POST /api/auth/login', () => {
  it('signs in: an httpOnly SameSite=Strict cookie, the CSRF token, and only the token hash stored', async () => {
    const id = await s.addUser({ username: 'wq.admin', role: 'territory', organisationId: TOWN_A, displayName: '温泉镇管理员' });
    const res = await loginAs('wq.admin', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ id, username: 'wq.admin', role: 'territory', organisation: { id: TOWN_A, name: '温泉镇', kind: 'territory' } });
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
    const cookie = res.cookies.find((c) => c.name === 'hazgov_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie?.secure).toBeFalsy(); // plain HTTP in the test; Secure when the request came over HTTPS
    const token = String(cookie?.value).split('.')[0] ?? '';
    const stored = await s.database.db.selectFrom('sessions').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.id).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await auditActions(id)).toContain('auth.login');

    const me = await s.app.inject({ url: '/api/auth/me', headers: { cookie: `hazgov_session=${cookie?.value}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBe(body.csrfToken);
    expect(me.json().user).not.toHaveProperty('path');
  });

  it('a wrong password is 401 INVALID_CREDENTIALS, audited; an unknown user answers the same', async () => {
    const id = await s.addUser({ username: 'wq.admin', role: 'territory', organisationId: TOWN_A });
    const wrong = await loginAs('wq.admin', 'Wrong2017Password');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toEqual({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
    expect(wrong.cookies.find((c) => c.name === 'hazgov_session')).toBeUndefined();
    expect(await auditActions(id)).toContain('auth.login_failed');
    const unknown = await loginAs('nobody', 'Wrong2017Password', { 'accept-language': 'en-US,en;q=0.9' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error).toEqual({ code: 'INVALID_CREDENTIALS', message: 'Wrong username or password.' });
    expect(await auditActions('nobody')).toEqual(['auth.login_failed']);
  });

  it('locks the account after 5 consecutive failures for 15 minutes; attempts while locked do not extend it', async () => {
    const id = await s.addUser({ username: 'wq.admin', role: 'territory', organisationId: TOWN_A });
    for (let i = 1; i <= 4; i += 1) expect((await loginAs('wq.admin', `Wrong${i}Password`)).statusCode).toBe(401);
    const fifth = await loginAs('wq.admin', 'Wrong5Password');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(fifth.json().error.message).toContain('账号已锁定');

    // the right password does not open a locked account
    expect((await loginAs('wq.admin', TEST_PASSWORD)).statusCode).toBe(423);
    s.clock.advanceMinutes(10);
    expect((await loginAs('wq.admin', 'Wrong6Password')).statusCode).toBe(423);
    expect((await loginAs('wq.admin', TEST_PASSWORD)).statusCode).toBe(423);
    // 15 minutes after the lock (not after the later attempts) it lifts
    s.clock.advanceMinutes(5.5);
    expect((await loginAs('wq.admin', TEST_PASSWORD)).statusCode).toBe(200);

    const actions = await auditActions(id);
    expect(actions.filter((a) => a === 'auth.login_failed')).toHaveLength(5);
    expect(actions.filter((a) => a === 'auth.locked')).toHaveLength(1);
    expect(actions.filter((a) => a === 'auth.login_refused_locked')).toHaveLength(3);
    expect(actions.at(-1)).toBe('auth.login');
  });

  it('a success resets the failure count (failures must be consecutive)', async () => {
    await s.addUser({ username: 'wq.admin', role: 'territory', organisationId: TOWN_A });
    for (let i = 0; i < 4; i += 1) await loginAs('wq.admin', 'Wrong2017Password');
    expect((await loginAs('wq.admin', TEST_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 4; i += 1) expect((await loginAs('wq.admin', 'Wrong2017Password')).statusCode).toBe(401);
  });

  it('is rate-limited per IP (429 RATE_LIMITED)', async () => {
    const limited = await startTestServer({ config: { loginRateLimitPerMinute: 3 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        codes.push((await limited.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 'y' } })).statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429]);
      const res = await limited.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 'y' } });
      expect(res.json().error.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });
});

describe('sessions', () => {
  it('expire after SESSION_IDLE_MINUTES without a request; activity keeps them alive', async () => {
    await s.addUser({ username: 'wq.admin', role: 'territory', organisationId: TOWN_A });
    const session = await s.login('wq.admin');
    const me = () => s.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } });
    s.clock.advanceMinutes(20);
    expect((await me()).statusCode).toBe(200);
    s.clock.advanceMinutes(20); // 40 minutes after sign-in, 20 after the last request
    expect((await me()).statusCode).toBe(200);
    s.clock.advanceMinutes(31);
    const expired = await me();
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('SESSION_EXPIRED');
    expect(await s.database.db.selectFrom('sessions').selectAll().execute()).toHaveLength(0);
    expect((await me()).json().error.code).toBe('NOT_AUTHENTICATED'); // the expired session is gone
  });

  it('last_seen_at is written at most once a minute', async () => {
    await s.addUser({ username: 'wq.admin', role: 'territory', organisationId: TOWN_A });
    const session = await s.login('wq.admin');
    const lastSeen = async () => (await s.database.db.selectFrom('sessions').select('last_seen_at').executeTakeFirstOrThrow()).last_seen_at;
    const first = await lastSeen();
    s.clock.advanceMinutes(0.5);
    await s.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(await lastSeen()).toBe(first);
    s.clock.advanceMinutes(1);
    await s.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(await lastSeen()).not.toBe(first);
  });

  it('a forged cookie is ignored', async () => {
    const res = await s.app.inject({ url: '/api/auth/me', headers: { cookie: 'hazgov_session=abc.def' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('NOT_AUTHENTICATED');
  });

  it('logout ends the session (CSRF required) and is audited', async () => {
    const id = await s.addUser({ username: 'wq.admin', role: 'territory', organisationId: TOWN_A });
    const session = await s.login('wq.admin');
    expect((await s.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: session.cookie } })).statusCode).toBe(403);
    const out = await s.app.inject({ method: 'POST', url: '/api/auth/logout', headers: session.headers });
    expect(out.statusCode).toBe(204);
    expect((await s.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } })).statusCode).toBe(401);
    expect(await auditActions(id)).toContain('auth.logout');
  });
});

describe('CSRF', () => {
  it('rejects a state-changing request with a session but without (or with a wrong) x-csrf-token', async () => {
    await s.addUser({ username: 'admin', role: 'district_admin', organisationId: OFFICE });
    const session = await s.login('admin');
    const payload = { username: 'new.user', displayName: '新用户', role: 'territory', organisationId: TOWN_A, password: 'Conghua2017Town' };
    const none = await s.app.inject({ method: 'POST', url: '/api/users', headers: { cookie: session.cookie }, payload });
    expect(none.statusCode).toBe(403);
    expect(none.json().error.code).toBe('CSRF_INVALID');
    const wrong = await s.app.inject({ method: 'POST', url: '/api/users', headers: { cookie: session.cookie, 'x-csrf-token': 'x'.repeat(43) }, payload });
    expect(wrong.statusCode).toBe(403);
    expect(await s.database.db.selectFrom('users').select('username').where('username', '=', 'new.user').execute()).toHaveLength(0);
    const ok = await s.app.inject({ method: 'POST', url: '/api/users', headers: session.headers, payload });
    expect(ok.statusCode).toBe(201);
  });
});

describe('POST /api/auth/password', () => {
  it('enforces the password rules with field details in the request locale', async () => {
    await s.addUser({ username: 'wq.admin', role: 'territory', organisationId: TOWN_A });
    const session = await s.login('wq.admin');
    const change = (newPassword: string, currentPassword = TEST_PASSWORD, locale = 'zh-CN') =>
      s.app.inject({ method: 'POST', url: '/api/auth/password', headers: { ...session.headers, cookie: `${session.cookie}; hazgov_locale=${locale}` }, payload: { currentPassword, newPassword } });

    const short = await change('abc');
    expect(short.statusCode).toBe(400);
    expect(short.json().error.code).toBe('PASSWORD_POLICY');
    expect(short.json().error.details).toEqual([
      { field: 'newPassword', code: 'PASSWORD_TOO_SHORT', message: '密码至少 10 位' },
      { field: 'newPassword', code: 'PASSWORD_NEEDS_LETTER_AND_DIGIT', message: '密码须同时包含字母和数字' },
    ]);
    const withName = await change('wq.admin2017x', TEST_PASSWORD, 'en');
    expect(withName.json().error.details).toEqual([{ field: 'newPassword', code: 'PASSWORD_CONTAINS_USERNAME', message: 'The password must not contain the username.' }]);
    const wrongCurrent = await change('Wenquan2017Safe', 'Not2017Mine');
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().error.details[0]).toMatchObject({ field: 'currentPassword', code: 'CURRENT_PASSWORD_WRONG' });
  });

  it('changes the password, keeps this session, ends the others, audits without the hash', async () => {
    const id = await s.addUser({ username: 'wq.admin', role: 'territory', organisationId: TOWN_A });
    const here = await s.login('wq.admin');
    const elsewhere = await s.login('wq.admin');
    const res = await s.app.inject({ method: 'POST', url: '/api/auth/password', headers: here.headers, payload: { currentPassword: TEST_PASSWORD, newPassword: 'Wenquan2017Safe' } });
    expect(res.statusCode).toBe(204);
    expect((await s.app.inject({ url: '/api/auth/me', headers: { cookie: here.cookie } })).statusCode).toBe(200);
    expect((await s.app.inject({ url: '/api/auth/me', headers: { cookie: elsewhere.cookie } })).statusCode).toBe(401);
    expect((await loginAs('wq.admin', TEST_PASSWORD)).statusCode).toBe(401);
    expect((await loginAs('wq.admin', 'Wenquan2017Safe')).statusCode).toBe(200);
    const row = await s.database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', id).where('action', '=', 'auth.password_changed').executeTakeFirstOrThrow();
    expect(row.after_json).not.toContain('argon2');
  });
});
