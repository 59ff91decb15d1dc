// HAZGOV_PUBLIC_URL (config.ts): the base the printed QR codes open. Optional, absolute http(s), no trailing slash kept.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hazgov-config-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('HAZGOV_PUBLIC_URL', () => {
  it('is unset by default (the request origin is used) and kept without its trailing slash', () => {
    expect(loadConfig({ HAZGOV_DATA_DIR: dir }).publicUrl).toBeUndefined();
    expect(loadConfig({ HAZGOV_DATA_DIR: dir, HAZGOV_PUBLIC_URL: 'https://hazgov.example.gov.cn/' }).publicUrl).toBe('https://hazgov.example.gov.cn');
    expect(loadConfig({ HAZGOV_DATA_DIR: dir, HAZGOV_PUBLIC_URL: 'http://10.1.2.3:8080/hazgov' }).publicUrl).toBe('http://10.1.2.3:8080/hazgov');
  });

  it('refuses a relative address, another scheme or a query, naming the variable', () => {
    for (const bad of ['hazgov.example.gov.cn', 'ftp://x.cn', 'https://x.cn/?a=1', 'https://x.cn/#top']) {
      expect(() => loadConfig({ HAZGOV_DATA_DIR: dir, HAZGOV_PUBLIC_URL: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ HAZGOV_DATA_DIR: dir, HAZGOV_PUBLIC_URL: bad })).toThrow(/HAZGOV_PUBLIC_URL: must be an absolute http\(s\) URL/);
    }
  });
});
