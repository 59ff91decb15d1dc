import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'hazgov-config-'));

describe('loadConfig', () => {
  it('applies the defaults and generates a session secret once, in the data directory', () => {
    const dir = tmp();
    const c = loadConfig({ HAZGOV_DATA_DIR: dir });
    expect(c).toMatchObject({ port: 8080, host: '127.0.0.1', databaseUrl: undefined, dataDir: dir, sessionIdleMinutes: 30 });
    expect(c.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ HAZGOV_DATA_DIR: dir }).sessionSecret).toBe(c.sessionSecret);
    expect(loadConfig({ HAZGOV_DATA_DIR: dir }, { port: 9000 }).port).toBe(9000);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('fails with a message naming each bad variable', () => {
    const dir = tmp();
    const attempt = () => loadConfig({ HAZGOV_DATA_DIR: dir, PORT: 'eighty', DATABASE_URL: 'mysql://x', SESSION_IDLE_MINUTES: '0' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT[\s\S]*DATABASE_URL: must be a postgres:\/\/ URL[\s\S]*SESSION_IDLE_MINUTES/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('takes an explicit secret and never writes it', () => {
    const dir = tmp();
    expect(loadConfig({ HAZGOV_DATA_DIR: dir, HAZGOV_SESSION_SECRET: 's'.repeat(40) }).sessionSecret).toBe('s'.repeat(40));
    expect(fs.existsSync(path.join(dir, 'secret'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
