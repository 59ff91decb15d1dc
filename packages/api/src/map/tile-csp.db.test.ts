// Tiles are off by default and the page may load images only from itself; when the admin switches a tile layer on,
// its origin joins img-src at once (no restart), and leaves it when switched off again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tileImageSource, defaultTiles } from '@hazgov/app/map/map-settings';
import { startTestServer, type Session, type TestServer } from '../shared/test-server.js';

const OFFICE = 'org-safety-committee-office';
const TIANDITU = 'https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=KEY';
let s: TestServer;
let admin: Session;
const imgSrc = async (): Promise<string> => {
  const res = await s.app.inject({ method: 'GET', url: '/api/health' });
  return /img-src ([^;]*)/.exec(String(res.headers['content-security-policy']))?.[1] ?? '';
};
const save = (enabled: boolean) => s.app.inject({
  method: 'PUT', url: '/api/map/settings', headers: admin.headers,
  payload: { tiles: { enabled, urlTemplate: TIANDITU, attribution: '天地图', subdomains: '01234567', coordSystem: 'gcj02' } },
});

beforeAll(async () => {
  s = await startTestServer();
  await s.addUser({ username: 'admin', role: 'district_admin', organisationId: OFFICE });
  admin = await s.login('admin');
});
afterAll(async () => s.close());

describe('tile origin in the Content-Security-Policy', () => {
  it('reads the origin of a template, a {s} label as a wildcard', () => {
    expect(tileImageSource({ ...defaultTiles, enabled: true, urlTemplate: TIANDITU })).toBe('https://*.tianditu.gov.cn');
    expect(tileImageSource({ ...defaultTiles, enabled: true, urlTemplate: 'http://10.1.2.3:8080/tiles/{z}/{x}/{y}.png' })).toBe('http://10.1.2.3:8080');
    expect(tileImageSource({ ...defaultTiles, enabled: false, urlTemplate: TIANDITU })).toBeNull();
  });

  it('allows only the platform itself by default, the tile server once enabled, and not after it is switched off', async () => {
    expect(await imgSrc()).not.toContain('tianditu');
    expect((await save(true)).statusCode).toBe(200);
    expect(await imgSrc()).toContain('https://*.tianditu.gov.cn');
    expect((await save(false)).statusCode).toBe(200);
    expect(await imgSrc()).not.toContain('tianditu');
  });
});
