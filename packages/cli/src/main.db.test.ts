// The hazgov command end to end, in-process, on SQLite data directories (command-level tests ignore
// DATABASE_URL: the PostgreSQL paths of backup/restore are covered in backup/backup-restore.db.test.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from './main.js';

let dir: string;
let out: string[];
let err: string[];
const savedUrl = process.env.DATABASE_URL;

beforeEach(() => {
  delete process.env.DATABASE_URL;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hazgov-cli-'));
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out.push(String(s)); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => { err.push(String(s)); return true; });
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
  if (savedUrl) process.env.DATABASE_URL = savedUrl;
});

const run = (...args: string[]) => main([...args, '--data-dir', path.join(dir, 'db')]);

describe('hazgov', () => {
  it('installs: migrate, seed-orgs, user add, audit verify', async () => {
    expect(await run('migrate')).toBe(0);
    expect(out.join('')).toContain('0004-inspections');
    expect(await run('seed-orgs')).toBe(0);
    expect(await run('user', 'add', '--username', 'admin', '--name', '区安委办管理员', '--role', 'district_admin', '--org', 'org-safety-committee-office', '--password', 'Conghua2017Office')).toBe(0);
    expect(out.join('')).toContain('created admin (district_admin) in 区安委办');
    expect(await run('audit', 'verify')).toBe(0);
    expect(out.join('')).toMatch(/audit chain intact: \d+ entries/);
    // the session secret was generated into the data directory, readable by the owner only
    expect(fs.statSync(path.join(dir, 'db', 'secret')).mode & 0o077).toBe(0);
  });

  it('prints the localised message and exits non-zero on a domain error', async () => {
    await run('seed-orgs');
    expect(await run('user', 'add', '--username', 'admin', '--name', 'A', '--role', 'district_admin', '--org', 'org-safety-committee-office', '--password', 'short')).toBe(1);
    expect(err.join('')).toContain('密码至少 10 位');
    expect(await run('user', 'add', '--username', 'admin')).toBe(1);
    expect(err.join('')).toContain('命令用法错误');
    expect(await main(['frobnicate'])).toBe(2);
  });

  it('audit verify names the first broken entry', async () => {
    await run('seed-orgs');
    const db = new SQLite(path.join(dir, 'db', 'hazgov.sqlite'));
    db.prepare("update audit_log set actor_name = 'mallory' where seq = 4").run();
    db.close();
    expect(await run('audit', 'verify')).toBe(1);
    expect(err.join('')).toContain('审计链在第 4 条处断裂（content_changed）');
  });

  it('backup, then restore into an empty data directory only', async () => {
    await run('seed-orgs');
    const file = path.join(dir, 'hazgov-backup.sqlite');
    expect(await run('backup', '--out', file)).toBe(0);
    expect(await run('backup', '--out', file)).toBe(1); // exists: needs --force
    expect(err.join('')).toContain('--force');
    const other = path.join(dir, 'db2');
    expect(await main(['restore', '--in', file, '--data-dir', other])).toBe(0);
    expect(await main(['audit', 'verify', '--data-dir', other])).toBe(0);
    expect(await main(['restore', '--in', file, '--data-dir', other])).toBe(1);
    expect(err.join('')).toContain('目标数据库不是空库');
  });

  it('seed-demo prints logins; plan export-tasks writes the workbook (or says clearly why not)', async () => {
    expect(await run('seed-demo')).toBe(0);
    expect(out.join('')).toContain('演示账号');
    const file = path.join(dir, 'tasks.xlsx');
    const code = await run('plan', 'export-tasks', '--out', file);
    if (code === 0) expect(fs.readFileSync(file).readUInt32LE(0)).toBe(0x04034b50); // a zip: .xlsx
    else expect(err.join('')).toMatch(/此功能尚未安装|实施方案/); // plans not installed yet, or the demo has no plan yet
  });
});
