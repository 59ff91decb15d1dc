// Backup and restore round trips on the test database's dialect (SQLite, or PostgreSQL with DATABASE_URL).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '@hazgov/db/test-db';
import type { Database } from '@hazgov/db/database';
import { systemActor, verifyAuditChain } from '@hazgov/app/audit/audit-chain';
import { seedOrganisations } from '@hazgov/app/orgs/seed-organisations';
import { TOWN_A, organisationFixture } from '@hazgov/app/orgs/organisation-fixture';
import { createUser } from '@hazgov/app/users/create-user';
import { login } from '@hazgov/app/auth/login';
import { backupDatabase } from './backup-database.js';
import { restoreDatabase } from './restore-database.js';
import { countRows } from './tables.js';

let source: Database;
let target: Database;
let dir: string;
const now = new Date('2026-03-02T00:00:00Z');

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hazgov-backup-'));
  source = await createTestDb();
  target = await createTestDb();
  const ctx = { database: source, now: () => now };
  await seedOrganisations(ctx, organisationFixture);
  await createUser(ctx, { actor: systemActor(), username: 'wq.town', displayName: '温泉镇', role: 'territory', organisationId: TOWN_A, password: 'Wenquan2017Safe' });
  await login(ctx, { username: 'wq.town', password: 'Wenquan2017Safe' });
});
afterEach(async () => {
  await source.close();
  await target.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const counts = async (db: Database) => ({
  organisations: await countRows(db.db, 'organisations'),
  users: await countRows(db.db, 'users'),
  audit_log: await countRows(db.db, 'audit_log'),
  sessions: await countRows(db.db, 'sessions'),
});

describe('backup and restore', () => {
  it('round-trips through JSON lines: same rows, an intact audit chain, no sessions', async () => {
    const file = path.join(dir, 'b.jsonl');
    const r = await backupDatabase(source, file, now, 'jsonl');
    expect(r.format).toBe('jsonl');
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ format: 'hazgov-backup', migration: '0004-inspections' });
    expect(JSON.parse(lines.at(-1) ?? '{}')).toEqual({ end: true, rows: lines.length - 2 });
    await restoreDatabase(target, file);
    const before = await counts(source);
    expect(await counts(target)).toEqual({ ...before, sessions: 0 });
    expect(await verifyAuditChain(target.db)).toEqual(await verifyAuditChain(source.db));
  });

  it('refuses a non-empty target, and a truncated file leaves the target empty', async () => {
    const file = path.join(dir, 'b.jsonl');
    await backupDatabase(source, file, now, 'jsonl');
    await expect(restoreDatabase(source, file)).rejects.toMatchObject({ code: 'RESTORE_TARGET_NOT_EMPTY' });
    const cut = path.join(dir, 'cut.jsonl');
    fs.writeFileSync(cut, fs.readFileSync(file, 'utf8').split('\n').slice(0, -3).join('\n'));
    await expect(restoreDatabase(target, cut)).rejects.toMatchObject({ code: 'BACKUP_FILE_INVALID' });
    expect(await counts(target)).toEqual({ organisations: 0, users: 0, audit_log: 0, sessions: 0 });
  });

  it('the default format follows the database (SQLite: a VACUUM INTO file; PostgreSQL: JSON lines) and restores', async () => {
    const file = path.join(dir, 'default-backup');
    const r = await backupDatabase(source, file, now);
    if (source.kind === 'sqlite') {
      expect(r.format).toBe('sqlite');
      expect(fs.readFileSync(r.file).subarray(0, 15).toString()).toBe('SQLite format 3');
    } else {
      expect(r.format).toBe('jsonl');
      expect(JSON.parse(fs.readFileSync(r.file, 'utf8').split('\n')[0] ?? '{}')).toMatchObject({ kind: 'postgres' });
    }
    await restoreDatabase(target, r.file);
    expect((await counts(target)).audit_log).toBe((await counts(source)).audit_log);
    expect(await verifyAuditChain(target.db)).toMatchObject({ ok: true });
  });
});
