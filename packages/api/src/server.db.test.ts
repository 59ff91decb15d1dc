// The server as a whole: health, the OpenAPI document, error shapes and locales, security headers, the web app.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './shared/test-server.js';
import { latestMigration } from '@hazgov/db/migrate';

let s: TestServer | undefined;
afterEach(async () => { await s?.close(); s = undefined; });

describe('server', () => {
  it('GET /api/health names the database and the migration', async () => {
    s = await startTestServer();
    const res = await s.app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: s.database.kind, migration: latestMigration });
  });

  it('serves an OpenAPI 3 document in which every API route has a response schema', async () => {
    s = await startTestServer();
    const doc = (await s.app.inject({ url: '/api/docs/json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBe('HazGov');
    const apiRoutes = s.routes.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD');
    for (const r of apiRoutes) {
      const methods = (Array.isArray(r.method) ? r.method : [r.method]).filter((m) => m !== 'HEAD');
      const oaPath = r.url.replace(/:(\w+)/g, '{$1}');
      for (const m of methods) {
        const op = doc.paths[oaPath]?.[m.toLowerCase()];
        expect(op, `${m} ${r.url} in OpenAPI`).toBeDefined();
        expect(Object.keys(op.responses ?? {}).some((c) => /^2/.test(c)), `${m} ${r.url} has a 2xx schema`).toBe(true);
      }
    }
    expect(doc.paths['/api/users'].post.requestBody).toBeDefined();
  });

  it('unknown API routes are JSON 404s; locale from Accept-Language or the hazgov_locale cookie', async () => {
    s = await startTestServer();
    const zh = await s.app.inject({ url: '/api/nope' });
    expect(zh.statusCode).toBe(404);
    expect(zh.json()).toEqual({ error: { code: 'ROUTE_NOT_FOUND', message: '接口不存在' } });
    expect((await s.app.inject({ url: '/api/nope', headers: { 'accept-language': 'en-GB,en;q=0.8' } })).json().error.message).toBe('No such API endpoint.');
    expect((await s.app.inject({ url: '/api/nope', headers: { cookie: 'hazgov_locale=en', 'accept-language': 'zh-CN' } })).json().error.message).toBe('No such API endpoint.');
    const badJson = await s.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{nope' });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().error.code).toBe('INVALID_JSON');
  });

  it('sends security headers: a same-origin CSP that allows antd inline styles and data:/blob: images', async () => {
    s = await startTestServer();
    const res = await s.app.inject({ url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('without a built web app, / says how to build it', async () => {
    s = await startTestServer();
    const res = await s.app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('npm run build');
  });

  it('with a built web app, serves files and falls back to index.html for client routes (never for /api)', async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'hazgov-dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    fs.writeFileSync(path.join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
    s = await startTestServer({ config: { webDist: dist } });
    expect((await s.app.inject({ url: '/' })).body).toContain('root');
    const asset = await s.app.inject({ url: '/assets/app-1234.js' });
    expect(asset.headers['cache-control']).toContain('immutable');
    const deep = await s.app.inject({ url: '/plans/abc/board' });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('root');
    expect((await s.app.inject({ url: '/api/missing' })).statusCode).toBe(404);
    fs.rmSync(dist, { recursive: true, force: true });
  });
});
